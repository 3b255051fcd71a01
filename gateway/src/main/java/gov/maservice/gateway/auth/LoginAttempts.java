package gov.maservice.gateway.auth;

import java.time.Clock;
import java.time.Duration;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts login attempts per user name across gateway replicas and turns them into a
 * bounded wait. Every attempt is charged before the password is checked (one atomic
 * {@code findAndModify $inc} upsert, the mechanism the API-key limits use), so parallel
 * guesses see each other; a successful login clears the count. Names that do not exist
 * are counted the same way, so the wait reveals nothing about which names exist. Never a
 * lock: the wait is capped at {@link AuthProperties.AccountDelay#maxDelay()}.
 */
@Component
class LoginAttempts {

	static final String COLLECTION = "login_attempts";

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final ReactiveMongoTemplate mongo;

	private final AuthProperties.AccountDelay settings;

	private final Clock clock;

	LoginAttempts(ReactiveMongoTemplate mongo, AuthProperties properties, Clock clock) {
		this.mongo = mongo;
		this.settings = properties.accountDelay();
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createTtlIndex() {
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("expireAt", Sort.Direction.ASC).expire(Duration.ZERO))
			.doOnError((ex) -> log.warn("Could not create the TTL index on {}: {}", COLLECTION, ex.toString()))
			.onErrorComplete()
			.subscribe();
	}

	/**
	 * Deletes counts of accounts left alone for {@code forget-after}. Real MongoDB does
	 * this through the TTL index; the one-machine Mongo-wire server never expires
	 * documents. Idempotent.
	 */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void forgetIdleAccounts() {
		this.mongo.remove(Query.query(Criteria.where("expireAt").lt(this.clock.instant())), COLLECTION)
			.doOnError((ex) -> log.warn("Could not delete old login attempts: {}", ex.toString()))
			.onErrorComplete()
			.subscribe();
	}

	/**
	 * Charges one attempt on the account.
	 * @param username the name as sent (whether or not such a user exists)
	 * @return how long to wait before checking the password
	 */
	Mono<Duration> charge(String username) {
		Update update = new Update().inc("attempts", 1)
			.set("expireAt", this.clock.instant().plus(this.settings.forgetAfter()));
		return this.mongo
			.findAndModify(byName(username), update, FindAndModifyOptions.options().upsert(true).returnNew(true),
					Document.class, COLLECTION)
			.map((attempts) -> delayBefore(((Number) attempts.get("attempts")).intValue()))
			.defaultIfEmpty(Duration.ZERO);
	}

	/** Forgets the account's failures after a successful login. */
	Mono<Void> clear(String username) {
		return this.mongo.remove(byName(username), COLLECTION).then();
	}

	/**
	 * The wait before attempt number {@code attempt} (1-based, counting this one) since
	 * the last success: nothing for the free failures, then {@code initialDelay} doubling
	 * up to {@code maxDelay}.
	 */
	Duration delayBefore(int attempt) {
		int beyondFree = attempt - 1 - this.settings.freeFailures();
		if (beyondFree < 0) {
			return Duration.ZERO;
		}
		Duration delay = this.settings.initialDelay().multipliedBy(1L << Math.min(beyondFree, 20));
		return (delay.compareTo(this.settings.maxDelay()) > 0) ? this.settings.maxDelay() : delay;
	}

	private static Query byName(String username) {
		return Query.query(Criteria.where("_id").is(username));
	}

}
