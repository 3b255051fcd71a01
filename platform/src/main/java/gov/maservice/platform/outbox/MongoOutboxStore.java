package gov.maservice.platform.outbox;

import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The outbox store of a blocking (Spring MVC) service. */
public class MongoOutboxStore implements OutboxStore {

	private final MongoOperations mongo;

	public MongoOutboxStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<Document> find(Query query, String collection) {
		return this.mongo.find(query, Document.class, collection);
	}

	@Override
	public long updateMulti(Query query, Update update, String collection) {
		return this.mongo.updateMulti(query, update, collection).getMatchedCount();
	}

	@Override
	public long updateFirst(Query query, Update update, String collection) {
		return this.mongo.updateFirst(query, update, collection).getMatchedCount();
	}

	@Override
	public long count(Query query, String collection) {
		return this.mongo.count(query, collection);
	}

}
