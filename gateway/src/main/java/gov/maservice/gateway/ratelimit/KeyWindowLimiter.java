package gov.maservice.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
 * Per-API-key limits that hold across gateway replicas: one counter document per key per
 * minute, incremented with a single atomic {@code findAndModify $inc} upsert, so two
 * replicas never lose a count. A TTL index removes old windows. This is a fixed window,
 * not a token bucket: a client can send up to twice its limit across a window boundary,
 * the price of one cheap atomic write per request without multi-document transactions.
 * When the store does not answer, requests pass (availability first) and a warning is
 * logged.
 */
@Component
class KeyWindowLimiter {

	static final String COLLECTION = "rate_limit_windows";

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(KeyWindowLimiter.class);

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	KeyWindowLimiter(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createTtlIndex() {
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("expireAt", Sort.Direction.ASC).expire(Duration.ZERO))
			.doOnError(ex -> log.warn("Could not create the TTL index on {}: {}", COLLECTION, ex.toString()))
			.onErrorComplete()
			.subscribe();
	}

	/**
	 * Deletes finished windows. Real MongoDB does this through the TTL index; the
	 * one-machine Mongo-wire server accepts the index but never expires documents.
	 * Idempotent, so it may run on every replica.
	 */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void deleteFinishedWindows() {
		this.mongo.remove(Query.query(Criteria.where("expireAt").lt(this.clock.instant())), COLLECTION)
			.doOnError(ex -> log.warn("Could not delete finished rate-limit windows: {}", ex.toString()))
			.onErrorComplete()
			.subscribe();
	}

	Mono<RateLimitDecision> tryConsume(String keyId, int limitPerMinute) {
		Instant now = this.clock.instant();
		long windowStart = now.getEpochSecond() / WINDOW.toSeconds() * WINDOW.toSeconds();
		Instant windowEnd = Instant.ofEpochSecond(windowStart).plus(WINDOW);
		Query query = Query.query(Criteria.where("_id").is(keyId + ":" + windowStart));
		Update update = new Update().inc("count", 1).setOnInsert("expireAt", windowEnd.plus(WINDOW));
		return this.mongo
			.findAndModify(query, update, FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class,
					COLLECTION)
			.map(window -> {
				long count = ((Number) window.get("count")).longValue();
				if (count <= limitPerMinute) {
					return RateLimitDecision.allow(limitPerMinute, limitPerMinute - count);
				}
				long retryAfter = Duration.between(now, windowEnd).toMillis();
				return RateLimitDecision.refuse(limitPerMinute, (retryAfter + 999) / 1000);
			})
			.onErrorResume(ex -> {
				log.warn("Rate-limit store unavailable, letting key {} pass: {}", keyId, ex.toString());
				return Mono.just(RateLimitDecision.allow(limitPerMinute, limitPerMinute));
			});
	}

}
