package gov.maservice.platform.health;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whether the store answers a plain query (reactive services); see
 * {@link StoreHealthIndicator}.
 */
class ReactiveStoreHealthIndicator implements ReactiveHealthIndicator {

	private final ReactiveMongoOperations mongo;

	private final PlatformHealthProperties.Store properties;

	ReactiveStoreHealthIndicator(ReactiveMongoOperations mongo, PlatformHealthProperties.Store properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	@Override
	public Mono<Health> health() {
		return this.mongo.findOne(new Query().limit(1), Document.class, this.properties.probeCollection())
			.then(this.mongo.getCollection(this.properties.probeCollection()))
			.map((collection) -> Health.up()
				.withDetail("database", collection.getNamespace().getDatabaseName())
				.build())
			.timeout(this.properties.timeout())
			.onErrorResume((ex) -> Mono.just(Health.down().withDetail("error", ex.getClass().getSimpleName()).build()));
	}

}
