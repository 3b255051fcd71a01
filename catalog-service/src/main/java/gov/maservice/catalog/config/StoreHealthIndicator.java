package gov.maservice.catalog.config;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Readiness of the store through a plain query, which works on real MongoDB and on the
 * MongoDB-wire server alike (the latter lacks {@code hello}, so Boot's own indicator is off there).
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final MongoOperations mongo;

	StoreHealthIndicator(MongoOperations mongo) {
		super("Store health check failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Query query = new Query().limit(1);
		query.fields().include("_id");
		this.mongo.findOne(query, Document.class, "departments");
		builder.up().withDetail("database", this.mongo.getCollection("departments").getNamespace().getDatabaseName());
	}

}
