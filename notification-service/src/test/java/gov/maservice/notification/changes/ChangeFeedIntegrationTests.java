package gov.maservice.notification.changes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.notification.NotificationIntegrationTestSupport;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pull feed: CloudEvents in order behind an opaque cursor, filters by type and
 * locality (hierarchy honoured), long-poll, and problem details for bad input.
 */
class ChangeFeedIntegrationTests extends NotificationIntegrationTestSupport {

	@Test
	void readsChangesInOrderWithFiltersAndACursor() {
		String id = issue(notice("变更流测试：张村", ZHANGCUN)).path("id").asString();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> subjects("/api/v1/changes?types=notice.issued&locality=" + TOWN).contains(id));
		assertThat(subjects("/api/v1/changes?types=notice.issued&locality=" + ZHANGCUN)).contains(id);
		assertThat(subjects("/api/v1/changes?types=notice.issued&locality=" + ZHANGLOU)).doesNotContain(id);
		assertThat(subjects("/api/v1/changes?types=notice.issued&locality=" + COMMUNITY)).doesNotContain(id);
		assertThat(subjects("/api/v1/changes?types=guide.withdrawn")).doesNotContain(id);

		// Page through everything two at a time: the notice appears exactly once, in
		// order.
		List<JsonNode> all = new ArrayList<>();
		String cursor = null;
		for (int i = 0; i < 200; i++) {
			JsonNode page = get("/api/v1/changes?size=2" + ((cursor != null) ? "&after=" + cursor : ""));
			page.path("items").forEach(all::add);
			assertThat(page.path("page").path("nextCursor").isString()).isTrue();
			cursor = page.path("page").path("nextCursor").asString();
			if (page.path("items").size() < 2) {
				break;
			}
		}
		assertThat(all.stream().filter((event) -> id.equals(event.path("subject").asString()))).hasSize(1);
		JsonNode event = all.stream().filter((e) -> id.equals(e.path("subject").asString())).findFirst().orElseThrow();
		assertThat(event.path("specversion").asString()).isEqualTo("1.0");
		assertThat(event.path("type").asString()).isEqualTo("gov.notice.issued.v1");
		assertThat(event.path("data").path("headline").asString()).isEqualTo("变更流测试：张村");
		assertThat(all.stream().filter((e) -> "gov.directory.changed.v1".equals(e.path("type").asString())))
			.isNotEmpty();
	}

	@Test
	void aLongPollReturnsWhenAChangeArrives() {
		String cursor = latestCursor();
		CompletableFuture<JsonNode> waiting = CompletableFuture
			.supplyAsync(() -> get("/api/v1/changes?types=notice.issued&wait=25&after=" + cursor));
		String id = issue(notice("变更流长轮询测试", STREET)).path("id").asString();
		JsonNode page = waiting.join();
		assertThat(page.path("items").toString()).contains(id);
	}

	@Test
	void badInputIsAProblemDetail() {
		for (String query : List.of("after=not-a-cursor", "types=notice.exploded", "size=0", "size=101", "wait=31",
				"locality=%E5%BC%A0")) {
			this.http.get()
				.uri("/api/v1/changes?" + query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	private String latestCursor() {
		String cursor = null;
		while (true) {
			JsonNode page = get("/api/v1/changes?size=100" + ((cursor != null) ? "&after=" + cursor : ""));
			cursor = page.path("page").path("nextCursor").asString();
			if (page.path("items").size() < 100) {
				return cursor;
			}
		}
	}

	private List<String> subjects(String path) {
		List<String> subjects = new ArrayList<>();
		String cursor = null;
		for (int i = 0; i < 100; i++) {
			JsonNode page = get(path + "&size=100" + ((cursor != null) ? "&after=" + cursor : ""));
			page.path("items").forEach((event) -> subjects.add(event.path("subject").asString()));
			cursor = page.path("page").path("nextCursor").asString();
			if (page.path("items").size() < 100) {
				break;
			}
		}
		return subjects;
	}

	private JsonNode get(String path) {
		return JSON.readTree(this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

}
