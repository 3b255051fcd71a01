package gov.maservice.platform.outbox;

import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The store operations the relay needs, so its lease, send and pull logic exists once for
 * blocking ({@link MongoOutboxStore}) and reactive ({@link ReactiveMongoOutboxStore})
 * services. Every call is made on the relay's own thread, never on a request thread.
 */
public interface OutboxStore {

	/** Raw documents matching the query (with its projection, sort and limit). */
	List<Document> find(Query query, String collection);

	/**
	 * Updates every match; each document is checked against the query and updated
	 * atomically. Returns how many documents matched.
	 */
	long updateMulti(Query query, Update update, String collection);

	/** Updates the first match; returns how many documents matched (0 or 1). */
	long updateFirst(Query query, Update update, String collection);

	/** How many documents match. */
	long count(Query query, String collection);

}
