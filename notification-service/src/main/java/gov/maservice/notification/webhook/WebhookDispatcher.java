package gov.maservice.notification.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import gov.maservice.notification.support.CoalescingTask;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Calls endpoints with their due messages. Each pass reads the pending messages oldest
 * first and starts, per endpoint and item, only the oldest one (so per item the receiver
 * sees changes in order), if the endpoint's bulkhead has room and its circuit breaker
 * lets calls through. A message is claimed with a lease by a conditional update before
 * the call, and its result is written only while the lease is held; calls run on the HTTP
 * client's event loops, so a slow endpoint ties up its own bulkhead, nothing else.
 */
final class WebhookDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private final ReactiveMongoTemplate mongo;

	private final WebhookProperties properties;

	private final WebhookSender sender;

	private final Clock clock;

	private final String instanceId = UUID.randomUUID().toString();

	private final CircuitBreakerRegistry breakers;

	private final Map<String, Bulkhead> bulkheads = new ConcurrentHashMap<>();

	private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

	private final CoalescingTask pass = new CoalescingTask("webhook dispatch", this::dispatch);

	private final WebhookNotices notices;

	private volatile Disposable ticker;

	WebhookDispatcher(ReactiveMongoTemplate mongo, WebhookProperties properties, WebhookSender sender,
			WebhookNotices notices, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.sender = sender;
		this.notices = notices;
		this.clock = clock;
		this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.breaker().failureRateThreshold())
			.minimumNumberOfCalls(properties.breaker().minimumCalls())
			.slidingWindowSize(Math.max(properties.breaker().minimumCalls(), 10))
			.waitDurationInOpenState(properties.breaker().openFor())
			.permittedNumberOfCallsInHalfOpenState(1)
			.build());
	}

	/** Runs a pass now (or once more after the current one). */
	void nudge() {
		this.pass.trigger();
	}

	/** The circuit breaker state of an endpoint, for its view. */
	String circuitState(String subscriptionId) {
		return this.breakers.find(subscriptionId).map((breaker) -> breaker.getState().name()).orElse("CLOSED");
	}

	/** Forgets an endpoint's breaker and bulkhead (deleted, or resumed by its owner). */
	void reset(String subscriptionId) {
		this.breakers.find(subscriptionId).ifPresent(CircuitBreaker::reset);
	}

	private Mono<Void> dispatch() {
		Instant now = this.clock.instant();
		Query pending = Query.query(Criteria.where("status").is(MessageStatus.PENDING))
			.with(Sort.by("seq", "createdAt"))
			.limit(this.properties.scanLimit());
		pending.fields().exclude("body");
		return this.mongo.findAll(Subscription.class)
			.collectMap(Subscription::id)
			.zipWith(this.mongo.find(pending, WebhookMessage.class).collectList())
			.doOnNext((both) -> {
				Set<String> items = new HashSet<>();
				for (WebhookMessage message : both.getT2()) {
					if (!items.add(message.subscriptionId() + "|" + message.itemKey())) {
						continue;
					}
					Subscription subscription = both.getT1().get(message.subscriptionId());
					if (subscription != null && subscription.status() == SubscriptionStatus.ACTIVE
							&& !message.nextAttemptAt().isAfter(now) && !message.leaseUntil().isAfter(now)
							&& !this.inFlight.contains(message.id())) {
						start(message, subscription, now);
					}
				}
			})
			.then();
	}

	private void start(WebhookMessage message, Subscription subscription, Instant now) {
		Bulkhead bulkhead = this.bulkheads.computeIfAbsent(subscription.id(),
				(id) -> Bulkhead.of(id,
						BulkheadConfig.custom()
							.maxConcurrentCalls(this.properties.maxConcurrentPerEndpoint())
							.maxWaitDuration(Duration.ZERO)
							.build()));
		if (!bulkhead.tryAcquirePermission()) {
			return;
		}
		CircuitBreaker breaker = this.breakers.circuitBreaker(subscription.id());
		if (!breaker.tryAcquirePermission()) {
			bulkhead.onComplete();
			return;
		}
		this.inFlight.add(message.id());
		// Long enough for the call and the write of its result; a crashed instance's
		// claim
		// runs out after this and another instance calls again.
		Duration margin = this.properties.timeout().dividedBy(2);
		Duration lease = this.properties.timeout().plus(this.properties.connectTimeout()).plus(margin);
		Query free = Query.query(Criteria.where("_id")
			.is(message.id())
			.and("status")
			.is(MessageStatus.PENDING)
			.and("leaseUntil")
			.lte(now));
		Update claim = new Update().set("leaseOwner", this.instanceId).set("leaseUntil", now.plus(lease));
		long started = System.nanoTime();
		this.mongo.findAndModify(free, claim, FindAndModifyOptions.options().returnNew(true), WebhookMessage.class)
			.switchIfEmpty(Mono.fromRunnable(breaker::releasePermission))
			.flatMap((claimed) -> this.sender
				.send(subscription.url(), claimed.webhookId(), subscription.signingSecrets(this.clock.instant()),
						claimed.body(), this.clock.instant())
				.flatMap((outcome) -> {
					long nanos = System.nanoTime() - started;
					if (outcome.success()) {
						breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
					}
					else {
						breaker.onError(nanos, TimeUnit.NANOSECONDS, new IOException(outcome.describe()));
					}
					return record(claimed, subscription, outcome);
				}))
			.doFinally((signal) -> {
				this.inFlight.remove(message.id());
				bulkhead.onComplete();
				this.pass.trigger();
			})
			.subscribe(null, (ex) -> log.warn("Webhook delivery of {} failed: {}", message.id(), ex.toString()));
	}

	private Mono<Void> record(WebhookMessage message, Subscription subscription, WebhookSender.Outcome outcome) {
		Instant now = this.clock.instant();
		int attempt = message.attempts() + 1;
		DeliveryAttempt entry = new DeliveryAttempt(UUID.randomUUID().toString(), message.subscriptionId(),
				message.id(), message.webhookId(), message.type(), attempt, now, outcome.statusCode(),
				outcome.latencyMs(), outcome.excerpt(), outcome.error(), outcome.success());
		Update update = new Update().set("attempts", attempt)
			.set("lastAttemptAt", now)
			.set("lastStatusCode", outcome.statusCode())
			.set("lastError", outcome.error())
			.set("leaseOwner", null)
			.set("leaseUntil", Instant.EPOCH);
		if (outcome.success()) {
			update.set("status", MessageStatus.DELIVERED).set("deliveredAt", now);
		}
		else if (outcome.gone()) {
			update.set("status", MessageStatus.FAILED);
		}
		else {
			Instant next = now.plus(backoff(attempt));
			if (next.isAfter(message.queuedAt().plus(this.properties.retry().maxAge()))) {
				update.set("status", MessageStatus.FAILED);
			}
			else {
				update.set("nextAttemptAt", next);
			}
		}
		Query held = Query.query(Criteria.where("_id").is(message.id()).and("leaseOwner").is(this.instanceId));
		return this.mongo.insert(entry)
			.then(this.mongo.updateFirst(held, update, WebhookMessage.class))
			.then(health(subscription, outcome, now));
	}

	private Mono<Void> health(Subscription subscription, WebhookSender.Outcome outcome, Instant now) {
		Query byId = Query.query(Criteria.where("_id").is(subscription.id()));
		if (outcome.success()) {
			return this.mongo
				.updateFirst(byId, new Update().set("lastSuccessAt", now).unset("failingSince"), Subscription.class)
				.then();
		}
		if (outcome.gone()) {
			return this.notices.disable(subscription, "The receiver answered 410 Gone");
		}
		Query healthy = Query.query(Criteria.where("_id").is(subscription.id()).and("failingSince").is(null));
		Mono<Void> mark = this.mongo.updateFirst(healthy, new Update().set("failingSince", now), Subscription.class)
			.then();
		if (subscription.failingSince() != null
				&& subscription.failingSince().plus(this.properties.disableAfter()).isBefore(now)) {
			return mark.then(this.notices.disable(subscription,
					"Every call failed since " + subscription.failingSince() + " (last: " + outcome.describe() + ")"));
		}
		return mark;
	}

	/** The wait after the n-th failed call: exponential, capped, with jitter. */
	Duration backoff(int failures) {
		WebhookProperties.Retry retry = this.properties.retry();
		double base = retry.initialDelay().toMillis() * Math.pow(retry.multiplier(), Math.max(0, failures - 1));
		double capped = Math.min(base, retry.maxDelay().toMillis());
		double spread = capped * retry.jitter();
		double jittered = capped + ((spread > 0) ? ThreadLocalRandom.current().nextDouble(-spread, spread) : 0);
		return Duration.ofMillis(Math.max(1, (long) jittered));
	}

	@Override
	public void start() {
		this.ticker = Flux.interval(this.properties.pollInterval()).subscribe((tick) -> this.pass.trigger());
	}

	@Override
	public void stop() {
		Disposable current = this.ticker;
		if (current != null) {
			current.dispose();
		}
		this.ticker = null;
	}

	@Override
	public boolean isRunning() {
		return this.ticker != null;
	}

}
