package gov.maservice.platform.outbox;

import java.time.Duration;
import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The outbox store of a reactive (WebFlux) service. It waits for each answer: the relay
 * runs on its own thread, one round at a time, so waiting there costs one parked thread
 * per replica and never holds an event-loop thread; in exchange the relay logic is the
 * same code as for blocking services.
 */
public class ReactiveMongoOutboxStore implements OutboxStore {

	private final ReactiveMongoOperations mongo;

	private final Duration timeout;

	/**
	 * @param mongo the reactive template
	 * @param timeout longest wait for one store answer
	 */
	public ReactiveMongoOutboxStore(ReactiveMongoOperations mongo, Duration timeout) {
		this.mongo = mongo;
		this.timeout = timeout;
	}

	@Override
	public List<Document> find(Query query, String collection) {
		return this.mongo.find(query, Document.class, collection).collectList().block(this.timeout);
	}

	@Override
	public long updateMulti(Query query, Update update, String collection) {
		Long matched = this.mongo.updateMulti(query, update, collection)
			.map((result) -> result.getMatchedCount())
			.block(this.timeout);
		return (matched != null) ? matched : 0;
	}

	@Override
	public long updateFirst(Query query, Update update, String collection) {
		Long matched = this.mongo.updateFirst(query, update, collection)
			.map((result) -> result.getMatchedCount())
			.block(this.timeout);
		return (matched != null) ? matched : 0;
	}

	@Override
	public long count(Query query, String collection) {
		Long count = this.mongo.count(query, collection).block(this.timeout);
		return (count != null) ? count : 0;
	}

}
