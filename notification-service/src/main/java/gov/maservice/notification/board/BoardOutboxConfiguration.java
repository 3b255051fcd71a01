package gov.maservice.notification.board;

import java.time.Clock;

import gov.maservice.contracts.BoardEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.notification.outbox.OutboxProperties;
import gov.maservice.notification.outbox.OutboxRelay;
import gov.maservice.notification.support.CoalescingTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.TaskScheduler;

/**
 * Relays board liveness events to {@code notification.board-events.v1} (recording each in the
 * audit log once sent) and runs the offline sweep on every replica.
 */
@Configuration(proxyBeanMethods = false)
class BoardOutboxConfiguration {

	@Bean
	OutboxRelay<Board, BoardEvent> boardRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, Object> kafka,
			OutboxProperties properties, Clock clock) {
		return new OutboxRelay<>(new OutboxRelay.Spec<>(Board.class, Topics.BOARD_EVENTS, Board::id,
				Board::pendingEvents, BoardEvent::eventId, BoardEvent::boardId,
				(event) -> mongo.save(new BoardEventEntry(event.eventId().toString(), event.type(), event.boardId(),
						event.localityCode(), event.occurredAt(), event.lastSeen()))
					.then()),
				mongo, kafka, properties, clock);
	}

	@Bean
	BoardSchedules boardSchedules(OutboxRelay<Board, BoardEvent> boardRelay, BoardService boards,
			TaskScheduler scheduler, OutboxProperties outbox, BoardProperties properties) {
		return new BoardSchedules(boardRelay, new CoalescingTask("board sweep", boards::sweep), scheduler, outbox,
				properties);
	}

	record BoardSchedules(OutboxRelay<Board, BoardEvent> relay, CoalescingTask sweep, TaskScheduler scheduler,
			OutboxProperties outbox, BoardProperties properties) {

		@EventListener(ApplicationReadyEvent.class)
		void start() {
			this.scheduler.scheduleWithFixedDelay(this.relay::nudge, this.outbox.relayInterval());
			this.scheduler.scheduleWithFixedDelay(this.sweep::trigger, this.properties.sweepInterval());
		}

	}

}
