package gov.maservice.notification.board;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.contracts.BoardEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.notification.BoardStream;
import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import gov.maservice.notification.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Board registration, credentials and liveness (heartbeat interval 2 s in tests, so a
 * board is offline after 2.2 s of silence).
 */
class BoardIntegrationTests extends NotificationIntegrationTestSupport {

	@Autowired
	private EmbeddedKafkaBroker broker;

	@Test
	void registrationShowsTheCredentialOnceAndStoresOnlyItsHash() {
		JsonNode board = registerBoard("张村北口LED屏", ZHANGCUN);
		String id = board.path("boardId").asString();
		String credential = board.path("credential").asString();
		assertThat(credential).startsWith("bk_").hasSizeGreaterThan(40);
		assertThat(board.path("areaPath").valueStream().map(JsonNode::asString).toList()).containsExactly(ZHANGCUN,
				TOWN, DISTRICT);
		assertThat(board.path("streamUrl").asString()).isEqualTo("/api/v1/boards/" + id + "/stream");

		var stored = this.mongo.findById(id, Document.class, "boards").block();
		assertThat(stored.toJson()).doesNotContain(credential);
		assertThat(stored.getString("credentialHash")).hasSize(64);

		this.http.get()
			.uri("/api/v1/boards/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.credential")
			.doesNotExist()
			.jsonPath("$.credentialActive")
			.isEqualTo(true);
	}

	@Test
	void rejectsInvalidBoards() {
		register(TestTokens.admin(), """
				{"name":"未知村","localityCode":"410471100299","profile":{"charsPerLine":16,"lines":2,"color":false}}""")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("localityCode");
		register(TestTokens.admin(),
				"""
						{"name":"太窄","localityCode":"%s","profile":{"charsPerLine":1,"lines":2,"color":false}}"""
					.formatted(ZHANGCUN))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("profile.charsPerLine");
		register(null, """
				{"name":"无令牌","localityCode":"%s","profile":{"charsPerLine":16,"lines":2,"color":false}}"""
			.formatted(ZHANGCUN)).expectStatus().isUnauthorized();
		register(TestTokens.token("editor", List.of("EDITOR"), List.of()), """
				{"name":"编辑","localityCode":"%s","profile":{"charsPerLine":16,"lines":2,"color":false}}"""
			.formatted(ZHANGCUN)).expectStatus().isForbidden();
	}

	@Test
	void streamsAcceptOnlyTheBoardsOwnCredential() {
		JsonNode one = registerBoard("一号屏", ZHANGCUN);
		JsonNode other = registerBoard("二号屏", ZHANGLOU);
		String id = one.path("boardId").asString();
		this.http.get()
			.uri("/api/v1/boards/{id}/stream", id)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get()
			.uri("/api/v1/boards/{id}/stream?access_token=bk_wrong", id)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.http.get()
			.uri("/api/v1/boards/{id}/stream", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(other.path("credential").asString()))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get()
			.uri("/api/v1/boards/{id}/stream", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.http.post()
			.uri("/api/v1/boards/{id}/heartbeat", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(other.path("credential").asString()))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get()
			.uri("/api/v1/boards/{id}/notices?access_token={c}", id, one.path("credential").asString())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.boardId")
			.isEqualTo(id);
	}

	@Test
	void rotatedAndRevokedCredentialsStopWorkingAndOpenStreamsClose() {
		JsonNode board = registerBoard("轮换屏", ZHANGCUN);
		String id = board.path("boardId").asString();
		String first = board.path("credential").asString();
		BoardStream stream = stream(board);
		String second = JSON
			.readTree(this.http.post()
				.uri("/api/v1/boards/{id}/credential", id)
				.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody())
			.path("credential")
			.asString();
		assertThat(second).isNotEqualTo(first);
		heartbeat(id, first).expectStatus().isUnauthorized();
		heartbeat(id, second).expectStatus().isOk().expectBody().jsonPath("$.online").isEqualTo(true);
		await().atMost(Duration.ofSeconds(5)).until(() -> stream.events().size() > 0 && isClosed(stream));

		this.http.delete()
			.uri("/api/v1/boards/{id}/credential", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isNoContent();
		heartbeat(id, second).expectStatus().isUnauthorized();
		this.http.delete()
			.uri("/api/v1/boards/{id}/credential", "bdmissing")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void heartbeatsBringBoardsOnlineAndSilenceTakesThemOfflineWithEventsForAdmins() {
		JsonNode board = registerBoard("心跳屏", ZHANGLOU);
		String id = board.path("boardId").asString();
		String credential = board.path("credential").asString();
		try (TopicReader topic = new TopicReader(this.broker.getBrokersAsString(), Topics.BOARD_EVENTS)) {
			heartbeat(id, credential).expectStatus().isOk();
			boardView(id).jsonPath("$.online").isEqualTo(true).jsonPath("$.lastSeen").exists();

			await().atMost(Duration.ofSeconds(8))
				.untilAsserted(() -> boardView(id).jsonPath("$.online").isEqualTo(false));
			heartbeat(id, credential).expectStatus().isOk();
			boardView(id).jsonPath("$.online").isEqualTo(true);

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(topic.values()
					.stream()
					.filter((event) -> id.equals(event.path("boardId").asString()))
					.map((event) -> event.path("type").asString())
					.toList()).containsExactly(BoardEvent.TYPE_CAME_ONLINE, BoardEvent.TYPE_WENT_OFFLINE,
							BoardEvent.TYPE_CAME_ONLINE));
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> this.http.get()
					.uri("/api/v1/boards/events?boardId={id}", id)
					.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
					.exchange()
					.expectStatus()
					.isOk()
					.expectBody()
					.jsonPath("$.length()")
					.isEqualTo(3)
					.jsonPath("$[0].type")
					.isEqualTo(BoardEvent.TYPE_CAME_ONLINE)
					.jsonPath("$[1].type")
					.isEqualTo(BoardEvent.TYPE_WENT_OFFLINE));
		}
	}

	@Test
	void anOpenStreamKeepsABoardOnline() {
		JsonNode board = registerBoard("长连接屏", ZHANGLOU);
		String id = board.path("boardId").asString();
		try (BoardStream stream = stream(board)) {
			await().atMost(Duration.ofSeconds(3))
				.untilAsserted(() -> boardView(id).jsonPath("$.online").isEqualTo(true));
			await().during(Duration.ofSeconds(4))
				.atMost(Duration.ofSeconds(6))
				.untilAsserted(() -> boardView(id).jsonPath("$.online").isEqualTo(true));
			assertThat(stream.events().stream().filter((e) -> "keep-alive".equals(e.comment())).count())
				.isGreaterThan(1);
		}
	}

	private static boolean isClosed(BoardStream stream) {
		int before = stream.events().size();
		try {
			Thread.sleep(1500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return stream.events().size() == before;
	}

	private WebTestClient.BodyContentSpec boardView(String id) {
		return this.http.get()
			.uri("/api/v1/boards/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private WebTestClient.ResponseSpec heartbeat(String id, String credential) {
		return this.http.post()
			.uri("/api/v1/boards/{id}/heartbeat", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(credential))
			.exchange();
	}

	private WebTestClient.ResponseSpec register(String token, String json) {
		var request = this.http.post().uri("/api/v1/boards").contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
		}
		return request.bodyValue(json).exchange();
	}

}
