package gov.maservice.notification.guide;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.notification.notice.Category;
import gov.maservice.notification.notice.Certainty;
import gov.maservice.notification.notice.MsgType;
import gov.maservice.notification.notice.NoticeRequest;
import gov.maservice.notification.notice.NoticeService;
import gov.maservice.notification.notice.NoticeStatus;
import gov.maservice.notification.notice.Severity;
import gov.maservice.notification.notice.Urgency;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns each major guide publication into one "办事指南更新" notice for the boards of the
 * localities that offer the item. The work is done once per cluster (shared group
 * {@code notification-service}); the notice id is derived from the event id, so a
 * redelivered event issues nothing new. Minor updates and withdrawals never become
 * notices.
 * <p>
 * An item delegated to no locality is handled at the district hall; by default its update
 * goes to every board (the district code), or to none with
 * {@code notification.guide-updates.no-locality-target=SKIP}.
 */
@Component
class GuideEventListener {

	static final String SENDER = "maservice-catalog";

	private static final Logger log = LoggerFactory.getLogger(GuideEventListener.class);

	private static final int HEADLINE_LIMIT = 140;

	private final NoticeService notices;

	private final LocalityDirectory directory;

	private final GuideUpdateProperties properties;

	private final Clock clock;

	GuideEventListener(NoticeService notices, LocalityDirectory directory, GuideUpdateProperties properties,
			Clock clock) {
		this.notices = notices;
		this.directory = directory;
		this.properties = properties;
		this.clock = clock;
	}

	@KafkaListener(id = "guide-updates", topics = Topics.GUIDE_EVENTS, groupId = "notification-service")
	void on(GuideEvent event) {
		handle(event).block();
	}

	Mono<Boolean> handle(GuideEvent event) {
		if (!this.properties.enabled() || !event.isNotifiable()) {
			return Mono.just(false);
		}
		if (event.eventId() == null || event.itemCode() == null || event.itemName() == null) {
			throw new IllegalArgumentException("Guide event without id, item code or name: " + event.eventId());
		}
		List<String> areas = event.localityCodes();
		if (areas.isEmpty()) {
			if (this.properties.noLocalityTarget() == GuideUpdateProperties.NoLocalityTarget.SKIP) {
				return Mono.just(false);
			}
			areas = List.of(this.directory.districtCode());
		}
		var request = new NoticeRequest(headline(event.itemName()), description(event), instruction(event.itemCode()),
				Category.Other, "办事指南更新", Urgency.Future, Severity.Minor, Certainty.Observed, NoticeStatus.Actual,
				MsgType.Alert, null, areas, null, this.clock.instant().plus(this.properties.validity()));
		return this.notices.issueOnce(event.eventId().toString(), request, SENDER, "guide:" + event.itemCode())
			.doOnNext((issued) -> log.info("Guide event {} for {}: notice {}", event.eventId(), event.itemCode(),
					issued ? "issued" : "already issued"));
	}

	private static String headline(String itemName) {
		String prefix = "办事指南更新：";
		String name = itemName.strip();
		int room = HEADLINE_LIMIT - prefix.length();
		return prefix + ((name.length() > room) ? name.substring(0, room - 1) + "…" : name);
	}

	private static String description(GuideEvent event) {
		String note = (event.changeNote() != null && !event.changeNote().isBlank()) ? event.changeNote().strip() : null;
		String text;
		if (GuideEvent.TYPE_PUBLISHED.equals(event.type())) {
			text = "“" + event.itemName().strip() + "”办事指南已发布。" + ((note != null) ? note : "");
		}
		else {
			text = "“" + event.itemName().strip() + "”办事指南已更新（第" + event.edition() + "版）。"
					+ ((note != null) ? "更新说明：" + note : "");
		}
		return (text.length() > 2000) ? text.substring(0, 1999) + "…" : text;
	}

	private static String instruction(String itemCode) {
		return "扫描二维码或访问 /g/" + itemCode + " 查看最新办事指南";
	}

}
