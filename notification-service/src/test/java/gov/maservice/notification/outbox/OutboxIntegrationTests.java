package gov.maservice.notification.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.util.context.Context;

import gov.maservice.contracts.NoticeEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.notification.TopicReader;
import gov.maservice.notification.notice.Notice;
import gov.maservice.notification.notice.Category;
import gov.maservice.notification.notice.Certainty;
import gov.maservice.notification.notice.MsgType;
import gov.maservice.notification.notice.NoticeRequest;
import gov.maservice.notification.notice.NoticeService;
import gov.maservice.notification.notice.NoticeState;
import gov.maservice.notification.notice.NoticeStatus;
import gov.maservice.notification.notice.Severity;
import gov.maservice.notification.notice.Urgency;
import gov.maservice.platform.outbox.Outbox;
import gov.maservice.platform.outbox.OutboxRelay;
import gov.maservice.platform.requestid.RequestIds;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A crash between the store write and the send loses no event: the event written with the
 * notice (and never relayed, as if the instance died right after the write) is sent by a
 * relay that runs later, exactly once, and leaves the outbox empty. A notice stored by
 * the earlier version (its event as a {@code NoticeEvent} in {@code pendingEvents}) is
 * migrated and sent too.
 */
class OutboxIntegrationTests extends NotificationIntegrationTestSupport {

	@Autowired
	private EmbeddedKafkaBroker broker;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private Outbox outbox;

	@Autowired
	private NoticeService notices;

	@Test
	void eventWrittenBeforeACrashIsSentExactlyOnceAfterRestart() {
		Instant now = Instant.now();
		String id = "crash-" + UUID.randomUUID();
		var event = noticeEvent(id, now);
		var notice = new Notice(id, 1, NoticeState.ACTIVE, NoticeStatus.Actual, MsgType.Alert, null, Category.Other,
				"公告", Urgency.Unknown, Severity.Unknown, Certainty.Observed, "写入后崩溃的通知", null, null, List.of(TOWN), now,
				now.plusSeconds(600), false, "publisher", now, now, "api",
				List.of(this.outbox.event(Topics.NOTICE_EVENTS, id, event.type(), event.eventId(), now, event)));
		// The write, and no nudge: the instance "crashed" before relaying.
		this.mongo.insert(notice).block();

		this.relay.relayPending();
		this.relay.relayPending();

		assertSentOnce(id, event);
		assertThat(this.mongo.findById(id, Notice.class).block().outbox()).isEmpty();
	}

	@Test
	void eventStoredByTheEarlierVersionIsMigratedAndSentOnce() {
		Instant now = Instant.now();
		String id = "legacy-" + UUID.randomUUID();
		var event = noticeEvent(id, now);
		var notice = new Notice(id, 1, NoticeState.ACTIVE, NoticeStatus.Actual, MsgType.Alert, null, Category.Other,
				"公告", Urgency.Unknown, Severity.Unknown, Certainty.Observed, "升级前写入的通知", null, null, List.of(TOWN), now,
				now.plusSeconds(600), false, "publisher", now, now, "api", List.of());
		Document stored = new Document();
		this.mongo.getConverter().write(notice, stored);
		Document legacyEvent = new Document();
		this.mongo.getConverter().write(event, legacyEvent);
		legacyEvent.remove("_class");
		stored.put("pendingEvents", List.of(legacyEvent));
		stored.remove(Outbox.EVENTS);
		this.mongo.insert(stored, "notices").block();

		assertThat(this.relay.migrateLegacy()).isOne();
		this.relay.relayPending();

		assertSentOnce(id, event);
		Document after = this.mongo.findById(id, Document.class, "notices").block();
		assertThat(after).doesNotContainKey("pendingEvents");
		assertThat(after.getList(Outbox.EVENTS, Document.class)).isEmpty();
	}

	@Test
	void theEventCarriesTheIdOfTheRequestThatIssuedTheNotice() {
		String upstream = UUID.randomUUID().toString();
		String id = NoticeService.idForUpstreamEvent(upstream);
		var request = new NoticeRequest("带请求编号的通知", null, null, Category.Other, "公告", Urgency.Unknown, Severity.Unknown,
				Certainty.Observed, NoticeStatus.Actual, MsgType.Alert, null, List.of(TOWN), null, null);
		this.notices.issueOnce(upstream, request, "publisher", "api")
			.contextWrite(Context.of(RequestIds.MDC_KEY, "req-outbox-1"))
			.block();

		try (TopicReader topic = new TopicReader(this.broker.getBrokersAsString(), Topics.NOTICE_EVENTS)) {
			ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(10))
				.until(() -> topic.records().stream().filter((candidate) -> id.equals(candidate.key())).findFirst(),
						Optional::isPresent)
				.get();
			assertThat(new String(record.headers().lastHeader(RequestIds.KAFKA_HEADER).value(), StandardCharsets.UTF_8))
				.isEqualTo("req-outbox-1");
		}
	}

	private void assertSentOnce(String id, NoticeEvent event) {
		try (TopicReader topic = new TopicReader(this.broker.getBrokersAsString(), Topics.NOTICE_EVENTS)) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> topic.values().stream().anyMatch((value) -> id.equals(value.path("noticeId").asString())));
			await().during(Duration.ofSeconds(1))
				.atMost(Duration.ofSeconds(3))
				.until(() -> topic.values()
					.stream()
					.filter((value) -> event.eventId().toString().equals(value.path("eventId").asString()))
					.count() == 1);
		}
	}

	private static NoticeEvent noticeEvent(String id, Instant now) {
		return new NoticeEvent(UUID.randomUUID(), NoticeEvent.TYPE_ISSUED, now, id, 1, "Actual", "Alert", null, "Other",
				"Unknown", "Unknown", "写入后崩溃的通知", null, null, List.of(TOWN), now, now.plusSeconds(600), false);
	}

}
