package gov.maservice.notification.notice;

import gov.maservice.contracts.NoticeEvent;
import gov.maservice.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Registers the notices with the platform outbox relay, which sends their events to
 * {@code notification.notice-events.v1}. Notices stored by an earlier version kept their
 * events as {@code NoticeEvent} documents in {@code pendingEvents}; the relay moves them
 * once at start-up.
 */
@Configuration(proxyBeanMethods = false)
class NoticeOutboxConfiguration {

	@Bean
	OutboxCollection noticesOutbox(ReactiveMongoTemplate mongo, NoticeService notices) {
		return OutboxCollection.of(mongo.getCollectionName(Notice.class))
			.legacyEvents((stored) -> notices.pending(mongo.getConverter().read(NoticeEvent.class, stored), null));
	}

}
