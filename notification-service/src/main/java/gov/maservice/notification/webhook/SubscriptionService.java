package gov.maservice.notification.webhook;

import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import gov.maservice.notification.changes.Change;
import gov.maservice.notification.changes.ChangeFilter;
import gov.maservice.notification.changes.ChangeType;
import gov.maservice.notification.changes.CloudEvents;
import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.platform.collection.CollectionPage;
import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Subscriptions and their delivery log, with the owner's rights checked on every call: an
 * API key sees only its own subscriptions, and another's answers 404 as if it did not
 * exist.
 */
@Service
class SubscriptionService {

	private static final int REDELIVER_LIMIT = 10_000;

	private final ReactiveMongoTemplate mongo;

	private final TargetGuard guard;

	private final LocalityDirectory directory;

	private final WebhookDispatcher dispatcher;

	private final WebhookProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	SubscriptionService(ReactiveMongoTemplate mongo, TargetGuard guard, LocalityDirectory directory,
			WebhookDispatcher dispatcher, WebhookProperties properties, JsonMapper json, Clock clock) {
		this.mongo = mongo;
		this.guard = guard;
		this.directory = directory;
		this.dispatcher = dispatcher;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	Mono<SubscriptionView> create(SubscriptionRequest request, Caller caller) {
		return validate(request).then(ownerRoom(caller)).then(Mono.defer(() -> {
			Instant now = this.clock.instant();
			String secret = WebhookSignatures.newSecret();
			Subscription subscription = new Subscription(UUID.randomUUID().toString().replace("-", ""),
					request.url().strip(), List.copyOf(request.types()), request.departments(), request.localities(),
					(request.status() != null) ? request.status() : SubscriptionStatus.ACTIVE, null, caller.owner(),
					request.description(), List.of(new Subscription.SigningSecret(secret, null)), now, null, null);
			return this.mongo.insert(subscription).map((saved) -> view(saved).withSecret(secret, null));
		}));
	}

	Mono<CollectionPage<SubscriptionView>> list(Caller caller, int page, int size, URI uri) {
		Query query = caller.admin() ? new Query() : Query.query(Criteria.where("owner").is(caller.owner()));
		return this.mongo.count(query, Subscription.class)
			.zipWith(this.mongo
				.find(Query.of(query).with(Sort.by("createdAt", "_id")).skip((long) page * size).limit(size),
						Subscription.class)
				.map(this::view)
				.collectList())
			.map((both) -> CollectionPage.ofPage(both.getT2(), page, size, both.getT1(), uri));
	}

	Mono<Subscription> find(String id, Caller caller) {
		return this.mongo.findById(id, Subscription.class)
			.filter(caller::owns)
			.switchIfEmpty(Mono.error(() -> Problems.notFound("Subscription", id)));
	}

	Mono<SubscriptionView> get(String id, Caller caller) {
		return find(id, caller).map(this::view);
	}

	Mono<SubscriptionView> replace(String id, SubscriptionRequest request, Caller caller) {
		return find(id, caller).flatMap((current) -> validate(request).then(Mono.defer(() -> {
			SubscriptionStatus status = (request.status() != null) ? request.status() : current.status();
			Update update = new Update().set("url", request.url().strip())
				.set("types", List.copyOf(request.types()))
				.set("departments", (request.departments() != null) ? request.departments() : List.of())
				.set("localities", (request.localities() != null) ? request.localities() : List.of())
				.set("description", request.description())
				.set("status", status);
			if (status != SubscriptionStatus.DISABLED) {
				update.set("statusReason", null).unset("failingSince");
				this.dispatcher.reset(id);
			}
			return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, Subscription.class)
				.then(get(id, caller))
				.doOnNext((view) -> this.dispatcher.nudge());
		})));
	}

	Mono<Void> delete(String id, Caller caller) {
		return find(id, caller)
			.flatMap((subscription) -> this.mongo.remove(subscription)
				.then(this.mongo.remove(Query.query(Criteria.where("subscriptionId").is(id)), WebhookMessage.class))
				.then(this.mongo.remove(Query.query(Criteria.where("subscriptionId").is(id)), DeliveryAttempt.class)))
			.doOnNext((removed) -> this.dispatcher.reset(id))
			.then();
	}

	Mono<SubscriptionView> rotate(String id, Caller caller) {
		return find(id, caller).flatMap((subscription) -> {
			Instant now = this.clock.instant();
			Instant graceEnd = now.plus(this.properties.secretGrace());
			String secret = WebhookSignatures.newSecret();
			List<Subscription.SigningSecret> secrets = new ArrayList<>();
			secrets.add(new Subscription.SigningSecret(secret, null));
			for (Subscription.SigningSecret old : subscription.secrets()) {
				if (old.notAfter() == null) {
					secrets.add(new Subscription.SigningSecret(old.value(), graceEnd));
				}
				else if (old.notAfter().isAfter(now)) {
					secrets.add(old);
				}
			}
			return this.mongo
				.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("secrets", secrets),
						Subscription.class)
				.then(get(id, caller))
				.map((view) -> view.withSecret(secret, graceEnd));
		});
	}

	Mono<CollectionPage<DeliveryAttempt>> attempts(String id, Caller caller, int page, int size, URI uri) {
		Query query = Query.query(Criteria.where("subscriptionId").is(id));
		return find(id, caller).then(this.mongo.count(query, DeliveryAttempt.class))
			.zipWith(this.mongo
				.find(Query.of(query).with(Sort.by(Sort.Direction.DESC, "at")).skip((long) page * size).limit(size),
						DeliveryAttempt.class)
				.collectList())
			.map((both) -> CollectionPage.ofPage(both.getT2(), page, size, both.getT1(), uri));
	}

	Mono<CollectionPage<MessageView>> messages(String id, MessageStatus status, Caller caller, int page, int size,
			URI uri) {
		Criteria criteria = Criteria.where("subscriptionId").is(id);
		if (status != null) {
			criteria = criteria.and("status").is(status);
		}
		Query query = Query.query(criteria);
		Query pageQuery = Query.of(query)
			.with(Sort.by(Sort.Direction.DESC, "seq", "createdAt"))
			.skip((long) page * size)
			.limit(size);
		pageQuery.fields().exclude("body");
		return find(id, caller).then(this.mongo.count(query, WebhookMessage.class))
			.zipWith(this.mongo.find(pageQuery, WebhookMessage.class).map(MessageView::of).collectList())
			.map((both) -> CollectionPage.ofPage(both.getT2(), page, size, both.getT1(), uri));
	}

	Mono<QueuedView> redeliver(String id, String messageId, Caller caller) {
		Query query = Query.query(Criteria.where("_id").is(messageId).and("subscriptionId").is(id));
		return find(id, caller).then(this.mongo.updateFirst(query, requeue(), WebhookMessage.class))
			.flatMap((result) -> (result.getMatchedCount() == 0) ? Mono.error(Problems.notFound("Message", messageId))
					: Mono.just(new QueuedView(1, null)))
			.doOnNext((queued) -> this.dispatcher.nudge());
	}

	Mono<QueuedView> redeliverSince(String id, Instant since, Caller caller) {
		if (since.isAfter(this.clock.instant())) {
			throw Problems.invalid("since is in the future", List.of(new FieldMessage("since", "must be in the past")));
		}
		return find(id, caller).flatMap((subscription) -> ChangeFilter
			.resolve(subscription.types(), subscription.departments(), subscription.localities(), this.directory)
			.flatMap((filter) -> this.mongo
				.find(Query.query(Criteria.where("recordedAt").gte(since)).with(Sort.by("seq")).limit(REDELIVER_LIMIT),
						Change.class)
				.filter(filter::matches)
				.concatMap((change) -> upsert(subscription, change))
				.count()))
			.map((count) -> new QueuedView(count.intValue(), null))
			.doOnNext((queued) -> this.dispatcher.nudge());
	}

	private Mono<Boolean> upsert(Subscription subscription, Change change) {
		WebhookMessage message = WebhookMessage.pending(subscription.id(), change.id(), change.seq(),
				WebhookFanout.itemKey(change), change.type(), change.event(), this.clock.instant());
		return this.mongo.insert(message)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class,
					(ex) -> this.mongo
						.updateFirst(Query.query(Criteria.where("_id").is(message.id())), requeue(),
								WebhookMessage.class)
						.thenReturn(true));
	}

	private Update requeue() {
		Instant now = this.clock.instant();
		return new Update().set("status", MessageStatus.PENDING).set("nextAttemptAt", now).set("queuedAt", now);
	}

	Mono<QueuedView> test(String id, Caller caller) {
		return find(id, caller).flatMap((subscription) -> {
			if (subscription.status() != SubscriptionStatus.ACTIVE) {
				return Mono.error(Problems.conflict("The subscription is " + subscription.status()
						+ ": set it ACTIVE before sending a test event"));
			}
			Instant now = this.clock.instant();
			String webhookId = "test_" + UUID.randomUUID().toString().replace("-", "");
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("subscriptionId", subscription.id());
			data.put("message", "这是一条测试事件 (test event)");
			String body = CloudEvents.json(this.json, new CloudEvents.Draft(webhookId, null,
					CloudEvents.NOTIFICATION_SOURCE, "webhook/" + subscription.id(), null, List.of(), now, data));
			WebhookMessage message = WebhookMessage.pending(subscription.id(), webhookId, Long.MAX_VALUE,
					"test:" + webhookId, "webhook.test", body, now);
			return this.mongo.insert(message).map((saved) -> new QueuedView(1, webhookId));
		}).doOnNext((queued) -> this.dispatcher.nudge());
	}

	Mono<CollectionPage<WebhookNotice>> notices(int page, int size, URI uri) {
		return this.mongo.count(new Query(), WebhookNotice.class)
			.zipWith(this.mongo
				.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).skip((long) page * size).limit(size),
						WebhookNotice.class)
				.collectList())
			.map((both) -> CollectionPage.ofPage(both.getT2(), page, size, both.getT1(), uri));
	}

	private SubscriptionView view(Subscription subscription) {
		return SubscriptionView.of(subscription, this.dispatcher.circuitState(subscription.id()));
	}

	private Mono<Void> ownerRoom(Caller caller) {
		if (caller.admin()) {
			return Mono.empty();
		}
		return this.mongo.count(Query.query(Criteria.where("owner").is(caller.owner())), Subscription.class)
			.flatMap((count) -> (count >= this.properties.maxSubscriptionsPerOwner()) ? Mono.error(Problems.conflict(
					"This API key already holds " + this.properties.maxSubscriptionsPerOwner() + " subscriptions"))
					: Mono.empty());
	}

	private Mono<Void> validate(SubscriptionRequest request) {
		List<FieldMessage> errors = new ArrayList<>();
		for (int i = 0; i < request.types().size(); i++) {
			if (ChangeType.of(request.types().get(i)).isEmpty()) {
				errors.add(new FieldMessage("types[" + i + "]", "unknown type '" + request.types().get(i) + "'"));
			}
		}
		if (request.status() == SubscriptionStatus.DISABLED) {
			errors.add(new FieldMessage("status", "must be ACTIVE or PAUSED"));
		}
		URI uri;
		try {
			uri = this.guard.check(request.url().strip());
		}
		catch (TargetRefusedException ex) {
			errors.add(new FieldMessage("url", ex.getMessage()));
			uri = null;
		}
		if (!errors.isEmpty()) {
			return Mono.error(Problems.invalid("The subscription is not valid", errors));
		}
		String host = uri.getHost();
		Mono<Void> resolved = (TargetGuard.literal(host) != null) ? Mono.empty() : Mono.<Void>fromRunnable(() -> {
			try {
				this.guard.checkResolved(host);
			}
			catch (UnknownHostException ex) {
				// Not resolvable yet: calls fail and are retried until it is.
			}
		}).subscribeOn(Schedulers.boundedElastic());
		List<String> localities = (request.localities() != null) ? request.localities() : List.of();
		return resolved
			.onErrorMap(TargetRefusedException.class,
					(ex) -> Problems.invalid("The subscription is not valid",
							List.of(new FieldMessage("url", ex.getMessage()))))
			.then(this.directory.unknown(localities))
			.flatMap((unknown) -> unknown.isEmpty() ? Mono.empty()
					: Mono.error(Problems.invalid("Unknown locality",
							unknown.stream()
								.map((code) -> new FieldMessage("localities", "unknown locality " + code))
								.toList())));
	}

}
