package gov.maservice.notification.config;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.testsupport.RawHttp;
import gov.maservice.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every malformed request, sent as raw bytes so no client tidies it, is a 4xx problem
 * detail in the platform's vocabulary with a request id; and only the gateway's tokens
 * (right issuer, not expired) are accepted.
 */
class ProblemContractIntegrationTests extends NotificationIntegrationTestSupport {

	@Test
	void malformedRequestLinesAreProblemDetails() {
		assertProblem(get(this.port, "/api/v1/notices?area={\"$gt\":\"\"}"), 400);
		assertProblem(get(this.port, "/api/v1/notices/a|b"), 400);
		assertProblem(get(this.port, "/api/v1/notices/%2Fetc%2Fpasswd"), 400);
		assertProblem(get(this.port, "/api/v1/notices/a%5Cb"), 400);
		assertProblem(get(this.port, "/api/v1/notices;jsessionid=1"), 400);
		assertProblem(get(this.port, "/api/v1/notices/a%00b"), 400);
		assertProblem(get(this.port, "/api/v1/notices?area=%FF"), 400);
		assertProblem(get(this.port, "/api/v1/notices?area=%zz"), 400);
		assertProblem(get(this.port, "/api/v1/notices?ar%01ea=1"), 400);
		assertProblem(get(this.port, "/api/v1/notices?area=a%07b"), 400);
		assertProblem(get(this.port, "/api/v1/notices/\u00e9"), 400);
		RawHttp.Answer trace = RawHttp.request(this.port, "TRACE", "/api/v1/notices", Map.of(), null);
		assertProblem(trace, 405);
		assertThat(trace.header("Allow")).doesNotContain("TRACE");
	}

	@Test
	void oversizeHeadersAndBodiesAreProblemDetails() {
		assertProblem(
				RawHttp.request(this.port, "GET", "/api/v1/notices", Map.of("X-Padding", "x".repeat(20_000)), null),
				431);
		byte[] body = ("{\"headline\":\"" + "大".repeat(1_000_000) + "\",\"areaCodes\":[\"" + TOWN + "\"]}")
			.getBytes(StandardCharsets.UTF_8);
		assertProblem(RawHttp.request(this.port, "POST", "/api/v1/notices",
				Map.of("Authorization", "Bearer " + TestTokens.publisher(), "Content-Type", "application/json"), body),
				413);
	}

	@Test
	void nonAsciiAuthorizationIsAProblemDetail() {
		RawHttp.Answer response = RawHttp.request(this.port, "POST", "/api/v1/notices",
				Map.of("Authorization", "Bearer \u00ff\u00fe\u00e4", "Content-Type", "application/json"),
				"{}".getBytes(StandardCharsets.UTF_8));
		assertProblem(response, 401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void aCorrectlySignedTokenFromAnotherIssuerIsRefused() {
		String foreign = TestTokens.token("someone-else", "mallory", List.of("PUBLISHER", "ADMIN"));
		RawHttp.Answer response = RawHttp.request(this.port, "POST", "/api/v1/notices",
				Map.of("Authorization", "Bearer " + foreign, "Content-Type", "application/json"),
				notice("外来签发者", TOWN).getBytes(StandardCharsets.UTF_8));
		JsonNode problem = assertProblem(response, 401);
		assertThat(problem.path("detail").asString()).contains("invalid or has expired");
		RawHttp.Answer receipts = RawHttp.request(this.port, "GET", "/api/v1/notices/x/receipts",
				Map.of("Authorization", "Bearer " + foreign), null);
		assertProblem(receipts, 401);
	}

	@Test
	void anExpiredTokenIsRefused() {
		String expired = TestTokens.sign(new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER)
			.subject("alice")
			.claim("roles", List.of("PUBLISHER"))
			.issueTime(java.util.Date.from(Instant.now().minusSeconds(7200)))
			.expirationTime(java.util.Date.from(Instant.now().minusSeconds(3600)))
			.build());
		assertProblem(RawHttp.request(this.port, "POST", "/api/v1/notices",
				Map.of("Authorization", "Bearer " + expired, "Content-Type", "application/json"),
				notice("过期令牌", TOWN).getBytes(StandardCharsets.UTF_8)), 401);
	}

	@Test
	void requestIdIsKeptWhenWellFormedAndReplacedOtherwise() {
		RawHttp.Answer kept = RawHttp.request(this.port, "GET", "/api/v1/notices/unknown-id",
				Map.of("X-Request-Id", "trace-42.a_b"), null);
		assertThat(kept.header("X-Request-Id")).isEqualTo("trace-42.a_b");
		assertThat(assertProblem(kept, 404).path("requestId").asString()).isEqualTo("trace-42.a_b");
		RawHttp.Answer replaced = RawHttp.request(this.port, "GET", "/api/v1/notices/unknown-id",
				Map.of("X-Request-Id", "bad id<script>"), null);
		assertThat(replaced.header("X-Request-Id")).matches("[A-Za-z0-9._-]{1,64}").isNotEqualTo("bad id<script>");
		assertThat(assertProblem(replaced, 404).path("requestId").asString())
			.isEqualTo(replaced.header("X-Request-Id"));
	}

	@Test
	void unknownPathsAndInvalidBodiesUseThePlatformVocabulary() {
		JsonNode unknown = assertProblem(get(this.port, "/nothing-here"), 404);
		assertThat(unknown.path("type").asString()).isEqualTo("https://maservice.gov/problems/not-found");
		RawHttp.Answer invalid = RawHttp.request(this.port, "POST", "/api/v1/notices",
				Map.of("Authorization", "Bearer " + TestTokens.publisher(), "Content-Type", "application/json"),
				"{\"headline\":\"\",\"areaCodes\":[]}".getBytes(StandardCharsets.UTF_8));
		JsonNode problem = assertProblem(invalid, 400);
		assertThat(problem.path("type").asString()).isEqualTo("https://maservice.gov/problems/invalid-request");
		assertThat(problem.path("title").asString()).isEqualTo("Invalid request");
		assertThat(problem.path("errors").get(0).path("field").asString()).isNotBlank();
		assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/notices");
	}

	private static JsonNode assertProblem(RawHttp.Answer response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("type").asString()).startsWith("https://maservice.gov/problems/");
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("requestId").asString()).isNotBlank();
		return problem;
	}

	private static RawHttp.Answer get(int port, String target) {
		return RawHttp.request(port, "GET", target, Map.of(), null);
	}

}
