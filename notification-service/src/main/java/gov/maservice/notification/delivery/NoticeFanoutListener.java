package gov.maservice.notification.delivery;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;

import gov.maservice.contracts.NoticeEvent;
import gov.maservice.contracts.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Every instance reads every notice event, in a consumer group of its own
 * ({@code notification-fanout-<instance id>}, starting at the latest offset), and pushes
 * the change to the boards connected to it. Whatever happened before its partitions were
 * assigned is picked up from the store right after the assignment.
 */
@Component
class NoticeFanoutListener implements ConsumerSeekAware {

	private final NoticeBook book;

	private final NoticeBookLoader loader;

	private final DeliveryProperties properties;

	NoticeFanoutListener(NoticeBook book, NoticeBookLoader loader, DeliveryProperties properties) {
		this.book = book;
		this.loader = loader;
		this.properties = properties;
	}

	/** The consumer group of this instance (used by the listener annotation). */
	public String getGroupId() {
		return this.properties.fanoutGroupId();
	}

	@KafkaListener(id = "notice-fanout", topics = Topics.NOTICE_EVENTS, groupId = "#{__listener.groupId}",
			properties = "auto.offset.reset=latest")
	void on(NoticeEvent event) {
		if (event.noticeId() == null || event.occurredAt() == null || event.effective() == null
				|| event.expires() == null) {
			throw new IllegalArgumentException("Incomplete notice event " + event.eventId());
		}
		this.book.apply(event);
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		this.loader.refresh();
	}

}
