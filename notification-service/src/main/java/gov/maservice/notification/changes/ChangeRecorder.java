package gov.maservice.notification.changes;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

import gov.maservice.contracts.DirectoryEvent;
import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.NoticeEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.notification.locality.LocalityDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records guide, notice and directory events in the change log, once per cluster (group
 * {@code notification.changes.consumer-group}). An event already recorded (same id) is
 * skipped, so Kafka's redeliveries add nothing. The Kafka offset is committed only after
 * the entry is stored, so a crash re-reads rather than loses.
 */
@Component
public class ChangeRecorder {

	private static final Logger log = LoggerFactory.getLogger(ChangeRecorder.class);

	static final String SEQUENCE_COLLECTION = "change_sequence";

	private final ReactiveMongoTemplate mongo;

	private final LocalityDirectory directory;

	private final JsonMapper json;

	private final Clock clock;

	private final Sinks.Many<Change> recorded = Sinks.many().multicast().directBestEffort();

	ChangeRecorder(ReactiveMongoTemplate mongo, LocalityDirectory directory, JsonMapper json, Clock clock) {
		this.mongo = mongo;
		this.directory = directory;
		this.json = json;
		this.clock = clock;
	}

	@KafkaListener(id = "changes-guides", topics = Topics.GUIDE_EVENTS,
			groupId = "${notification.changes.consumer-group}")
	void onGuide(GuideEvent event) {
		record(event).block();
	}

	@KafkaListener(id = "changes-notices", topics = Topics.NOTICE_EVENTS,
			groupId = "${notification.changes.consumer-group}")
	void onNotice(NoticeEvent event) {
		record(event).block();
	}

	@KafkaListener(id = "changes-directory", topics = Topics.DIRECTORY_EVENTS,
			groupId = "${notification.changes.consumer-group}")
	void onDirectory(DirectoryEvent event) {
		record(event).block();
	}

	/** Records a guide, notice or directory event; empty when it is ignored or known. */
	public Mono<Change> record(Object event) {
		CloudEvents.Draft draft;
		if (event instanceof GuideEvent guide) {
			require(guide.eventId() != null && guide.itemCode() != null, guide.eventId());
			draft = CloudEvents.of(guide, this.directory.districtCode());
		}
		else if (event instanceof NoticeEvent notice) {
			require(notice.eventId() != null && notice.noticeId() != null, notice.eventId());
			draft = CloudEvents.of(notice);
		}
		else if (event instanceof DirectoryEvent entry) {
			require(entry.eventId() != null && entry.code() != null, entry.eventId());
			draft = CloudEvents.of(entry);
		}
		else {
			throw new IllegalArgumentException("Not a change event: " + event);
		}
		return (draft != null) ? record(draft) : Mono.empty();
	}

	private static void require(boolean valid, Object eventId) {
		if (!valid) {
			throw new IllegalArgumentException("Event without id or subject: " + eventId);
		}
	}

	private Mono<Change> record(CloudEvents.Draft draft) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(draft.id())), Change.class)
			.flatMap((known) -> known ? Mono.<reactor.util.function.Tuple2<List<String>, Long>>empty()
					: reach(draft.areas()).zipWith(nextSeq()))
			.flatMap((reachAndSeq) -> {
				Change change = new Change(draft.id(), reachAndSeq.getT2(), draft.type().value(), draft.subject(),
						draft.department(), draft.areas(), reachAndSeq.getT1(), draft.occurredAt(),
						this.clock.instant(), CloudEvents.json(this.json, draft), false);
				return this.mongo.insert(change);
			})
			.doOnNext((change) -> {
				log.debug("Recorded change {} #{} {}", change.type(), change.seq(), change.subject());
				this.recorded.tryEmitNext(change);
			})
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.empty());
	}

	private Mono<List<String>> reach(List<String> areas) {
		return Flux.fromIterable(areas).concatMap(this.directory::pathOf).collectList().map((paths) -> {
			Set<String> all = new LinkedHashSet<>();
			paths.forEach(all::addAll);
			return List.copyOf(all);
		});
	}

	private Mono<Long> nextSeq() {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is("changes")), new Update().inc("seq", 1L),
					FindAndModifyOptions.options().upsert(true).returnNew(true), org.bson.Document.class,
					SEQUENCE_COLLECTION)
			.map((doc) -> ((Number) doc.get("seq")).longValue());
	}

	/** Changes recorded by this instance, as they are stored (a nudge, not a source). */
	public Flux<Change> recorded() {
		return this.recorded.asFlux();
	}

}
