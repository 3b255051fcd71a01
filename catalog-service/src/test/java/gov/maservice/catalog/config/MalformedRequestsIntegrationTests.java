package gov.maservice.catalog.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.testsupport.RawHttp;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class of malformed request, sent as raw bytes to the running catalog, is a 4xx
 * problem detail with a request id: never a 500 (which opened the gateway's page
 * breaker), Tomcat's HTML page or an ERROR-logged stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsIntegrationTests extends CatalogIntegrationTestSupport {

	private int port;

	@BeforeEach
	void port() {
		this.port = Integer.parseInt(this.baseUrl.substring(this.baseUrl.lastIndexOf(':') + 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=%FF", "/?q=%E4%B8", "/api/v1/search?q=%FF", "/api/v1/items?department=%FF",
			"/api/v1/items?q=%", "/api/v1/localities?parent=%G0" })
	void undecodableQueriesAre400(String target, CapturedOutput output) throws IOException {
		RawHttp.get(this.port, target).assertProblem("invalid-request", 400);
		assertThat(output.getOut()).doesNotContain(" ERROR ");
	}

	@Test
	void controlCharactersInParameterNamesAre400() throws IOException {
		RawHttp.get(this.port, "/api/v1/items?a%01b=1").assertProblem("invalid-request", 400);
		RawHttp.get(this.port, "/search?q=x&%1Bname=1").assertProblem("invalid-request", 400);
		RawHttp.get(this.port, "/api/v1/items?a\u0001b=1").assertProblem("invalid-request", 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/departments", "/api/v1/items", "/search?q=x", "/" })
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
	void truncatedAndOversizeUploadsAre4xx(CapturedOutput output) throws IOException {
		String head = "POST /api/v1/items/410471-XK00101-001/forms HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Authorization: Bearer " + TestTokens.admin() + "\r\n"
				+ "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: ";
		byte[] half = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 half")
			.getBytes(StandardCharsets.US_ASCII);
		RawHttp.send(this.port, head + 4000, half, true).assertProblem("invalid-request", 400);
		byte[] big = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 " + "x".repeat(100 * 1024) + "\r\n--xyz--\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		RawHttp.send(this.port, head + big.length, big, false).assertProblem("too-large", 413);
		assertThat(output.getOut()).doesNotContain(" ERROR ");
	}

	@Test
	void traceIs405() throws IOException {
		RawHttp
			.send(this.port, "TRACE /api/v1/departments HTTP/1.1\r\nHost: localhost\r\nConnection: close", null, false)
			.assertProblem("method-not-allowed", 405);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/items/a%2Fb", "/api/v1/items/a%5Cb", "/api/v1/items/a;b=c",
			"/api/v1/items;x/410471-XK00101-001", "/api/v1/items/a%00b", "/g/a%2F..%2Fb", "/search;jsessionid=1",
			"/api/v1/items/%2e%2e/x" })
	void forbiddenPathCharactersAre400(String target) throws IOException {
		RawHttp.get(this.port, target).assertProblem("invalid-request", 400);
	}

	@Test
	void nonAsciiAuthorizationIs4xx() throws IOException {
		byte[] request = ("POST /api/v1/items HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Authorization: Bearer \u00e9\u0080\u00ff\r\nContent-Length: 0\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		RawHttp.Answer answer = RawHttp.sendBytes(this.port, request, false);
		answer.assertProblem((answer.status() == 401) ? "unauthorized" : "invalid-request", 400, 401);
	}

	@Test
	void oversizeHeadersAndQueriesAre4xx() throws IOException {
		RawHttp.Answer header = RawHttp.get(this.port, "/api/v1/departments", "X-Big: " + "a".repeat(64 * 1024));
		header.assertProblem((header.status() == 431) ? "headers-too-large" : "invalid-request", 400, 431);
		RawHttp.Answer query = RawHttp.get(this.port, "/search?q=" + "a".repeat(10 * 1024 * 1024));
		assertThat(query.status()).as(query.toString()).isBetween(400, 499);
		assertThat(query.header("Content-Type")).startsWith("application/problem+json");
	}

}
