package gov.maservice.gateway.config;

import java.time.Duration;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Readiness of the gateway's store (users, API keys, rate-limit windows) with a plain query, since
 * the one-machine Mongo-wire server does not answer Boot's {@code hello} probe. Backends are
 * deliberately not part of readiness: the gateway must stay in rotation to serve fallbacks.
 */
@Component("store")
class StoreHealthIndicator implements ReactiveHealthIndicator {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final ReactiveMongoTemplate mongo;

	StoreHealthIndicator(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Health> health() {
		return this.mongo.findOne(new Query().limit(1), Document.class, "users")
			.map(any -> Health.up().build())
			.defaultIfEmpty(Health.up().build())
			.timeout(TIMEOUT)
			.onErrorResume(ex -> Mono.just(Health.down().withDetail("error", ex.getClass().getSimpleName()).build()));
	}

}
