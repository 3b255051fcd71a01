package gov.maservice.notification.locality;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import gov.maservice.contracts.DirectoryEvent;
import gov.maservice.contracts.Topics;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the locality projection current. One instance per cluster does the work (shared
 * group {@code notification-service}); a version at or below the stored one is dropped,
 * so replays and duplicates change nothing.
 */
@Component
class DirectoryEventListener {

	private static final Logger log = LoggerFactory.getLogger(DirectoryEventListener.class);

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	DirectoryEventListener(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@KafkaListener(id = "locality-projection", topics = Topics.DIRECTORY_EVENTS, groupId = "notification-service")
	void on(DirectoryEvent event) {
		apply(event).block();
	}

	Mono<Boolean> apply(DirectoryEvent event) {
		if (!DirectoryEvent.TYPE_LOCALITY_CHANGED.equals(event.type())) {
			return Mono.just(false);
		}
		if (event.code() == null || !event.code().matches(LocalityDirectory.CODE_PATTERN)) {
			throw new IllegalArgumentException("Directory event without a valid code: " + event.eventId());
		}
		Query newer = new Query(Criteria.where("_id").is(event.code()).and("version").lt(event.version()));
		Update update = new Update().set("version", event.version())
			.set("name", event.name())
			.set("level", event.level())
			.set("parentCode", event.parentCode())
			.set("updatedAt", this.clock.instant());
		return this.mongo.findAndModify(newer, update, FindAndModifyOptions.options().upsert(true), Locality.class)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> {
				log.debug("Dropped stale directory event {} for {}", event.eventId(), event.code());
				return Mono.just(false);
			});
	}

}
