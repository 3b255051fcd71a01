package gov.maservice.notification.outbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import gov.maservice.notification.support.CoalescingTask;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Relays the events an aggregate document keeps in its {@code pendingEvents} array to Kafka and
 * then pulls exactly those events out of the array. The event was written in the same
 * single-document update as the state change, so a crash before the send only delays it; a crash
 * after the send and before the pull sends it again, which consumers absorb by event id.
 * <p>
 * Several replicas may relay at once: each document is claimed with a findAndModify lease on
 * {@code outboxLeaseUntil}, so normally one replica sends a document's events.
 *
 * @param <T> the aggregate document type
 * @param <E> the event type kept in {@code pendingEvents}
 */
public final class OutboxRelay<T, E> {

	/** Array of not-yet-relayed events on every aggregate that uses the outbox. */
	public static final String PENDING_EVENTS = "pendingEvents";

	/** Until when a replica owns the document's pending events. */
	public static final String LEASE_UNTIL = "outboxLeaseUntil";

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/** Documents relayed at once; each document's own events still go out one after the other, in order. */
	private static final int CONCURRENCY = 8;

	private final Spec<T, E> spec;

	private final ReactiveMongoTemplate mongo;

	private final KafkaTemplate<String, Object> kafka;

	private final OutboxProperties properties;

	private final Clock clock;

	private final CoalescingTask task;

	public OutboxRelay(Spec<T, E> spec, ReactiveMongoTemplate mongo, KafkaTemplate<String, Object> kafka,
			OutboxProperties properties, Clock clock) {
		this.spec = spec;
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
		this.clock = clock;
		this.task = new CoalescingTask("outbox relay " + spec.topic(), this::relayPending);
	}

	/** Asks for a relay pass soon (after a write, or on the periodic tick). */
	public void nudge() {
		this.task.trigger();
	}

	/**
	 * One pass: claims documents with pending events, sends their events in order and pulls the
	 * sent ones. Sends run on a blocking-tolerant scheduler: a producer may block for metadata
	 * while the broker is away, and must never do so on a web server thread.
	 * @return the number of events sent
	 */
	public Mono<Long> relayPending() {
		Query candidates = new Query(Criteria.where(PENDING_EVENTS + ".0").exists(true)
			.orOperator(Criteria.where(LEASE_UNTIL).is(null), Criteria.where(LEASE_UNTIL).lt(this.clock.instant())))
			.limit(this.properties.batchSize());
		return this.mongo.find(candidates, this.spec.type())
			.flatMap((doc) -> claim(this.spec.idOf().apply(doc))
				.flatMap((claimed) -> sendAndPull(claimed).subscribeOn(Schedulers.boundedElastic())), CONCURRENCY)
			.reduce(0L, Long::sum);
	}

	private Mono<T> claim(String id) {
		var now = this.clock.instant();
		Query free = new Query(Criteria.where("_id").is(id)
			.orOperator(Criteria.where(LEASE_UNTIL).is(null), Criteria.where(LEASE_UNTIL).lt(now)));
		return this.mongo.findAndModify(free, new Update().set(LEASE_UNTIL, now.plus(this.properties.lease())),
				FindAndModifyOptions.options().returnNew(true), this.spec.type());
	}

	private Mono<Long> sendAndPull(T doc) {
		String id = this.spec.idOf().apply(doc);
		List<E> events = this.spec.pendingOf().apply(doc);
		return Flux.fromIterable(events)
			.concatMap((event) -> Mono.fromFuture(() -> this.kafka.send(this.spec.topic(), this.spec.keyOf().apply(event), event))
				.then(this.spec.afterSent().apply(event))
				.thenReturn(this.spec.eventIdOf().apply(event)))
			.collectList()
			.flatMap((sent) -> pull(id, sent).thenReturn((long) sent.size()))
			.onErrorResume((ex) -> {
				log.warn("Relaying events of {} to {} failed, will retry: {}", id, this.spec.topic(), ex.toString());
				return releaseLease(id).thenReturn(0L);
			});
	}

	private Mono<Void> pull(String id, List<UUID> sent) {
		Update update = new Update().pull(PENDING_EVENTS, new Document("eventId", new Document("$in", sent)))
			.unset(LEASE_UNTIL);
		return this.mongo.updateFirst(new Query(Criteria.where("_id").is(id)), update, this.spec.type()).then();
	}

	private Mono<Void> releaseLease(String id) {
		return this.mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().unset(LEASE_UNTIL),
				this.spec.type()).then();
	}

	/**
	 * What the relay needs to know about one kind of aggregate.
	 *
	 * @param type the document class (its collection holds the aggregates)
	 * @param topic where the events go
	 * @param idOf the document id
	 * @param pendingOf the document's pending events, oldest first
	 * @param eventIdOf an event's id (the array is pulled by it)
	 * @param keyOf the Kafka key of an event (the aggregate id, which keeps its events in order)
	 * @param afterSent run after an event was acknowledged by the broker and before it is pulled
	 * @param <T> the aggregate document type
	 * @param <E> the event type
	 */
	public record Spec<T, E>(Class<T> type, String topic, Function<T, String> idOf, Function<T, List<E>> pendingOf,
			Function<E, UUID> eventIdOf, Function<E, String> keyOf, Function<E, Mono<Void>> afterSent) {

		public Spec(Class<T> type, String topic, Function<T, String> idOf, Function<T, List<E>> pendingOf,
				Function<E, UUID> eventIdOf, Function<E, String> keyOf) {
			this(type, topic, idOf, pendingOf, eventIdOf, keyOf, (event) -> Mono.empty());
		}

	}

}
