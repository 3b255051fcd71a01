package gov.maservice.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial workflow an admin runs through the gateway against the real stack: draft
 * → major publish with a change note → the page shows the new edition and the note; a
 * write carrying a stale version is refused with 409; withdrawing keeps the page, with a
 * banner and the reason.
 */
class PublishingThroughGatewayIntegrationTests {

	private final LocalStack stack = LocalStack.get();

	private final GatewayClient gateway = new GatewayClient(this.stack.gatewayUrl());

	@Test
	void draftPublishStaleWriteAndWithdraw() throws IOException {
		String token = this.gateway.adminToken(this.stack.adminUsername(), this.stack.adminPassword());
		String code = "410471-GG99902-" + (System.nanoTime() % 1000);
		String departmentCode = GatewayClient.json(this.gateway.send(this.gateway.get("/api/v1/departments")))
			.get(0)
			.path("code")
			.asString();
		String villageCode = GatewayClient.json(this.gateway.send(this.gateway.get("/api/v1/localities")))
			.get(0)
			.path("code")
			.asString();
		ObjectNode guide = (ObjectNode) GatewayClient.JSON.readTree(resource("e2e/item.json").replace("${code}", code)
			.replace("${name}", "老年人优待证办理")
			.replace("${departmentCode}", departmentCode)
			.replace("${localityCode}", villageCode));

		HttpResponse<String> created = this.gateway.send(this.gateway.post("/api/v1/items", token, guide.toString()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long v1 = GatewayClient.json(created).path("version").asLong();
		HttpResponse<String> first = publish(token, code, v1, "MAJOR", "首次发布");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		long v2 = GatewayClient.json(first).path("version").asLong();

		// A new draft with a changed material, published as a major update with a change
		// note.
		ObjectNode materialsChanged = guide.deepCopy();
		((ObjectNode) materialsChanged.path("materials").get(0)).put("name", "居民身份证或户口簿");
		HttpResponse<String> drafted = this.gateway.send(put("/api/v1/items/" + code + "/draft", token,
				"{\"version\":" + v2 + ",\"guide\":" + materialsChanged + "}"));
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
		long v3 = GatewayClient.json(drafted).path("version").asLong();
		HttpResponse<String> major = publish(token, code, v3, "MAJOR", "申请材料增加户口簿");
		assertThat(major.statusCode()).as(major.body()).isEqualTo(200);
		JsonNode majorView = GatewayClient.json(major);
		assertThat(majorView.path("edition").asInt()).isEqualTo(2);
		long v4 = majorView.path("version").asLong();

		String page = this.gateway.send(this.gateway.get("/g/" + code)).body();
		assertThat(page).contains("居民身份证或户口簿").contains("第2版").contains("申请材料增加户口簿");

		// Someone else's stale version: refused, nothing changes.
		HttpResponse<String> stale = this.gateway
			.send(put("/api/v1/items/" + code + "/draft", token, "{\"version\":" + v2 + ",\"guide\":" + guide + "}"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));

		// Withdraw: the printed code's page still resolves, with the banner and the
		// reason.
		HttpResponse<String> withdrawn = this.gateway.send(this.gateway.post("/api/v1/items/" + code + "/withdraw",
				token, "{\"version\":" + v4 + ",\"reason\":\"该事项已整合至“老年人综合服务”办理\"}"));
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		HttpResponse<String> withdrawnPage = this.gateway.send(this.gateway.get("/g/" + code));
		assertThat(withdrawnPage.statusCode()).isEqualTo(200);
		assertThat(withdrawnPage.body()).contains("该事项已停止办理").contains("老年人综合服务");
	}

	@Test
	void writesWithoutATokenAreRefusedAndBadInputIsAProblemDetail() {
		HttpResponse<String> anonymous = this.gateway.send(this.gateway.post("/api/v1/items", null, "{}"));
		assertThat(anonymous.statusCode()).isEqualTo(401);

		String token = this.gateway.adminToken(this.stack.adminUsername(), this.stack.adminPassword());
		HttpResponse<String> malformed = this.gateway.send(this.gateway.post("/api/v1/items", token, "{\"code\":"));
		assertThat(malformed.statusCode()).isEqualTo(400);
		HttpResponse<String> incomplete = this.gateway
			.send(this.gateway.post("/api/v1/items", token, "{\"code\":\"410471-GG99903-001\",\"name\":\"缺少要素\"}"));
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(incomplete.body()).contains("materials").doesNotContain("Exception");
	}

	private HttpResponse<String> publish(String token, String code, long version, String updateType, String note) {
		return this.gateway.send(this.gateway.post("/api/v1/items/" + code + "/publish", token,
				"{\"version\":" + version + ",\"updateType\":\"" + updateType + "\",\"changeNote\":\"" + note + "\"}"));
	}

	private HttpRequest.Builder put(String path, String token, String body) {
		return this.gateway.post(path, token, body).PUT(HttpRequest.BodyPublishers.ofString(body));
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = PublishingThroughGatewayIntegrationTests.class.getClassLoader()
			.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
