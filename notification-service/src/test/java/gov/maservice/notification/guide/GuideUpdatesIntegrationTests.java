package gov.maservice.notification.guide;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.contracts.UpdateType;
import gov.maservice.notification.BoardStream;
import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.notification.notice.NoticeService;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Major guide publications from the catalog reach the boards of the localities that offer
 * the item, once; minor updates never do.
 */
class GuideUpdatesIntegrationTests extends NotificationIntegrationTestSupport {

	@Test
	void majorPublishReachesBoardsOfTheItemsLocalitiesExactlyOnce() {
		JsonNode offering = registerBoard("张村便民服务站屏", ZHANGCUN);
		JsonNode notOffering = registerBoard("皇台社区服务站屏", COMMUNITY);
		try (BoardStream village = stream(offering); BoardStream community = stream(notOffering)) {
			GuideEvent event = guideEvent("410471-XK00101-001", "食品经营许可（新办）", List.of(ZHANGCUN, ZHANGLOU),
					UpdateType.MAJOR, "申请材料减少为3项，承诺时限缩短为5个工作日");
			this.kafka.send(Topics.GUIDE_EVENTS, event.itemCode(), event);
			this.kafka.send(Topics.GUIDE_EVENTS, event.itemCode(), event);
			String noticeId = NoticeService.idForUpstreamEvent(event.eventId().toString());

			await().atMost(Duration.ofSeconds(10)).until(() -> village.shown(noticeId));
			JsonNode shown = village.notices()
				.stream()
				.filter((n) -> noticeId.equals(n.path("noticeId").asString()))
				.findFirst()
				.orElseThrow();
			assertThat(shown.path("headline").asString()).isEqualTo("办事指南更新：食品经营许可（新办）");
			assertThat(shown.path("description").asString()).contains("申请材料减少为3项");
			assertThat(shown.path("instruction").asString()).contains("/g/410471-XK00101-001");
			await().during(Duration.ofSeconds(1)).until(() -> !community.shown(noticeId));
			assertThat(this.mongo.count(Query.query(Criteria.where("source").is("guide:410471-XK00101-001")), "notices")
				.block()).isEqualTo(1);
		}
	}

	@Test
	void minorUpdatesNeverBecomeNotices() {
		JsonNode board = registerBoard("张楼便民服务站屏", ZHANGLOU);
		try (BoardStream stream = stream(board)) {
			GuideEvent minor = guideEvent("410471-XK00102-001", "个体工商户登记", List.of(ZHANGLOU), UpdateType.MINOR, null);
			GuideEvent major = guideEvent("410471-XK00103-001", "城乡居民医保参保登记", List.of(ZHANGLOU), UpdateType.MAJOR,
					"新增线上办理渠道");
			this.kafka.send(Topics.GUIDE_EVENTS, minor.itemCode(), minor);
			this.kafka.send(Topics.GUIDE_EVENTS, major.itemCode(), major);

			String majorNotice = NoticeService.idForUpstreamEvent(major.eventId().toString());
			await().atMost(Duration.ofSeconds(10)).until(() -> stream.shown(majorNotice));
			assertThat(stream.shown(NoticeService.idForUpstreamEvent(minor.eventId().toString()))).isFalse();
			assertThat(this.mongo.count(Query.query(Criteria.where("source").is("guide:410471-XK00102-001")), "notices")
				.block()).isZero();
		}
	}

	@Test
	void itemsWithoutLocalitiesGoToTheWholeDistrict() {
		JsonNode board = registerBoard("皇台第二社区屏", "410471001002");
		try (BoardStream stream = stream(board)) {
			GuideEvent hallOnly = guideEvent("410471-XK00104-001", "不动产登记", List.of(), UpdateType.MAJOR, "材料调整");
			this.kafka.send(Topics.GUIDE_EVENTS, hallOnly.itemCode(), hallOnly);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> stream.shown(NoticeService.idForUpstreamEvent(hallOnly.eventId().toString())));
		}
	}

	private static GuideEvent guideEvent(String itemCode, String name, List<String> localities, UpdateType type,
			String note) {
		return new GuideEvent(UUID.randomUUID(), GuideEvent.TYPE_UPDATED, Instant.now(), itemCode, 3, 2, name, "scjgj",
				localities, type, note, null);
	}

}
