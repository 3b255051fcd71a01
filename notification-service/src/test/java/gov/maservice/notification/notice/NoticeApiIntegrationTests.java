package gov.maservice.notification.notice;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice API: who may write, what is rejected and how, and the CAP-style update and
 * cancel.
 */
class NoticeApiIntegrationTests extends NotificationIntegrationTestSupport {

	@Test
	void writesNeedATokenWithPublisherOrAdminRole() {
		post(null, notice("无令牌", TOWN)).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401);
		post("not-a-jwt", notice("坏令牌", TOWN)).expectStatus().isUnauthorized();
		post(TestTokens.token("editor", List.of("EDITOR"), List.of()), notice("编辑无权发布", TOWN)).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(403);
		post(TestTokens.admin(), notice("管理员可以发布", TOWN)).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.sender")
			.isEqualTo("admin");
	}

	@Test
	void rejectsInvalidNoticesWithProblemDetails() {
		String publisher = TestTokens.publisher();
		post(publisher, notice("未知地区", "410471100299")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("areaCodes")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Unknown locality 410471100299");
		Instant effective = Instant.now().plusSeconds(3600);
		post(publisher,
				"""
						{"headline":"失效早于生效","areaCodes":["%s"],"effective":"%s","expires":"%s"}""".formatted(TOWN,
						effective, effective.minusSeconds(60)))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("expires");
		post(publisher, """
				{"headline":"%s","areaCodes":["%s"]}""".formatted("长".repeat(141), TOWN)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("headline");
		post(publisher, """
				{"headline":"%s","areaCodes":["%s"]}""".formatted("大".repeat(1_000_000), TOWN)).expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		post(publisher, "{\"headline\":\"坏JSON\",").expectStatus().isBadRequest();
		post(publisher, """
				{"headline":"未知枚举","urgency":"Soonish","areaCodes":["%s"]}""".formatted(TOWN)).expectStatus()
			.isBadRequest();
		post(publisher, """
				{"headline":"注入","areaCodes":[{"$gt":""}]}""").expectStatus().isBadRequest();
		post(publisher, """
				{"headline":"无地区","areaCodes":[]}""").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("areaCodes");
		post(publisher, """
				{"headline":"更新需要引用","msgType":"Update","areaCodes":["%s"]}""".formatted(TOWN)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("references");
	}

	@Test
	void controlCharactersAreRefusedExceptLineBreaksInFreeText() {
		String publisher = TestTokens.publisher();
		post(publisher, """
				{"headline":"张村\\u000b停水","areaCodes":["%s"]}""".formatted(TOWN)).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("headline")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not contain control characters or line breaks");
		post(publisher, """
				{"headline":"换行\\n标题","areaCodes":["%s"]}""".formatted(TOWN)).expectStatus().isBadRequest();
		post(publisher, """
				{"headline":"停水","description":"a\\u0000b","areaCodes":["%s"]}""".formatted(TOWN)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("description");
		post(publisher,
				"""
						{"headline":"停水","description":"第一行\\n\\t第二行","instruction":"请储水\\r\\n谢谢","areaCodes":["%s"]}"""
					.formatted(TOWN))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.description")
			.isEqualTo("第一行\n\t第二行");
	}

	@Test
	void onlyStaffSeeWhoIssuedANotice() {
		String id = issue(notice("谁发的", TOWN)).path("id").asString();
		this.http.get()
			.uri("/api/v1/notices/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.headline")
			.isEqualTo("谁发的")
			.jsonPath("$.sender")
			.doesNotExist();
		this.http.get()
			.uri("/api/v1/notices?area={area}", TOWN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("谁发的").doesNotContain("\"sender\":\""));
		this.http.get()
			.uri("/api/v1/notices/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.token("editor", List.of("EDITOR"), List.of())))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sender")
			.doesNotExist();
		this.http.get()
			.uri("/api/v1/notices/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sender")
			.isEqualTo("publisher");
		this.http.get()
			.uri("/api/v1/notices?area={area}", TOWN)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("\"sender\":\"publisher\""));
	}

	@Test
	void cancelOfAnUnknownNoticeIs404AndCancelTwiceIs409() {
		this.http.post()
			.uri("/api/v1/notices/{id}/cancel", "no-such-notice")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		post(TestTokens.publisher(), """
				{"headline":"x","msgType":"Cancel","references":"no-such-notice","areaCodes":["%s"]}""".formatted(TOWN))
			.expectStatus()
			.isNotFound();

		String id = issue(notice("将被撤销", TOWN)).path("id").asString();
		post(TestTokens.publisher(), """
				{"headline":"撤销","msgType":"Cancel","references":"%s","areaCodes":["%s"]}""".formatted(id, TOWN))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("CANCELLED")
			.jsonPath("$.references")
			.isEqualTo(id);
		this.http.post()
			.uri("/api/v1/notices/{id}/cancel", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void listsNoticesByAreaReachedPhaseAndStatus() {
		String village = issue(notice("只给张村", ZHANGCUN)).path("id").asString();
		String street = issue("""
				{"headline":"皇台演练","status":"Exercise","areaCodes":["%s"]}""".formatted(STREET)).path("id").asString();
		Instant later = Instant.now().plusSeconds(3600);
		String scheduled = issue("""
				{"headline":"明天才生效","areaCodes":["%s"],"effective":"%s"}""".formatted(TOWN, later)).path("id")
			.asString();

		JsonNode zhangcun = list("/api/v1/notices?area=" + ZHANGCUN + "&inForce=true&size=100");
		assertThat(ids(zhangcun)).contains(village).doesNotContain(street, scheduled);
		JsonNode community = list("/api/v1/notices?area=" + COMMUNITY + "&size=100");
		assertThat(ids(community)).contains(street).doesNotContain(village);
		JsonNode exercises = list("/api/v1/notices?status=Exercise&size=100");
		assertThat(ids(exercises)).contains(street).doesNotContain(village);
		JsonNode notInForce = list("/api/v1/notices?inForce=false&size=100");
		assertThat(ids(notInForce)).contains(scheduled).doesNotContain(village);

		this.http.get()
			.uri("/api/v1/notices/{id}", scheduled)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("SCHEDULED");
		this.http.get().uri("/api/v1/notices?area={a}", "{\"$gt\":\"\"}").exchange().expectStatus().isBadRequest();
		this.http.get().uri("/api/v1/notices?status=Draft").exchange().expectStatus().isBadRequest();
		this.http.get()
			.uri("/api/v1/notices?size=100000")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get().uri("/api/v1/notices/{id}", "unknown").exchange().expectStatus().isNotFound();
	}

	@Test
	void receiptsTellWhichBoardsHaveTheCurrentVersion() {
		JsonNode acking = registerBoard("张村东口LED屏", ZHANGCUN);
		JsonNode silent = registerBoard("张楼西口LED屏", ZHANGLOU);
		registerBoard("皇台社区LED屏", COMMUNITY);
		String id = issue(notice("回执测试", TOWN)).path("id").asString();

		this.http.post()
			.uri("/api/v1/boards/{b}/acks", acking.path("boardId").asString())
			.header(HttpHeaders.AUTHORIZATION, bearer(acking.path("credential").asString()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"noticeId\":\"" + id + "\",\"version\":1}")
			.exchange()
			.expectStatus()
			.isAccepted();
		this.http.post()
			.uri("/api/v1/boards/{b}/acks", acking.path("boardId").asString())
			.header(HttpHeaders.AUTHORIZATION, bearer(acking.path("credential").asString()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"noticeId\":\"missing\",\"version\":1}")
			.exchange()
			.expectStatus()
			.isNotFound();

		JsonNode receipts = JSON.readTree(this.http.get()
			.uri("/api/v1/notices/{id}/receipts", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		List<String> received = receipts.path("received")
			.valueStream()
			.map((b) -> b.path("boardId").asString())
			.toList();
		List<String> missing = receipts.path("missing").valueStream().map((b) -> b.path("boardId").asString()).toList();
		assertThat(received).containsExactly(acking.path("boardId").asString());
		assertThat(missing).contains(silent.path("boardId").asString())
			.doesNotContain(acking.path("boardId").asString());
		assertThat(receipts.path("targetBoards").asInt()).isEqualTo(received.size() + missing.size());

		this.http.get().uri("/api/v1/notices/{id}/receipts", id).exchange().expectStatus().isUnauthorized();
	}

	private WebTestClient.ResponseSpec post(String token, String json) {
		var request = this.http.post().uri("/api/v1/notices").contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
		}
		return request.bodyValue(json).exchange();
	}

	private JsonNode list(String uri) {
		return JSON.readTree(this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	private static List<String> ids(JsonNode page) {
		return page.path("items").valueStream().map((n) -> n.path("id").asString()).toList();
	}

}
