package gov.maservice.systemtests;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * notification-service killed (SIGKILL) with 1,000 LED boards connected through the
 * gateway: while it is down a guide is published for their village (the event waits in
 * Kafka); as soon as it is back a notice they showed is cancelled and a new one issued,
 * before most boards have reconnected. Every board reconnects with its
 * {@code Last-Event-ID} and ends with exactly the notices in force: none missed, none
 * left over.
 */
class NotificationFaultIntegrationTests extends FaultSupport {

	private static final int BOARDS = 1000;

	/** 张楼, a village no other system test addresses. */
	private static final String AREA = "410471100202";

	@Test
	void boardsReconnectAndEndWithExactlyTheNoticesInForce() {
		FaultLedger ledger = new FaultLedger(
				"notification-service killed (SIGKILL) with " + BOARDS + " boards connected through the gateway");
		String cancelled = issue("张楼停电通知" + RUN_TAG);
		try (LeanBoards boards = LeanBoards.register(this.gateway, token(), AREA, "张楼LED屏" + RUN_TAG + "-", BOARDS)) {
			ledger.record("boards registered", boards.boards().size());
			boards.connectAll();
			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> boards.connected() == BOARDS
						&& boards.boards().stream().allMatch((board) -> board.shown().contains(cancelled)));
			ledger.record("boards connected and showing the first notice before the kill", boards.connected());

			this.parts.kill(StackParts.NOTIFICATION);
			ledger.record("faults injected", 1);
			String itemName = "停机期间发布" + RUN_TAG;
			publishGuideForTheVillage(itemName);
			this.parts.awaitReady(StackParts.NOTIFICATION, Duration.ofMinutes(3));
			long back = System.nanoTime();

			// At once, while most boards are still waiting to reconnect.
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> this.gateway
					.send(this.gateway.post("/api/v1/notices/" + cancelled + "/cancel", token(), "{}"))
					.statusCode() == 200);
			AtomicReference<String> issued = new AtomicReference<>();
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
				issued.set(issue("张楼恢复供电通知" + RUN_TAG));
				return true;
			});
			ledger.record("boards connected when the notice was cancelled and the new one issued", boards.connected());

			AtomicReference<Set<String>> inForce = new AtomicReference<>();
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				inForce.set(inForce());
				assertThat(boards.boards())
					.allMatch((board) -> board.isConnected() && board.shown().equals(inForce.get()));
			});
			ledger.recordMillis("every board exact again, after the service was ready",
					(System.nanoTime() - back) / 1_000_000);
			Set<String> expected = inForce.get();
			assertThat(expected).contains(issued.get()).doesNotContain(cancelled);
			assertThat(headlines(expected)).anyMatch((headline) -> headline.contains(itemName));
			int missing = 0;
			int extra = 0;
			int reconnected = 0;
			for (LeanBoards.Board board : boards.boards()) {
				Set<String> shown = board.shown();
				missing += shown.containsAll(expected) ? 0 : 1;
				Set<String> surplus = new HashSet<>(shown);
				surplus.removeAll(expected);
				extra += surplus.isEmpty() ? 0 : 1;
				reconnected += (board.connections() >= 2) ? 1 : 0;
			}
			ledger.record("boards reconnected", reconnected);
			ledger.record("notices in force at the end", expected.size());
			ledger.record("boards missing a notice in force (goal 0)", missing);
			ledger.record("boards still showing a cancelled notice (goal 0)", extra);
			assertThat(reconnected).isEqualTo(BOARDS);
		}
	}

	private String issue(String headline) {
		String body = "{\"headline\":\"" + headline + "\",\"description\":\"请相关群众按通知要求做好准备。\","
				+ "\"category\":\"Infra\",\"urgency\":\"Expected\",\"severity\":\"Moderate\",\"areaCodes\":[\"" + AREA
				+ "\"]}";
		var issued = this.gateway.send(this.gateway.post("/api/v1/notices", token(), body));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		return GatewayClient.json(issued).path("id").asString();
	}

	private void publishGuideForTheVillage(String name) {
		String code = "410471-FN" + RUN_TAG;
		var guide = guide(code, name);
		guide.putArray("localityCodes").add(AREA);
		var created = this.gateway.send(this.gateway.post("/api/v1/items", token(), guide.toString()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long version = GatewayClient.json(created).path("version").asLong();
		var published = this.gateway.send(this.gateway.post("/api/v1/items/" + code + "/publish", token(),
				"{\"version\":" + version + ",\"updateType\":\"MAJOR\",\"changeNote\":\"停机期间发布\"}"));
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
	}

	private List<JsonNode> inForceNotices() {
		var answer = getAsAdmin("/api/v1/notices?inForce=true&area=" + AREA + "&size=100");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return elements(GatewayClient.json(answer));
	}

	private Set<String> inForce() {
		Set<String> ids = new HashSet<>();
		inForceNotices().forEach((notice) -> ids.add(notice.path("id").asString()));
		return ids;
	}

	private List<String> headlines(Set<String> ids) {
		return inForceNotices().stream()
			.filter((notice) -> ids.contains(notice.path("id").asString()))
			.map((notice) -> notice.path("headline").asString())
			.toList();
	}

}
