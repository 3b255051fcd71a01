package gov.maservice.platform.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import gov.maservice.testsupport.RawHttp;
import gov.maservice.testsupport.RawHttp.Answer;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's servlet contract on a running Tomcat, with requests sent as raw bytes:
 * every malformed request is a 4xx problem detail with the platform's type and a request
 * id, never a 500, Tomcat's HTML page or an ERROR log line.
 */
@SpringBootTest(classes = ServletTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/jwt-public.pem",
				"spring.servlet.multipart.max-file-size=1KB", "spring.servlet.multipart.max-request-size=2KB",
				"logging.pattern.level=%5p [%X{requestId:-}]" })
@ExtendWith(OutputCaptureExtension.class)
class ServletPlatformTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/things?q=%FF", "/api/things?q=%", "/api/things?q=%G1", "/api/things?%FF=1" })
	void undecodableQueriesAre400(String target, CapturedOutput output) throws IOException {
		assertProblem(RawHttp.get(this.port, target), 400, "invalid-request");
		assertThat(output.getOut()).doesNotContain("ERROR");
	}

	@Test
	void controlCharacterInAParameterNameIs400() throws IOException {
		assertProblem(RawHttp.get(this.port, "/api/things?a%01b=1"), 400, "invalid-request");
		assertProblem(RawHttp.get(this.port, "/api/things?a\u0001b=1"), 400, "invalid-request");
	}

	@ParameterizedTest
	@ValueSource(strings = { "multipart/form-data", "multipart/form-data; boundary=", "multipart/mixed; boundary=" })
	void multipartContentTypeWithoutABoundaryIs400OnAnyRequest(String contentType) throws IOException {
		assertProblem(RawHttp.get(this.port, "/api/things", "Content-Type: " + contentType), 400, "invalid-request");
		byte[] body = "not multipart at all".getBytes(StandardCharsets.US_ASCII);
		String head = "POST /api/uploads HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
				+ contentType + "\r\nContent-Length: " + body.length;
		assertProblem(RawHttp.send(this.port, head, body, false), 400, "invalid-request");
	}

	@Test
	void multipartBodyWithoutTheBoundaryIsNoServerFault() throws IOException {
		byte[] body = "not multipart at all".getBytes(StandardCharsets.US_ASCII);
		String head = "POST /api/uploads HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + body.length;
		assertProblem(RawHttp.send(this.port, head, body, false), 400, "invalid-request");
		// a GET's body is not read for parameters: no parts, nothing wrong with the
		// request itself
		Answer get = RawHttp.send(this.port, head.replace("POST /api/uploads", "GET /api/things"), body, false);
		assertThat(get.status()).as(get.toString()).isEqualTo(200);
	}

	@Test
	void truncatedUploadIs400(CapturedOutput output) throws IOException {
		byte[] part = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nhalf of the fi")
			.getBytes(StandardCharsets.US_ASCII);
		String head = "POST /api/uploads HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 500";
		assertProblem(RawHttp.send(this.port, head, part, true), 400, "invalid-request");
		assertThat(output.getOut()).doesNotContain("ERROR");
	}

	@Test
	void oversizeUploadIs413() throws IOException {
		byte[] part = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n" + "x".repeat(1500) + "\r\n--xyz--\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		String head = "POST /api/uploads HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + part.length;
		assertProblem(RawHttp.send(this.port, head, part, false), 413, "too-large");
	}

	@Test
	void traceIs405() throws IOException {
		Answer answer = RawHttp.send(this.port, "TRACE /api/things HTTP/1.1\r\nHost: localhost\r\nConnection: close",
				null, false);
		assertProblem(answer, 405, "method-not-allowed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/things/a%2Fb", "/api/things/a%5Cb", "/api/things/a;b=c", "/api/things;x/abc",
			"/api/things/a%00b", "/api/things/%2e%2e/abc", "/api/things/a%FFb", "/api/things/a%" })
	void forbiddenPathCharactersAre400(String target) throws IOException {
		assertProblem(RawHttp.get(this.port, target), 400, "invalid-request");
	}

	@Test
	void nonAsciiBytesInAuthorizationAre4xx() throws IOException {
		byte[] request = ("GET /api/admin/things HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Authorization: Bearer \u00e9\u0080\u00ff\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		Answer answer = RawHttp.sendBytes(this.port, request, false);
		assertThat(answer.status()).as(answer.toString()).isIn(400, 401);
		assertProblem(answer, answer.status(), (answer.status() == 400) ? "invalid-request" : "unauthorized");
	}

	@Test
	void oversizeHeadersAndRequestLinesAre4xx() throws IOException {
		Answer header = RawHttp.get(this.port, "/api/things", "X-Big: " + "a".repeat(64 * 1024));
		assertThat(header.status()).as(header.toString()).isIn(400, 431);
		assertProblem(header, header.status(), (header.status() == 431) ? "headers-too-large" : "invalid-request");
		Answer query = RawHttp.get(this.port, "/api/things?q=" + "a".repeat(10 * 1024 * 1024));
		assertThat(query.status()).as(query.toString()).isIn(400, 414, 431);
		assertThat(query.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void bodyErrorsNameTheFullFieldPath() throws IOException {
		byte[] body = "{\"guide\":{\"name\":\"\",\"materials\":[{\"name\":\" \"}]}}".getBytes(StandardCharsets.UTF_8);
		String head = "POST /api/things HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + body.length;
		JsonNode problem = assertProblem(RawHttp.send(this.port, head, body, false), 400, "invalid-request");
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("guide.materials[0].name",
				"guide.name");
		byte[] wrongType = "{\"guide\":{\"name\":\"x\",\"materials\":[{\"name\":{}}]}}"
			.getBytes(StandardCharsets.UTF_8);
		head = "POST /api/things HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + wrongType.length;
		problem = assertProblem(RawHttp.send(this.port, head, wrongType, false), 400, "invalid-request");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("guide.materials[0].name");
	}

	@Test
	void parameterViolationsNameTheParameter() throws IOException {
		JsonNode problem = assertProblem(RawHttp.get(this.port, "/api/things/ABC"), 400, "invalid-request");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("code");
	}

	@Test
	void featureProblemsAndUnknownPathsKeepTheContract() throws IOException {
		JsonNode problem = assertProblem(RawHttp.get(this.port, "/api/things/abc"), 404, "not-found");
		assertThat(problem.get("title").asString()).isEqualTo("Not found");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/things/abc");
		assertProblem(RawHttp.get(this.port, "/no/such/path"), 404, "not-found");
		Answer post = RawHttp.send(this.port, "DELETE /api/things HTTP/1.1\r\nHost: localhost\r\nConnection: close",
				null, false);
		assertProblem(post, 405, "method-not-allowed");
	}

	@Test
	void serverFaultsAre500WithoutTheirMessage(CapturedOutput output) throws IOException {
		Answer answer = RawHttp.get(this.port, "/api/broken");
		JsonNode problem = assertProblem(answer, 500, "internal-error");
		assertThat(answer.body()).doesNotContain("a bug");
		assertThat(output.getOut()).contains("a bug, not the client's fault")
			.contains(problem.get("requestId").asString());
	}

	@Test
	void missingOrBadTokensAre401AndMissingRolesAre403() throws IOException {
		Answer missing = RawHttp.get(this.port, "/api/admin/things");
		assertProblem(missing, 401, "unauthorized");
		assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
		String foreign = TestTokens.token("somebody-else", "admin", java.util.List.of("ADMIN"));
		Answer wrongIssuer = RawHttp.get(this.port, "/api/admin/things", "Authorization: Bearer " + foreign);
		assertProblem(wrongIssuer, 401, "unauthorized");
		assertThat(wrongIssuer.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
		assertProblem(RawHttp.get(this.port, "/api/admin/things", "Authorization: Bearer " + TestTokens.editor()), 403,
				"forbidden");
		assertThat(RawHttp.get(this.port, "/api/admin/things", "Authorization: Bearer " + TestTokens.admin()).status())
			.isEqualTo(200);
	}

	@Test
	void requestIdsAreKeptWhenWellFormedAndMadeOtherwise() throws IOException {
		Answer kept = RawHttp.get(this.port, "/api/things/abc", "X-Request-Id: req-42.a_b");
		assertThat(kept.header("X-Request-Id")).isEqualTo("req-42.a_b");
		assertThat(JSON.readTree(kept.body()).get("requestId").asString()).isEqualTo("req-42.a_b");
		Answer replaced = RawHttp.get(this.port, "/api/things", "X-Request-Id: bad id<script>");
		assertThat(replaced.header("X-Request-Id")).hasSize(36);
		Answer tooLong = RawHttp.get(this.port, "/api/things", "X-Request-Id: " + "a".repeat(65));
		assertThat(tooLong.header("X-Request-Id")).hasSize(36);
	}

	private static JsonNode assertProblem(Answer answer, int status, String slug) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.get("type").asString()).isEqualTo("https://maservice.gov/problems/" + slug);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("requestId").asString()).matches("[A-Za-z0-9._-]{1,64}");
		assertThat(answer.header("X-Request-Id")).as(answer.toString()).isEqualTo(problem.get("requestId").asString());
		return problem;
	}

}
