package gov.maservice.notification.board;

import gov.maservice.contracts.BoardEvent;
import gov.maservice.notification.support.CoalescingTask;
import gov.maservice.platform.outbox.OutboxCollection;
import gov.maservice.platform.outbox.OutboxProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.scheduling.TaskScheduler;

/**
 * Registers the boards with the platform outbox relay, which sends their liveness events
 * to {@code notification.board-events.v1} and records each in the audit log once the
 * broker has it; and runs the offline sweep on every replica.
 */
@Configuration(proxyBeanMethods = false)
class BoardOutboxConfiguration {

	@Bean
	OutboxCollection boardsOutbox(ReactiveMongoTemplate mongo, BoardService boards, JsonMapper jsonMapper,
			OutboxProperties outbox) {
		return OutboxCollection.of(mongo.getCollectionName(Board.class))
			.legacyEvents((stored) -> boards.pending(mongo.getConverter().read(BoardEvent.class, stored)))
			// Runs on the relay's own thread, which may wait; the entry is keyed by event
			// id, so a
			// resent event writes nothing new.
			.afterSent((sent) -> {
				BoardEvent event = jsonMapper.readValue(sent.payload(), BoardEvent.class);
				mongo
					.save(new BoardEventEntry(event.eventId().toString(), event.type(), event.boardId(),
							event.localityCode(), event.occurredAt(), event.lastSeen()))
					.block(outbox.sendTimeout());
			});
	}

	@Bean
	BoardSweepSchedule boardSweepSchedule(BoardService boards, TaskScheduler scheduler, BoardProperties properties) {
		return new BoardSweepSchedule(new CoalescingTask("board sweep", boards::sweep), scheduler, properties);
	}

	record BoardSweepSchedule(CoalescingTask sweep, TaskScheduler scheduler, BoardProperties properties) {

		@EventListener(ApplicationReadyEvent.class)
		void start() {
			this.scheduler.scheduleWithFixedDelay(this.sweep::trigger, this.properties.sweepInterval());
		}

	}

}
