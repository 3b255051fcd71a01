package gov.maservice.notification.webhook;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Disables endpoints and tells admins: the transition is a conditional update (only an
 * active endpoint is disabled), so of several instances exactly one records the notice
 * admins read at {@code GET /api/v1/webhooks/notices}, and a warning goes to the log.
 */
final class WebhookNotices {

	private static final Logger log = LoggerFactory.getLogger(WebhookNotices.class);

	static final String DISABLED = "endpoint.disabled";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	WebhookNotices(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	Mono<Void> disable(Subscription subscription, String reason) {
		Query active = Query
			.query(Criteria.where("_id").is(subscription.id()).and("status").is(SubscriptionStatus.ACTIVE));
		Update update = new Update().set("status", SubscriptionStatus.DISABLED).set("statusReason", reason);
		return this.mongo.updateFirst(active, update, Subscription.class).flatMap((result) -> {
			if (result.getModifiedCount() == 0) {
				return Mono.empty();
			}
			log.warn("Webhook endpoint {} ({}) of {} disabled: {}", subscription.id(), subscription.url(),
					subscription.owner(), reason);
			return this.mongo.insert(new WebhookNotice(UUID.randomUUID().toString(), subscription.id(),
					subscription.owner(), subscription.url(), DISABLED, reason, this.clock.instant()));
		}).then();
	}

}
