package gov.maservice.qr.config;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness of the store, checked with a plain one-document read: the one-machine MongoDB-wire
 * server lacks the {@code hello} command Boot's own indicator uses, and a read is what requests
 * need anyway.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongoTemplate;

	StoreHealthIndicator(MongoTemplate mongoTemplate) {
		super("Store health check failed");
		this.mongoTemplate = mongoTemplate;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.mongoTemplate.getCollection("links").find().projection(new Document("_id", 1)).limit(1).first();
		builder.up().withDetail("database", this.mongoTemplate.getDb().getName());
	}

}
