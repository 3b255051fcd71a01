package gov.maservice.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.notification.BoardStream;
import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import gov.maservice.notification.layout.LedLayout;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What boards see: town-wide notices reach the town's villages and nobody else, cancels
 * and expiry remove notices, scheduled notices appear at their time and a board that was
 * away catches up on reconnect.
 */
class DeliveryIntegrationTests extends NotificationIntegrationTestSupport {

	@Test
	void townWideNoticeReachesVillageBoardAndNotAnotherTown() {
		JsonNode zhangcun = registerBoard("张村村委会LED屏", ZHANGCUN);
		JsonNode community = registerBoard("皇台第一社区LED屏", COMMUNITY);
		try (BoardStream village = stream(zhangcun); BoardStream elsewhere = stream(community)) {
			String id = issue(notice("遵化店镇全镇停电通知", TOWN)).path("id").asString();

			// Delivery, not speed: how fast boards get a notice is measured by the SSE
			// benchmark
			// (notification-service/bench), so a busy build machine cannot fail this
			// test.
			await().atMost(Duration.ofSeconds(30)).until(() -> village.shown(id));
			JsonNode shown = village.notices()
				.stream()
				.filter((n) -> id.equals(n.path("noticeId").asString()))
				.findFirst()
				.orElseThrow();
			assertThat(shown.path("headline").asString()).isEqualTo("遵化店镇全镇停电通知");
			assertThat(shown.path("version").asLong()).isEqualTo(1);
			assertThat(shown.path("urgent").asBoolean()).isFalse();
			assertThat(shown.path("lines").get(0).asString()).isEqualTo("遵化店镇全镇停电通知");

			String districtWide = issue(notice("全区公告", DISTRICT)).path("id").asString();
			await().atMost(Duration.ofSeconds(5))
				.until(() -> elsewhere.shown(districtWide) && village.shown(districtWide));
			assertThat(elsewhere.shown(id)).as("a board in another street never gets the town's notice").isFalse();
		}
	}

	@Test
	void cancelRemovesTheNoticeFromBoards() {
		JsonNode board = registerBoard("张楼广场LED屏", ZHANGLOU);
		try (BoardStream stream = stream(board)) {
			String id = issue(notice("临时交通管制", ZHANGLOU)).path("id").asString();
			await().atMost(Duration.ofSeconds(5)).until(() -> stream.shown(id));

			this.http.post()
				.uri("/api/v1/notices/{id}/cancel", id)
				.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.state")
				.isEqualTo("CANCELLED")
				.jsonPath("$.msgType")
				.isEqualTo("Cancel")
				.jsonPath("$.version")
				.isEqualTo(2);

			await().atMost(Duration.ofSeconds(5)).until(() -> stream.removed(id) && !stream.showing(id));
		}
		this.http.get()
			.uri("/api/v1/boards/{id}/notices", board.path("boardId").asString())
			.header(HttpHeaders.AUTHORIZATION, bearer(board.path("credential").asString()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.notices[?(@.headline == '临时交通管制')]")
			.doesNotExist();
	}

	@Test
	void boardDisconnectedDuringANoticeCatchesUpOnReconnect() {
		JsonNode board = registerBoard("屈庄LED屏", "410471100203");
		String boardId = board.path("boardId").asString();
		String credential = board.path("credential").asString();
		String earlier = issue(notice("屈庄防汛提示", "410471100203")).path("id").asString();
		String lastEventId;
		try (BoardStream stream = stream(board)) {
			await().atMost(Duration.ofSeconds(5)).until(() -> stream.shown(earlier));
			lastEventId = stream.lastEventId();
		}
		String missed = issue(notice("屈庄断网期间的新通知", TOWN)).path("id").asString();
		this.http.post()
			.uri("/api/v1/notices/{id}/cancel", earlier)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk();

		try (BoardStream again = BoardStream.open(baseUrl(), boardId, credential, lastEventId)) {
			await().atMost(Duration.ofSeconds(5)).until(() -> again.shown(missed) && again.removed(earlier));
			assertThat(again.showing(earlier)).isFalse();
			assertThat(Long.parseLong(again.lastEventId())).isGreaterThan(Long.parseLong(lastEventId));
		}
	}

	@Test
	void scheduledNoticeAppearsAtItsTimeAndLeavesAtExpiry() {
		JsonNode board = registerBoard("严村LED屏", "410471100204");
		try (BoardStream stream = stream(board)) {
			Instant effective = Instant.now().plusSeconds(2);
			String id = issue("""
					{"headline":"严村定时通知","areaCodes":["410471100204"],"effective":"%s","expires":"%s"}"""
				.formatted(effective, effective.plusSeconds(2))).path("id").asString();

			await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(2)).until(() -> !stream.shown(id));
			await().atMost(Duration.ofSeconds(4)).until(() -> stream.shown(id));
			assertThat(Instant.now()).isAfterOrEqualTo(effective);
			await().atMost(Duration.ofSeconds(5)).until(() -> stream.removed(id));
			assertThat(Instant.now()).isAfterOrEqualTo(effective.plusSeconds(2));
		}
		try (BoardStream later = stream(board)) {
			await().during(Duration.ofMillis(500))
				.atMost(Duration.ofSeconds(2))
				.until(() -> later.notices().stream().noneMatch((n) -> "严村定时通知".equals(n.path("headline").asString())));
		}
	}

	@Test
	void emergencyBroadcastIsUrgentWithADefaultExpiryAndUpdatesReplaceTheShownVersion() {
		JsonNode board = registerBoard("周湾LED屏", "410471100205", 8, 2);
		try (BoardStream stream = stream(board)) {
			JsonNode issued = issue("""
					{"headline":"紧急：暴雨红色预警 ABC-12345 请立即转移","urgency":"Immediate","severity":"Extreme",
					 "category":"Met","areaCodes":["%s"]}""".formatted(TOWN));
			String id = issued.path("id").asString();
			assertThat(issued.path("urgent").asBoolean()).isTrue();
			assertThat(Duration.between(Instant.parse(issued.path("effective").asString()),
					Instant.parse(issued.path("expires").asString())))
				.isEqualTo(Duration.ofHours(2));

			await().atMost(Duration.ofSeconds(5)).until(() -> stream.shown(id));
			JsonNode shown = stream.notices().get(stream.notices().size() - 1);
			assertThat(shown.path("urgent").asBoolean()).isTrue();
			shown.path("lines")
				.forEach((line) -> assertThat(LedLayout.width(line.asString())).as(line.asString())
					.isLessThanOrEqualTo(16));

			this.http.put()
				.uri("/api/v1/notices/{id}", id)
				.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("""
						{"headline":"暴雨预警已降为橙色","urgency":"Expected","severity":"Moderate","areaCodes":["%s"]}"""
					.formatted(TOWN))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.version")
				.isEqualTo(2)
				.jsonPath("$.msgType")
				.isEqualTo("Update")
				.jsonPath("$.references")
				.isEqualTo(id);
			await().atMost(Duration.ofSeconds(5))
				.until(() -> stream.notices()
					.stream()
					.anyMatch((n) -> id.equals(n.path("noticeId").asString()) && n.path("version").asLong() == 2
							&& "暴雨预警已降为橙色".equals(n.path("headline").asString())));
		}
	}

}
