package gov.maservice.systemtests;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, against the real stack: every write and admin endpoint of every
 * service is called anonymously, with an API key, with a board credential, as an editor,
 * as a publisher and as an admin — through the gateway and, for the services, directly
 * (bypassing it). A caller who may not gets 401 or 403; a caller who may gets past
 * authorization (the deliberately empty bodies then earn a 4xx validation answer, never
 * 401/403 and never a 500).
 */
class AuthorizationMatrixIntegrationTests {

	private static final int ALLOWED = 0;

	private final LocalStack stack = LocalStack.get();

	private final GatewayClient gateway = new GatewayClient(this.stack.gatewayUrl());

	record Endpoint(String service, String method, String path, int anonymous, int apiKey, int board, int editor,
			int publisher, int admin) {
	}

	@Test
	void everyCallerGetsExactlyWhatItMay() {
		String admin = this.gateway.adminToken(this.stack.adminUsername(), this.stack.adminPassword());
		String editor = createUser(admin, "EDITOR");
		String publisher = createUser(admin, "PUBLISHER");
		String apiKey = createApiKey(admin);
		JsonNode board = GatewayClient.json(this.gateway.send(this.gateway.post("/api/v1/boards", admin,
				"{\"name\":\"权限测试屏\",\"localityCode\":\"410471100201\",\"profile\":{\"charsPerLine\":16,\"lines\":2,\"color\":false}}")));
		String boardCredential = board.path("credential").asString();
		String item = "410471-QR00101-001";

		List<Endpoint> endpoints = List.of(
				new Endpoint("catalog", "POST", "/api/v1/items", 401, 401, 401, ALLOWED, ALLOWED, ALLOWED),
				new Endpoint("catalog", "PUT", "/api/v1/items/" + item + "/draft", 401, 401, 401, ALLOWED, ALLOWED,
						ALLOWED),
				new Endpoint("catalog", "POST", "/api/v1/items/" + item + "/publish", 401, 401, 401, 403, ALLOWED,
						ALLOWED),
				new Endpoint("catalog", "POST", "/api/v1/items/" + item + "/withdraw", 401, 401, 401, 403, ALLOWED,
						ALLOWED),
				new Endpoint("catalog", "PUT", "/api/v1/departments/scjgj", 401, 401, 401, 403, 403, ALLOWED),
				new Endpoint("catalog", "POST", "/api/v1/imports?dryRun=true", 401, 401, 401, 403, ALLOWED, ALLOWED),
				new Endpoint("qr", "POST", "/api/v1/links", 401, 401, 401, 403, ALLOWED, ALLOWED),
				new Endpoint("qr", "POST", "/api/v1/posters/exports?paper=XX", 401, 401, 401, 403, ALLOWED, ALLOWED),
				new Endpoint("notification", "POST", "/api/v1/notices", 401, 401, 401, 403, ALLOWED, ALLOWED),
				new Endpoint("notification", "POST", "/api/v1/boards", 401, 401, 401, 403, ALLOWED, ALLOWED),
				new Endpoint("gateway", "POST", "/api/v1/users", 401, 401, 401, 403, 403, ALLOWED),
				new Endpoint("gateway", "POST", "/api/v1/api-keys", 401, 401, 401, 403, 403, ALLOWED));

		Map<String, Map<String, String>> callers = new LinkedHashMap<>();
		callers.put("anonymous", Map.of());
		callers.put("apiKey", Map.of("X-API-Key", apiKey));
		callers.put("board", Map.of("Authorization", "Bearer " + boardCredential));
		callers.put("editor", Map.of("Authorization", "Bearer " + editor));
		callers.put("publisher", Map.of("Authorization", "Bearer " + publisher));
		callers.put("admin", Map.of("Authorization", "Bearer " + admin));

		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			int[] expected = { endpoint.anonymous(), endpoint.apiKey(), endpoint.board(), endpoint.editor(),
					endpoint.publisher(), endpoint.admin() };
			int column = 0;
			for (Map.Entry<String, Map<String, String>> caller : callers.entrySet()) {
				int want = expected[column++];
				check(wrong, "gateway", this.stack.gatewayUrl(), endpoint, caller.getKey(), caller.getValue(), want);
				if (!endpoint.service().equals("gateway")) {
					check(wrong, "direct", directUrl(endpoint.service()), endpoint, caller.getKey(), caller.getValue(),
							want);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private void check(List<String> wrong, String via, String baseUrl, Endpoint endpoint, String caller,
			Map<String, String> headers, int want) {
		HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(baseUrl + endpoint.path()))
			.header("Content-Type", "application/json")
			.method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{}"));
		headers.forEach(request::header);
		HttpResponse<String> response = this.gateway.send(request);
		int status = response.statusCode();
		boolean ok = (want == ALLOWED) ? (status != 401 && status != 403 && status < 500) : status == want;
		if (!ok) {
			wrong.add(via + " " + endpoint.method() + " " + endpoint.path() + " as " + caller + ": expected "
					+ ((want == ALLOWED) ? "allowed" : want) + ", got " + status + " " + abbreviate(response.body()));
		}
	}

	private String directUrl(String service) {
		String port = switch (service) {
			case "catalog" -> "CATALOG_PORT";
			case "qr" -> "QR_PORT";
			case "notification" -> "NOTIFICATION_PORT";
			default -> throw new IllegalArgumentException(service);
		};
		return "http://127.0.0.1:" + this.stack.ports().get(port);
	}

	private String createUser(String adminToken, String role) {
		String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "pw-" + UUID.randomUUID();
		HttpResponse<String> created = this.gateway
			.send(this.gateway.post("/api/v1/users", adminToken, "{\"username\":\"" + username + "\",\"password\":\""
					+ password + "\",\"roles\":[\"" + role + "\"],\"departments\":[]}"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return this.gateway.adminToken(username, password);
	}

	private String createApiKey(String adminToken) {
		HttpResponse<String> created = this.gateway.send(this.gateway.post("/api/v1/api-keys", adminToken,
				"{\"name\":\"微信公众号后台\",\"scopes\":[\"catalog:read\",\"qr:read\",\"notices:read\"]}"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return GatewayClient.json(created).path("key").asString();
	}

	private static String abbreviate(String body) {
		return (body.length() > 160) ? body.substring(0, 160) + "…" : body;
	}

}
