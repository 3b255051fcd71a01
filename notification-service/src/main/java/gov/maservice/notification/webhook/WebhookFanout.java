package gov.maservice.notification.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

import gov.maservice.notification.changes.Change;
import gov.maservice.notification.changes.ChangeFilter;
import gov.maservice.notification.changes.ChangeRecorder;
import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.notification.support.CoalescingTask;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Turns recorded changes into one message per matching active endpoint, then marks the
 * change fanned out. Messages have deterministic ids, so a crash between the two steps,
 * or two instances doing the same change, creates nothing twice. Runs when this instance
 * records a change and on a timer (changes recorded by other instances), and also cleans
 * up messages and attempts older than the retention.
 */
final class WebhookFanout implements SmartLifecycle {

	private static final int BATCH = 500;

	private final ReactiveMongoTemplate mongo;

	private final ChangeRecorder recorder;

	private final LocalityDirectory directory;

	private final WebhookDispatcher dispatcher;

	private final WebhookProperties properties;

	private final Clock clock;

	private final CoalescingTask pass = new CoalescingTask("webhook fan-out", this::fanOut);

	private final CoalescingTask cleanup = new CoalescingTask("webhook cleanup", this::cleanUp);

	private volatile Disposable running;

	WebhookFanout(ReactiveMongoTemplate mongo, ChangeRecorder recorder, LocalityDirectory directory,
			WebhookDispatcher dispatcher, WebhookProperties properties, Clock clock) {
		this.mongo = mongo;
		this.recorder = recorder;
		this.directory = directory;
		this.dispatcher = dispatcher;
		this.properties = properties;
		this.clock = clock;
	}

	/** The ordering key of a change: per guide, notice or directory entry. */
	static String itemKey(Change change) {
		int dot = change.type().indexOf('.');
		return ((dot > 0) ? change.type().substring(0, dot) : change.type()) + ":" + change.subject();
	}

	private Mono<Void> fanOut() {
		Query open = Query.query(Criteria.where("fannedOut").is(false)).with(Sort.by("seq")).limit(BATCH);
		return this.mongo.find(open, Change.class).collectList().flatMap((changes) -> {
			if (changes.isEmpty()) {
				return Mono.empty();
			}
			return endpoints().flatMap((endpoints) -> Flux.fromIterable(changes)
				.concatMap((change) -> Flux.fromIterable(endpoints)
					.filter((endpoint) -> endpoint.getT2().matches(change))
					.concatMap((endpoint) -> create(endpoint.getT1(), change))
					.then(this.mongo.updateFirst(Query.query(Criteria.where("_id").is(change.id())),
							new Update().set("fannedOut", true), Change.class)))
				.then(Mono.fromRunnable(this.dispatcher::nudge)));
		}).then();
	}

	private Mono<List<Tuple2<Subscription, ChangeFilter>>> endpoints() {
		return this.mongo.find(Query.query(Criteria.where("status").is(SubscriptionStatus.ACTIVE)), Subscription.class)
			.concatMap((subscription) -> ChangeFilter
				.resolve(subscription.types(), subscription.departments(), subscription.localities(), this.directory)
				.map((filter) -> reactor.util.function.Tuples.of(subscription, filter)))
			.collectList();
	}

	private Mono<WebhookMessage> create(Subscription subscription, Change change) {
		WebhookMessage message = WebhookMessage.pending(subscription.id(), change.id(), change.seq(), itemKey(change),
				change.type(), change.event(), this.clock.instant());
		return this.mongo.insert(message).onErrorResume(DuplicateKeyException.class, (ex) -> Mono.empty());
	}

	private Mono<Void> cleanUp() {
		Instant before = this.clock.instant().minus(this.properties.retention());
		Query oldMessages = Query.query(Criteria.where("status")
			.in(MessageStatus.DELIVERED, MessageStatus.FAILED)
			.and("lastAttemptAt")
			.lt(before));
		Query oldAttempts = Query.query(Criteria.where("at").lt(before));
		return this.mongo.remove(oldMessages, WebhookMessage.class)
			.then(this.mongo.remove(oldAttempts, DeliveryAttempt.class))
			.then();
	}

	@Override
	public void start() {
		Disposable nudges = this.recorder.recorded().subscribe((change) -> this.pass.trigger());
		Disposable ticks = Flux.interval(Duration.ZERO, this.properties.pollInterval())
			.subscribe((tick) -> this.pass.trigger());
		Disposable sweeps = Flux.interval(Duration.ofMinutes(10)).subscribe((tick) -> this.cleanup.trigger());
		this.running = reactor.core.Disposables.composite(nudges, ticks, sweeps);
	}

	@Override
	public void stop() {
		Disposable current = this.running;
		if (current != null) {
			current.dispose();
		}
		this.running = null;
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

}
