package gov.maservice.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kafka broker killed (SIGKILL) while admins publish: every publish is still
 * acknowledged (the event waits in the item's outbox), and once run.sh has restarted the
 * broker every event reaches qr-service and notification-service exactly once.
 * <p>
 * What "reached, once" looks like from outside: qr-service mints one short link per item
 * when it applies the item's event, titled with the item's name from the event; a major
 * publication becomes one "办事指南更新" notice in force for the item's village. An event lost
 * shows as a missing link or notice, an event applied twice as a second one.
 */
class BrokerFaultIntegrationTests extends FaultSupport {

	private static final int ITEMS = 12;

	private static final int PUBLISHED_BEFORE_THE_KILL = 3;

	@Test
	void publishingKeepsWorkingAndEveryEventArrivesOnceAfterTheBrokerReturns() {
		FaultLedger ledger = new FaultLedger("Kafka broker killed (SIGKILL) while admins publish");
		Map<String, String> names = new HashMap<>();
		Map<String, Long> versions = new HashMap<>();
		for (int i = 0; i < ITEMS; i++) {
			String code = "410471-FB" + RUN_TAG + "-" + i;
			String name = "断网发布测试" + RUN_TAG + "第" + i + "项";
			var created = this.gateway.send(this.gateway.post("/api/v1/items", token(), guide(code, name).toString()));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			names.put(code, name);
			versions.put(code, GatewayClient.json(created).path("version").asLong());
		}
		List<String> codes = new ArrayList<>(names.keySet());
		int acknowledged = 0;
		long slowest = 0;
		for (int i = 0; i < ITEMS; i++) {
			if (i == PUBLISHED_BEFORE_THE_KILL) {
				this.parts.kill(StackParts.BROKER);
				ledger.record("faults injected", 1);
			}
			String code = codes.get(i);
			Timed<String> published = timed(this.gateway.post("/api/v1/items/" + code + "/publish", token(),
					"{\"version\":" + versions.get(code) + ",\"updateType\":\"MAJOR\",\"changeNote\":\"首次发布\"}"));
			assertThat(published.status())
				.as("publish with the broker %s: %s", (i < PUBLISHED_BEFORE_THE_KILL) ? "up" : "killed",
						published.describe())
				.isEqualTo(200);
			acknowledged++;
			slowest = Math.max(slowest, published.millis());
		}
		ledger.record("publications acknowledged", acknowledged);
		ledger.record("of which while the broker was down", ITEMS - PUBLISHED_BEFORE_THE_KILL);
		ledger.recordMillis("slowest publication", slowest);
		ledger.record("events expected at qr-service and at notification-service", 2L * ITEMS);

		this.parts.awaitReady(StackParts.BROKER, Duration.ofMinutes(2));
		long start = System.nanoTime();
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(linksByItem(names).values()).allMatch((count) -> count >= 1);
			assertThat(noticesByItem(names).values()).allMatch((count) -> count >= 1);
		});
		ledger.recordMillis("every event applied, after the broker was ready again",
				(System.nanoTime() - start) / 1_000_000);
		// Past one relay sweep (5 s), so a resent event would have arrived by now.
		sleep(Duration.ofSeconds(7));
		Map<String, Integer> links = linksByItem(names);
		Map<String, Integer> notices = noticesByItem(names);
		long lost = links.values().stream().filter((count) -> count == 0).count()
				+ notices.values().stream().filter((count) -> count == 0).count();
		long doubled = links.values().stream().filter((count) -> count > 1).count()
				+ notices.values().stream().filter((count) -> count > 1).count();
		ledger.record("qr-service: items with their link", links.values().stream().filter((c) -> c == 1).count());
		ledger.record("notification-service: items with their notice",
				notices.values().stream().filter((c) -> c == 1).count());
		ledger.record("events lost (goal 0)", lost);
		ledger.record("events applied twice (goal 0)", doubled);
		assertThat(lost).isZero();
		assertThat(doubled).isZero();
	}

	/**
	 * Per item code, how many short links qr-service holds for it with the event's name.
	 */
	private Map<String, Integer> linksByItem(Map<String, String> names) {
		Map<String, Integer> counts = new HashMap<>();
		names.keySet().forEach((code) -> counts.put(code, 0));
		for (int page = 0;; page++) {
			var answer = getAsAdmin("/api/v1/links?kind=ITEM&size=500&page=" + page);
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			List<JsonNode> links = elements(GatewayClient.json(answer));
			for (JsonNode link : links) {
				String code = link.path("targetCode").asString();
				if (names.containsKey(code) && link.path("localityCode").isNull()
						&& names.get(code).equals(link.path("title").asString())) {
					counts.merge(code, 1, Integer::sum);
				}
			}
			if (links.size() < 500) {
				return counts;
			}
		}
	}

	/**
	 * Per item code, how many guide-update notices for it are in force in its village.
	 */
	private Map<String, Integer> noticesByItem(Map<String, String> names) {
		Map<String, Integer> counts = new HashMap<>();
		names.keySet().forEach((code) -> counts.put(code, 0));
		var answer = getAsAdmin("/api/v1/notices?inForce=true&area=" + VILLAGE + "&size=100");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		for (JsonNode notice : elements(GatewayClient.json(answer))) {
			String headline = notice.path("headline").asString();
			names.forEach((code, name) -> {
				if (headline.contains(name)) {
					counts.merge(code, 1, Integer::sum);
				}
			});
		}
		return counts;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
