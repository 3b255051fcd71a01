package gov.maservice.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Subscriptions end to end with real HTTP receivers on loopback: signed CloudEvents, the
 * filters, the delivery log, test events, replay, rotation, 410, SSRF and who may do
 * what.
 */
class WebhookIntegrationTests extends WebhookTestSupport {

	@Test
	void deliversSignedCloudEventsOnlyForMatchingChanges() throws Exception {
		Instant start = Instant.now();
		try (TestReceiver receiver = TestReceiver.start()) {
			JsonNode subscription = subscribe(receiver.url(), NOTICE_TYPES, TOWN);
			String secret = subscription.path("secret").asString();
			assertThat(secret).startsWith("whsec_");
			String id = subscription.path("id").asString();
			String shown = this.http.get()
				.uri("/api/v1/webhooks/subscriptions/{id}", id)
				.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(shown).contains("\"status\":\"ACTIVE\"").doesNotContain("whsec_").doesNotContain("secret");

			String elsewhere = issue(notice("Webhook测试：别的街道", COMMUNITY)).path("id").asString();
			String inTown = issue(notice("Webhook测试：张村", ZHANGCUN)).path("id").asString();
			TestReceiver.Call call = await().atMost(Duration.ofSeconds(20))
				.until(() -> find(receiver, inTown), (found) -> found != null);

			assertThat(verified(call, secret)).isTrue();
			assertThat(call.contentType()).startsWith("application/cloudevents+json");
			JsonNode event = call.event();
			assertThat(event.path("specversion").asString()).isEqualTo("1.0");
			assertThat(event.path("type").asString()).isEqualTo("gov.notice.issued.v1");
			assertThat(event.path("id").asString()).isEqualTo(call.id());
			assertThat(event.path("source").asString()).isEqualTo("urn:maservice:notification");
			assertThat(event.path("subject").asString()).isEqualTo(inTown);
			assertThat(event.path("data").path("headline").asString()).isEqualTo("Webhook测试：张村");
			assertThat(call.body()).doesNotContain("gov.maservice").doesNotContain("java.").doesNotContain("@class");
			Thread.sleep(500);
			assertThat(find(receiver, elsewhere)).as("a notice outside the subscribed town").isNull();

			JsonNode log = getJson("/api/v1/webhooks/subscriptions/" + id + "/attempts");
			assertThat(log.path("items").get(0).path("statusCode").asInt()).isEqualTo(200);
			assertThat(log.path("items").get(0).path("responseExcerpt").asString()).contains("ok");
			assertThat(log.path("items").get(0).has("latencyMs")).isTrue();

			// Send test event, replay since the start, rotation.
			String testId = postJson("/api/v1/webhooks/subscriptions/" + id + "/test", null).path("webhookId")
				.asString();
			TestReceiver.Call test = await().atMost(Duration.ofSeconds(10))
				.until(() -> receiver.calls().stream().filter((c) -> testId.equals(c.id())).findFirst().orElse(null),
						(found) -> found != null);
			assertThat(test.event().path("type").asString()).isEqualTo("gov.webhook.test.v1");

			int queued = postJson("/api/v1/webhooks/subscriptions/" + id + "/redeliver",
					"{\"since\":\"" + start + "\"}")
				.path("queued")
				.asInt();
			assertThat(queued).isGreaterThanOrEqualTo(1);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> receiver.calls().stream().filter((c) -> call.id().equals(c.id())).count() >= 2);

			String newSecret = postJson("/api/v1/webhooks/subscriptions/" + id + "/secret", null).path("secret")
				.asString();
			assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
			String rotatedId = postJson("/api/v1/webhooks/subscriptions/" + id + "/test", null).path("webhookId")
				.asString();
			TestReceiver.Call rotated = await().atMost(Duration.ofSeconds(10))
				.until(() -> receiver.calls().stream().filter((c) -> rotatedId.equals(c.id())).findFirst().orElse(null),
						(found) -> found != null);
			assertThat(rotated.signature().split(" ")).hasSize(2);
			assertThat(verified(rotated, secret)).isTrue();
			assertThat(verified(rotated, newSecret)).isTrue();
		}
	}

	@Test
	void aReceiverThatWasDownGetsEveryEventInPerItemOrder() throws Exception {
		int port;
		try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		JsonNode subscription = subscribe("http://127.0.0.1:" + port + "/hook", NOTICE_TYPES, STREET);
		String first = issue(notice("Webhook顺序测试：甲", COMMUNITY)).path("id").asString();
		String second = issue(notice("Webhook顺序测试：乙", STREET)).path("id").asString();
		for (int i = 1; i <= 2; i++) {
			update(first, "Webhook顺序测试：甲（第" + (i + 1) + "版）", COMMUNITY);
			update(second, "Webhook顺序测试：乙（第" + (i + 1) + "版）", STREET);
		}
		this.http.post()
			.uri("/api/v1/notices/{id}/cancel", first)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.exchange()
			.expectStatus()
			.isOk();
		String id = subscription.path("id").asString();
		await().atMost(Duration.ofSeconds(15))
			.until(() -> getJson("/api/v1/webhooks/subscriptions/" + id + "/attempts").path("page")
				.path("totalElements")
				.asInt() >= 3);
		assertThat(getJson("/api/v1/webhooks/subscriptions/" + id + "/attempts").path("items")
			.get(0)
			.path("error")
			.asString()).isNotEmpty();

		try (TestReceiver receiver = TestReceiver.start(port)) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> versions(receiver, first).size() >= 4 && versions(receiver, second).size() >= 3);
			assertThat(versions(receiver, first)).isSorted().containsSubsequence(1L, 2L, 3L, 4L);
			assertThat(versions(receiver, second)).isSorted().containsSubsequence(1L, 2L, 3L);
			assertThat(receiver.calls()).allMatch((call) -> verified(call, subscription.path("secret").asString()));
		}
	}

	@Test
	void aSlowReceiverDoesNotDelayAnother() throws Exception {
		try (TestReceiver fast = TestReceiver.start();
				TestReceiver slow = TestReceiver.start().answering(200, Duration.ofSeconds(10))) {
			subscribe(fast.url(), "\"notice.issued\"", STREET);
			lags(fast, "预热", 1);
			List<Long> alone = lags(fast, "单独", 5);
			subscribe(slow.url(), "\"notice.issued\"", STREET);
			List<Long> beside = lags(fast, "并行", 5);
			assertThat(slow.calls()).as("the slow receiver holds its calls").isNotEmpty();
			assertThat(slow.calls().size()).as("bulkhead").isLessThanOrEqualTo(4);
			long medianAlone = alone.stream().sorted().toList().get(2);
			long medianBeside = beside.stream().sorted().toList().get(2);
			System.out.printf(
					"Fast receiver lag, change recorded -> received: alone %s ms, beside a 10 s receiver %s ms%n",
					alone, beside);
			// The machine running the tests is shared and noisy (store round trips alone
			// vary by hundreds of ms); what must never happen is waiting for the 10 s
			// calls.
			assertThat(medianBeside - medianAlone).as("extra delay caused by the slow receiver (ms)").isLessThan(500);
			assertThat(beside).allMatch((lag) -> lag < 5_000);
		}
	}

	@Test
	void gone410DisablesTheEndpointAndTellsAdmins() throws Exception {
		try (TestReceiver receiver = TestReceiver.start().answering(410, Duration.ZERO)) {
			String id = subscribe(receiver.url(), NOTICE_TYPES).path("id").asString();
			postJson("/api/v1/webhooks/subscriptions/" + id + "/test", null);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> getJson("/api/v1/webhooks/subscriptions/" + id).path("status").asString(),
						"DISABLED"::equals);
			assertThat(getJson("/api/v1/webhooks/subscriptions/" + id).path("statusReason").asString()).contains("410");
			JsonNode notices = getJson("/api/v1/webhooks/notices");
			assertThat(notices.path("items").toString()).contains(id).contains("endpoint.disabled");
		}
	}

	@Test
	void refusesTargetsOnTheInternalNetwork() {
		for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/hook",
				"http://192.168.1.1/hook", "http://[fd00::1]/hook", "http://[::ffff:10.0.0.1]/", "ftp://8.8.8.8/x")) {
			this.http.post()
				.uri("/api/v1/webhooks/subscriptions")
				.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"url\":\"" + url + "\",\"types\":[\"notice.issued\"]}")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("url");
		}
	}

	@Test
	void adminsManageAllAndAnApiKeyOnlyItsOwn() throws Exception {
		try (TestReceiver receiver = TestReceiver.start()) {
			String body = "{\"url\":\"" + receiver.url() + "\",\"types\":[\"notice.issued\"]}";
			this.http.post()
				.uri("/api/v1/webhooks/subscriptions")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isUnauthorized();
			for (String denied : List.of(bearer(TestTokens.publisher()), keyToken("k0", "notices:read"))) {
				this.http.post()
					.uri("/api/v1/webhooks/subscriptions")
					.header(HttpHeaders.AUTHORIZATION, denied)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(body)
					.exchange()
					.expectStatus()
					.isForbidden();
			}
			String keyA = keyToken("ka", "webhooks");
			JsonNode mine = subscribeAs(keyA, receiver.url(), "\"notice.issued\"");
			assertThat(mine.path("owner").asString()).isEqualTo("apikey:ka");
			String id = mine.path("id").asString();
			String keyB = keyToken("kb", "webhooks");
			this.http.get()
				.uri("/api/v1/webhooks/subscriptions/{id}", id)
				.header(HttpHeaders.AUTHORIZATION, keyB)
				.exchange()
				.expectStatus()
				.isNotFound();
			this.http.delete()
				.uri("/api/v1/webhooks/subscriptions/{id}", id)
				.header(HttpHeaders.AUTHORIZATION, keyB)
				.exchange()
				.expectStatus()
				.isNotFound();
			this.http.get()
				.uri("/api/v1/webhooks/subscriptions")
				.header(HttpHeaders.AUTHORIZATION, keyB)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.page.totalElements")
				.isEqualTo(0);
			this.http.get()
				.uri("/api/v1/webhooks/notices")
				.header(HttpHeaders.AUTHORIZATION, keyA)
				.exchange()
				.expectStatus()
				.isForbidden();
			assertThat(getJson("/api/v1/webhooks/subscriptions").path("items").toString()).contains(id);
			this.http.get()
				.uri("/api/v1/webhooks/subscriptions/{id}", id)
				.header(HttpHeaders.AUTHORIZATION, keyA)
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	private List<Long> lags(TestReceiver receiver, String label, int count) {
		List<Long> lags = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = issue(notice("Webhook时延测试：" + label + i, STREET)).path("id").asString();
			TestReceiver.Call call = await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> find(receiver, id), (found) -> found != null);
			Instant recorded = this.mongo.findOne(org.springframework.data.mongodb.core.query.Query
				.query(org.springframework.data.mongodb.core.query.Criteria.where("subject")
					.is(id)
					.and("type")
					.is("notice.issued")), gov.maservice.notification.changes.Change.class)
				.block()
				.recordedAt();
			lags.add(call.arrivedMillis() - recorded.toEpochMilli());
		}
		return lags;
	}

	private void update(String id, String headline, String area) {
		this.http.put()
			.uri("/api/v1/notices/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(notice(headline, area))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static TestReceiver.Call find(TestReceiver receiver, String noticeId) {
		return receiver.calls()
			.stream()
			.filter((call) -> noticeId.equals(call.event().path("subject").asString()))
			.findFirst()
			.orElse(null);
	}

	private static List<Long> versions(TestReceiver receiver, String noticeId) {
		return receiver.calls()
			.stream()
			.map(TestReceiver.Call::event)
			.filter((event) -> noticeId.equals(event.path("subject").asString()))
			.map((event) -> event.path("data").path("version").asLong())
			.toList();
	}

	private JsonNode getJson(String path) {
		return JSON.readTree(this.http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	private JsonNode postJson(String path, String body) {
		var request = this.http.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()));
		var exchange = (body != null) ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
				: request.exchange();
		return JSON.readTree(
				exchange.expectStatus().is2xxSuccessful().expectBody(String.class).returnResult().getResponseBody());
	}

}
