package gov.maservice.platform.health;

import org.bson.Document;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whether the store answers a plain query (blocking services). Boot's MongoDB indicator
 * sends {@code hello}, which the one-machine MongoDB-wire server does not know.
 */
class StoreHealthIndicator implements HealthIndicator {

	private final MongoOperations mongo;

	private final PlatformHealthProperties.Store properties;

	StoreHealthIndicator(MongoOperations mongo, PlatformHealthProperties.Store properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	@Override
	public Health health() {
		try {
			Query query = new Query().limit(1).maxTime(this.properties.timeout());
			this.mongo.findOne(query, Document.class, this.properties.probeCollection());
			return Health.up()
				.withDetail("database",
						this.mongo.getCollection(this.properties.probeCollection()).getNamespace().getDatabaseName())
				.build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
