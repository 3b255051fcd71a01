package gov.maservice.notification.notice;

import java.time.Clock;

import gov.maservice.contracts.NoticeEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.notification.outbox.OutboxProperties;
import gov.maservice.notification.outbox.OutboxRelay;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.TaskScheduler;

/**
 * The relay of notice events to {@code notification.notice-events.v1}: nudged after every write,
 * and on a timer to pick up what a crash or a broker outage left behind.
 */
@Configuration(proxyBeanMethods = false)
class NoticeOutboxConfiguration {

	@Bean
	OutboxRelay<Notice, NoticeEvent> noticeRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, Object> kafka,
			OutboxProperties properties, Clock clock) {
		return new OutboxRelay<>(new OutboxRelay.Spec<>(Notice.class, Topics.NOTICE_EVENTS, Notice::id,
				Notice::pendingEvents, NoticeEvent::eventId, NoticeEvent::noticeId), mongo, kafka, properties, clock);
	}

	@Bean
	NoticeRelaySchedule noticeRelaySchedule(OutboxRelay<Notice, NoticeEvent> noticeRelay, TaskScheduler scheduler,
			OutboxProperties properties) {
		return new NoticeRelaySchedule(noticeRelay, scheduler, properties);
	}

	record NoticeRelaySchedule(OutboxRelay<Notice, NoticeEvent> relay, TaskScheduler scheduler,
			OutboxProperties properties) {

		@EventListener(ApplicationReadyEvent.class)
		void start() {
			this.scheduler.scheduleWithFixedDelay(this.relay::nudge, this.properties.relayInterval());
		}

	}

}
