package gov.maservice.gateway.config;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import gov.maservice.gateway.support.Backends;
import gov.maservice.gateway.support.GatewayIntegrationTest;
import gov.maservice.testsupport.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own answers to malformed requests, sent as raw bytes: each is a 4xx
 * problem detail in the platform's vocabulary with a request id, and none reaches a
 * backend.
 */
class MalformedRequestIntegrationTests extends GatewayIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aRawIllegalCharacterInTheUrlIsAProblemDetailNotAnEmpty400() {
		int before = Backends.CATALOG.count("GET", "/api/v1/items");
		assertProblem(get(this.port, "/api/v1/items?q={\"$gt\":\"\"}"), 400);
		assertProblem(get(this.port, "/api/v1/items?q=\u00ff"), 400);
		assertProblem(get(this.port, "/g/a|b"), 400);
		assertThat(Backends.CATALOG.count("GET", "/api/v1/items")).isEqualTo(before);
	}

	@Test
	void encodedSeparatorsBadEncodingsAndControlCharactersAreProblemDetails() {
		assertProblem(get(this.port, "/api/v1/items/a%2Fb"), 400);
		assertProblem(get(this.port, "/api/v1/items/a%5Cb"), 400);
		assertProblem(get(this.port, "/api/v1/items;x=1"), 400);
		assertProblem(get(this.port, "/api/v1/items/a%00"), 400);
		assertProblem(get(this.port, "/api/v1/items?q=%FF"), 400);
		assertProblem(get(this.port, "/api/v1/items?q=%g1"), 400);
		assertProblem(get(this.port, "/api/v1/items?q%0D=1"), 400);
	}

	@Test
	void traceIsMethodNotAllowed() {
		assertProblem(RawHttp.request(this.port, "TRACE", "/api/v1/items", Map.of(), null), 405);
	}

	@Test
	void nonAsciiAuthorizationIsUnauthorized() {
		RawHttp.Answer response = RawHttp.request(this.port, "GET", "/api/v1/items",
				Map.of("Authorization", "Bearer \u00ff\u00fe\u00e4"), null);
		assertProblem(response, 401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void oversizeHeadersAndBodiesAreProblemDetails() {
		assertProblem(RawHttp.request(this.port, "GET", "/", Map.of("X-Padding", "x".repeat(20_000)), null), 431);
		byte[] body = ("{\"username\":\"" + "a".repeat(1_000_000) + "\",\"password\":\"x\"}")
			.getBytes(StandardCharsets.UTF_8);
		assertProblem(RawHttp.request(this.port, "POST", "/api/v1/auth/token",
				Map.of("Content-Type", "application/json"), body), 413);
	}

	private static JsonNode assertProblem(RawHttp.Answer response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("type").asString()).startsWith("https://maservice.gov/problems/");
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("requestId").asString()).isNotBlank();
		return problem;
	}

	private static RawHttp.Answer get(int port, String target) {
		return RawHttp.request(port, "GET", target, Map.of(), null);
	}

}
