package gov.maservice.systemtests;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.testsupport.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 malformed requests of every class a careless client or an attacker sends (bad
 * encodings, raw illegal characters, encoded slashes, control characters, multipart junk,
 * TRACE, oversize headers and bodies, non-ASCII credentials), as raw bytes through the
 * gateway of the real stack. Each is a 4xx problem detail, and afterwards the citizen
 * pages still answer 200: bad input can neither crash a service nor open the gateway's
 * circuit breakers.
 */
class MalformedRequestsIntegrationTests {

	/**
	 * The malformed requests come from their own loopback address, as a stranger's would:
	 * they count against that address's limits, not against the citizens checked
	 * afterwards.
	 */
	private static final InetAddress STRANGER = address("127.0.0.9");

	private static final int REQUESTS = 200;

	private static final String SEARCH = "/search?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7";

	private final LocalStack stack = LocalStack.get();

	private final GatewayClient gateway = new GatewayClient(this.stack.gatewayUrl());

	private final int port = this.stack.ports().get("GATEWAY_PORT");

	@Test
	void everyMalformedRequestIsAProblemDetailAndTheCitizenPagesStayUp() {
		List<String> pages = citizenPages();
		pages.forEach((page) -> assertThat(get(this.port, page).status()).as("before: " + page).isEqualTo(200));

		Map<String, Supplier<RawHttp.Answer>> cases = cases();
		List<String> failures = new ArrayList<>();
		List<String> names = new ArrayList<>(cases.keySet());
		for (int i = 0; i < REQUESTS; i++) {
			String name = names.get(i % names.size());
			RawHttp.Answer response = cases.get(name).get();
			String problem = problemWith(response);
			if (problem != null) {
				failures.add(name + ": " + problem + " <- " + response.status() + " " + response.header("Content-Type")
						+ " " + abbreviate(response.body()));
			}
		}
		for (String page : pages) {
			int status = get(this.port, page).status();
			if (status != 200) {
				failures.add("citizen page " + page + " answers " + status + " after the malformed requests");
			}
		}
		assertThat(failures).as("answers that are not 4xx problem details, citizen pages not up").isEmpty();
	}

	/**
	 * {@code /}, a Chinese search, a guide, a department and a locality page of the seed.
	 */
	private List<String> citizenPages() {
		List<String> pages = new ArrayList<>(List.of("/", SEARCH));
		JsonNode items = GatewayClient.json(this.gateway.send(this.gateway.get("/api/v1/items")));
		pages.add("/g/" + first(items).path("code").asString());
		JsonNode departments = GatewayClient.json(this.gateway.send(this.gateway.get("/api/v1/departments")));
		pages.add("/d/" + first(departments).path("code").asString());
		JsonNode localities = GatewayClient.json(this.gateway.send(this.gateway.get("/api/v1/localities")));
		pages.add("/l/" + first(localities).path("code").asString());
		return pages;
	}

	private Map<String, Supplier<RawHttp.Answer>> cases() {
		Map<String, Supplier<RawHttp.Answer>> cases = new LinkedHashMap<>();
		// bad percent-encoding (the request that once opened the page breaker)
		for (String target : List.of("/search?q=%FF", "/api/v1/search?q=%FF", "/api/v1/items?q=%FF",
				"/api/v1/links?target=%FF", "/api/v1/qr/items/x.png?size=%FF", "/search?q=%zz", "/search?q=%E4%B8",
				"/g/%FF", "/api/v1/notices?area=%C0%AF")) {
			cases.put("bad encoding " + target,
					() -> RawHttp.request(STRANGER, this.port, "GET", target, Map.of(), null));
		}
		// characters a URI may not contain, sent raw
		for (String target : List.of("/search?q={\"$gt\":\"\"}", "/g/a|b", "/search?q=<script>", "/d/a\"b",
				"/search?q=\u00ff\u00fe", "/l/\u00e9")) {
			cases.put("illegal character " + target,
					() -> RawHttp.request(STRANGER, this.port, "GET", target, Map.of(), null));
		}
		// encoded slash, backslash, NUL, matrix parameters
		for (String target : List.of("/g/a%2Fb", "/d/a%5Cb", "/l/x;y=1", "/api/v1/items/a%00b", "/q/a%2F..%2Fb",
				"/api/v1/notices/a%5C..")) {
			cases.put("bad path " + target, () -> RawHttp.request(STRANGER, this.port, "GET", target, Map.of(), null));
		}
		// control characters in query parameter names and values
		for (String target : List.of("/api/v1/departments?a%01b=1", "/search?%0Aq=1", "/api/v1/items?q=a%07b",
				"/api/v1/notices?area%00=1")) {
			cases.put("control character " + target,
					() -> RawHttp.request(STRANGER, this.port, "GET", target, Map.of(), null));
		}
		// multipart junk on reads and on the upload endpoint of the servlet services,
		// whose container
		// parses multipart bodies before any controller runs (the WebFlux services read
		// no body on a GET)
		byte[] junk = "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end"
			.getBytes(StandardCharsets.UTF_8);
		for (String path : List.of("/api/v1/departments", "/api/v1/items", "/api/v1/links")) {
			cases.put("multipart junk GET " + path, () -> RawHttp.request(STRANGER, this.port, "GET", path,
					Map.of("Content-Type", "multipart/form-data; boundary=x"), junk));
			cases.put("multipart without boundary GET " + path, () -> RawHttp.request(STRANGER, this.port, "GET", path,
					Map.of("Content-Type", "multipart/form-data"), junk));
		}
		cases.put("multipart junk POST /api/v1/imports", () -> RawHttp.request(STRANGER, this.port, "POST",
				"/api/v1/imports?dryRun=true", Map.of("Content-Type", "multipart/form-data; boundary=x"), junk));
		// unsupported methods
		for (String path : List.of("/", "/api/v1/items", "/api/v1/notices", "/q/abc")) {
			cases.put("TRACE " + path, () -> RawHttp.request(STRANGER, this.port, "TRACE", path, Map.of(), null));
		}
		// credentials that are not even ASCII
		cases.put("non-ASCII Authorization", () -> RawHttp.request(STRANGER, this.port, "GET", "/api/v1/items",
				Map.of("Authorization", "Bearer \u00ff\u00fe\u00e4\u00f6"), null));
		cases.put("non-ASCII Authorization on a write",
				() -> RawHttp.request(STRANGER, this.port, "POST", "/api/v1/notices",
						Map.of("Authorization", "Bearer \u00e4\u00f6", "Content-Type", "application/json"),
						"{}".getBytes(StandardCharsets.UTF_8)));
		// oversize headers and bodies
		cases.put("oversize header",
				() -> RawHttp.request(STRANGER, this.port, "GET", "/", Map.of("X-Padding", "x".repeat(40_000)), null));
		cases.put("oversize body", () -> RawHttp.request(STRANGER, this.port, "POST", "/api/v1/auth/token",
				Map.of("Content-Type", "application/json"), largeJson(3_000_000)));
		// malformed JSON and wrong types on the gateway's own endpoint
		cases.put("malformed JSON", () -> RawHttp.request(STRANGER, this.port, "POST", "/api/v1/auth/token",
				Map.of("Content-Type", "application/json"), "{\"username\":".getBytes(StandardCharsets.UTF_8)));
		return cases;
	}

	/** Why an answer is not a 4xx problem detail, or {@code null} when it is. */
	private static String problemWith(RawHttp.Answer response) {
		if (response.status() < 400 || response.status() >= 500) {
			return "not a 4xx";
		}
		String contentType = response.header("Content-Type");
		if (contentType == null || !contentType.startsWith("application/problem+json")) {
			return "not application/problem+json";
		}
		try {
			JsonNode problem = GatewayClient.JSON.readTree(response.body());
			if (!problem.path("type").asString().startsWith("https://maservice.gov/problems/")) {
				return "type outside the platform's vocabulary";
			}
			if (problem.path("status").asInt() != response.status()) {
				return "status in the body differs";
			}
			if (problem.path("requestId").asString().isBlank()) {
				return "no requestId";
			}
			return null;
		}
		catch (RuntimeException ex) {
			return "body is not JSON";
		}
	}

	private static byte[] largeJson(int size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(size + 40);
		out.writeBytes("{\"username\":\"".getBytes(StandardCharsets.UTF_8));
		out.writeBytes("a".repeat(size).getBytes(StandardCharsets.UTF_8));
		out.writeBytes("\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static JsonNode first(JsonNode node) {
		JsonNode array = node.isArray() ? node : node.path("content");
		assertThat(array.isEmpty()).as("expected a non-empty list in " + node).isFalse();
		return array.get(0);
	}

	private static String abbreviate(String body) {
		return (body.length() > 200) ? body.substring(0, 200) + "..." : body;
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RawHttp.Answer get(int port, String target) {
		return RawHttp.request(port, "GET", target, Map.of(), null);
	}

}
