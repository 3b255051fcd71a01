package gov.maservice.qr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import gov.maservice.testsupport.RawHttp;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class of malformed request, sent as raw bytes to the running qr-service, is a 4xx
 * problem detail with a request id: never a 500, Tomcat's HTML page or an ERROR-logged
 * stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsIntegrationTests extends IntegrationTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/qr/items/410471-XK00101-001.png?size=%FF",
			"/api/v1/qr/items/410471-XK00101-001.svg?fg=%", "/api/v1/links?kind=%FF", "/q/abc?x=%E4%B8" })
	void undecodableQueriesAre400(String target, CapturedOutput output) throws IOException {
		RawHttp.get(this.port, target).assertProblem("invalid-request", 400);
		assertThat(output.getOut()).doesNotContain("\"ERROR\"").doesNotContain(" ERROR ");
	}

	@Test
	void controlCharactersInParameterNamesAre400() throws IOException {
		RawHttp.get(this.port, "/api/v1/qr/items/410471-XK00101-001.png?a%01b=1").assertProblem("invalid-request", 400);
		RawHttp.get(this.port, "/api/v1/qr/items/410471-XK00101-001.png?a\u0001b=1")
			.assertProblem("invalid-request", 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/qr/items/410471-XK00101-001.png", "/api/v1/links", "/q/abc" })
	void multipartWithoutABoundaryIs400OnAnyRequest(String target) throws IOException {
		// anonymous on a path that needs a token: 401 comes first, as a problem detail
		// too
		RawHttp.Answer anonymous = RawHttp.get(this.port, target, "Content-Type: multipart/form-data");
		anonymous.assertProblem((anonymous.status() == 401) ? "unauthorized" : "invalid-request", 400, 401);
		RawHttp
			.get(this.port, target, "Content-Type: multipart/form-data", "Authorization: Bearer " + TestTokens.admin())
			.assertProblem("invalid-request", 400);
		byte[] body = "garbage".getBytes(StandardCharsets.US_ASCII);
		RawHttp
			.send(this.port,
					"POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
							+ "Authorization: Bearer " + TestTokens.admin() + "\r\n"
							+ "Content-Type: multipart/form-data; boundary=\r\nContent-Length: " + body.length,
					body, false)
			.assertProblem("invalid-request", 400);
	}

	@Test
	void truncatedUploadIs400(CapturedOutput output) throws IOException {
		byte[] half = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nhalf")
			.getBytes(StandardCharsets.US_ASCII);
		RawHttp
			.send(this.port,
					"POST /api/v1/links HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + "Authorization: Bearer "
							+ TestTokens.admin() + "\r\n"
							+ "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 4000",
					half, true)
			.assertProblem("invalid-request", 400);
		assertThat(output.getOut()).doesNotContain(" ERROR ");
	}

	@Test
	void traceIs405() throws IOException {
		RawHttp.send(this.port, "TRACE /q/abc HTTP/1.1\r\nHost: localhost\r\nConnection: close", null, false)
			.assertProblem("method-not-allowed", 405);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/q/a%2Fb", "/q/a%5Cb", "/q/a;b=c", "/api/v1/qr;x/items/410471-XK00101-001.png",
			"/q/a%00b", "/api/v1/qr/items/%2e%2e/x.png" })
	void forbiddenPathCharactersAre400(String target) throws IOException {
		RawHttp.get(this.port, target).assertProblem("invalid-request", 400);
	}

	@Test
	void nonAsciiAuthorizationIs4xx() throws IOException {
		byte[] request = ("GET /api/v1/links HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Authorization: Bearer \u00e9\u0080\u00ff\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		RawHttp.Answer answer = RawHttp.sendBytes(this.port, request, false);
		answer.assertProblem((answer.status() == 401) ? "unauthorized" : "invalid-request", 400, 401);
	}

	@Test
	void oversizeHeadersAndQueriesAre4xx() throws IOException {
		RawHttp.Answer header = RawHttp.get(this.port, "/q/abc", "X-Big: " + "a".repeat(64 * 1024));
		header.assertProblem((header.status() == 431) ? "headers-too-large" : "invalid-request", 400, 431);
		RawHttp.Answer query = RawHttp.get(this.port, "/api/v1/qr/items/x.png?q=" + "a".repeat(10 * 1024 * 1024));
		assertThat(query.status()).as(query.toString()).isBetween(400, 499);
		assertThat(query.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void unauthorizedAndForbiddenArePlatformProblems() throws IOException {
		RawHttp.Answer missing = RawHttp.get(this.port, "/api/v1/links");
		missing.assertProblem("unauthorized", 401);
		assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
		RawHttp
			.get(this.port, "/api/v1/links",
					"Authorization: Bearer " + TestTokens.token("somebody-else", "admin", List.of("ADMIN")))
			.assertProblem("unauthorized", 401);
		RawHttp.get(this.port, "/api/v1/links", "Authorization: Bearer " + TestTokens.editor())
			.assertProblem("forbidden", 403);
	}

	@Test
	void requestIdIsEchoedOrMade() throws IOException {
		RawHttp.Answer kept = RawHttp.get(this.port, "/q/no-such-token", "X-Request-Id: qr-req-1");
		assertThat(kept.header("X-Request-Id")).isEqualTo("qr-req-1");
		RawHttp.Answer made = RawHttp.get(this.port, "/q/no-such-token", "X-Request-Id: bad id");
		assertThat(made.header("X-Request-Id")).hasSize(36);
	}

}
