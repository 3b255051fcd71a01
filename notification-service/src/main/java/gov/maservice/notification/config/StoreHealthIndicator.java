package gov.maservice.notification.config;

import java.time.Duration;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Whether the store answers a plain query. Boot's MongoDB indicator sends {@code hello}, which the
 * one-machine Mongo-wire server does not know; a cheap read works against both stores.
 */
@Component("store")
class StoreHealthIndicator implements ReactiveHealthIndicator {

	private final ReactiveMongoTemplate mongo;

	StoreHealthIndicator(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Health> health() {
		return this.mongo.findOne(new Query().limit(1), Document.class, "boards")
			.then(Mono.fromSupplier(() -> Health.up().build()))
			.timeout(Duration.ofSeconds(3))
			.onErrorResume((ex) -> Mono.just(Health.down().withDetail("error", ex.toString()).build()));
	}

}
