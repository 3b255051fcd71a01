package gov.maservice.platform.outbox;

import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The four store operations the relay needs, so its lease, send and pull logic exists once for
 * blocking ({@link MongoOutboxStore}) and reactive ({@link ReactiveMongoOutboxStore}) services.
 * Every call is made on the relay's own thread, never on a request thread.
 */
public interface OutboxStore {

	/** Raw documents matching the query (with its projection, sort and limit). */
	List<Document> find(Query query, String collection);

	/**
	 * Atomically updates the first match and returns it as it is after the update (with the
	 * query's projection), or null when nothing matched.
	 */
	Document findAndModify(Query query, Update update, String collection);

	/** Updates the first match; returns how many documents matched (0 or 1). */
	long updateFirst(Query query, Update update, String collection);

	/** How many documents match. */
	long count(Query query, String collection);

}
