package gov.maservice.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notices reach the right LED boards through the gateway, against the real stack: a
 * town-wide notice reaches a board in one of its villages and not a board in the street's
 * community; a cancel removes it; a board that was offline catches up on reconnect; an
 * expired notice leaves by itself.
 */
class NoticesThroughGatewayIntegrationTests {

	private static final String TOWN = "遵化店镇";

	private final LocalStack stack = LocalStack.get();

	private final GatewayClient gateway = new GatewayClient(this.stack.gatewayUrl());

	private String token;

	private String townCode;

	private String villageCode;

	private String communityCode;

	@BeforeEach
	void localities() {
		this.token = this.gateway.adminToken(this.stack.adminUsername(), this.stack.adminPassword());
		List<JsonNode> localities = new java.util.ArrayList<>();
		GatewayClient.json(this.gateway.send(this.gateway.get("/api/v1/localities"))).forEach(localities::add);
		this.townCode = codeOf(localities, TOWN);
		this.villageCode = codeOf(localities, "张村");
		this.communityCode = localities.stream()
			.filter((locality) -> "COMMUNITY".equals(locality.path("level").asString()))
			.map((locality) -> locality.path("code").asString())
			.findFirst()
			.orElseThrow();
	}

	@Test
	void townWideNoticeReachesItsVillagesOnlyAndACancelRemovesIt() {
		JsonNode villageBoard = register("张村文化广场LED屏", this.villageCode);
		JsonNode communityBoard = register("社区服务中心LED屏", this.communityCode);
		try (BoardStream village = connect(villageBoard); BoardStream community = connect(communityBoard)) {
			String headline = "遵化店镇秋冬季疫苗接种通知" + System.nanoTime() % 10000;
			String noticeId = issue(headline, this.townCode, null);
			// Delivery, not speed: the SSE benchmark (notification-service/bench)
			// measures how fast.
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(20))
				.untilAsserted(() -> assertThat(village.text()).contains(headline));

			HttpResponse<String> cancelled = this.gateway
				.send(this.gateway.post("/api/v1/notices/" + noticeId + "/cancel", this.token, "{}"));
			assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(village.text()).contains("\"action\":\"remove\"")
					.contains("\"reason\":\"cancelled\""));
			assertThat(community.text()).doesNotContain(headline);
		}
	}

	@Test
	void aBoardThatWasOfflineCatchesUpAndExpiredNoticesLeaveByThemselves() {
		JsonNode board = register("张村村委会LED屏", this.villageCode);
		String lastEventId;
		try (BoardStream first = connect(board)) {
			lastEventId = first.lastEventId();
		}
		String missed = "张村停水通知" + System.nanoTime() % 10000;
		issue(missed, this.villageCode, null);
		String shortLived = "张村临时交通管制" + System.nanoTime() % 10000;
		issue(shortLived, this.villageCode, Instant.now().plusSeconds(4));

		try (BoardStream back = (lastEventId != null) ? BoardStream.resume(this.gateway,
				board.path("boardId").asString(), board.path("credential").asString(), lastEventId) : connect(board)) {
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(back.text()).contains(missed).contains(shortLived));
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(back.text()).contains("\"reason\":\"expired\""));
		}
		HttpResponse<String> polled = this.gateway
			.send(this.gateway.get("/api/v1/boards/" + board.path("boardId").asString() + "/notices")
				.header("Authorization", "Bearer " + board.path("credential").asString()));
		assertThat(polled.statusCode()).isEqualTo(200);
		assertThat(polled.body()).contains(missed).doesNotContain(shortLived);
	}

	@Test
	void anotherBoardsCredentialCannotOpenTheStream() {
		JsonNode mine = register("张村东LED屏", this.villageCode);
		JsonNode other = register("张村西LED屏", this.villageCode);
		HttpResponse<String> response = this.gateway
			.send(this.gateway.get("/api/v1/boards/" + mine.path("boardId").asString() + "/notices")
				.header("Authorization", "Bearer " + other.path("credential").asString()));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	private String issue(String headline, String areaCode, Instant expires) {
		String body = "{\"headline\":\"" + headline + "\",\"description\":\"请相关群众按通知要求做好准备。\","
				+ "\"category\":\"Health\",\"urgency\":\"Expected\",\"severity\":\"Moderate\",\"areaCodes\":[\""
				+ areaCode + "\"]" + ((expires != null) ? ",\"expires\":\"" + expires + "\"" : "") + "}";
		HttpResponse<String> issued = this.gateway.send(this.gateway.post("/api/v1/notices", this.token, body));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		return GatewayClient.json(issued).path("id").asString();
	}

	private JsonNode register(String name, String localityCode) {
		HttpResponse<String> registered = this.gateway
			.send(this.gateway.post("/api/v1/boards", this.token, "{\"name\":\"" + name + "\",\"localityCode\":\""
					+ localityCode + "\",\"profile\":{\"charsPerLine\":16,\"lines\":2,\"color\":false}}"));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		return GatewayClient.json(registered);
	}

	private BoardStream connect(JsonNode board) {
		BoardStream stream = BoardStream.open(this.gateway, board.path("boardId").asString(),
				board.path("credential").asString());
		await().atMost(Duration.ofSeconds(10)).until(stream::connected);
		return stream;
	}

	private static String codeOf(List<JsonNode> localities, String name) {
		return localities.stream()
			.filter((locality) -> name.equals(locality.path("name").asString()))
			.map((locality) -> locality.path("code").asString())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no locality named " + name));
	}

}
