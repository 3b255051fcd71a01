package gov.maservice.catalog.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gov.maservice.contracts.DirectoryEvent;
import gov.maservice.contracts.GuideEvent;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Records events in the documents whose changes they describe and wakes the relay once the write
 * is durable. Features add {@link #append(Update, List) the pending events} to the very update that
 * changes the aggregate (one atomic single-document write, no transaction) and call
 * {@link #written()} afterwards.
 */
@Component
public class Outbox {

	/** Name of the array holding events not yet relayed. */
	public static final String PENDING_EVENTS = "pendingEvents";

	/** Flag set with every appended event, so the relay finds work without reading whole documents. */
	public static final String PENDING_FLAG = "outboxPending";

	/** Lease a relay holds on a document while it sends that document's events. */
	public static final String LEASE = "outboxLease";

	private final JsonMapper jsonMapper;

	private final ApplicationEventPublisher publisher;

	Outbox(JsonMapper jsonMapper, ApplicationEventPublisher publisher) {
		this.jsonMapper = jsonMapper;
		this.publisher = publisher;
	}

	/** A pending guide event keyed by its item code. */
	public PendingEvent pending(String topic, GuideEvent event) {
		return pending(topic, event.itemCode(), event.type(), event.eventId(), event.occurredAt(), event);
	}

	/** A pending directory event keyed by its department or locality code. */
	public PendingEvent pending(String topic, DirectoryEvent event) {
		return pending(topic, event.code(), event.type(), event.eventId(), event.occurredAt(), event);
	}

	private PendingEvent pending(String topic, String key, String type, UUID eventId, Instant occurredAt,
			Object event) {
		return new PendingEvent(eventId.toString(), topic, key, type, event.getClass().getName(),
				this.jsonMapper.writeValueAsString(event), occurredAt);
	}

	/** Adds the events to an update of their aggregate and marks the document for the relay. */
	public static Update append(Update update, List<PendingEvent> events) {
		if (!events.isEmpty()) {
			update.push(PENDING_EVENTS).each(events.toArray());
			update.set(PENDING_FLAG, true);
		}
		return update;
	}

	/**
	 * Inserts a new aggregate together with its first events in one single-document write.
	 * @param mongo the store
	 * @param aggregate the mapped entity
	 * @param collection its collection
	 * @param events events describing its creation
	 */
	public static void insert(MongoOperations mongo, Object aggregate, String collection, List<PendingEvent> events) {
		mongo.insert(document(mongo, aggregate, events), collection);
	}

	/**
	 * The BSON document of a new aggregate with its first events, for inserting many at once.
	 * @param mongo the store (for its mapping)
	 * @param aggregate the mapped entity
	 * @param events events describing its creation
	 * @return the document to insert
	 */
	public static Document document(MongoOperations mongo, Object aggregate, List<PendingEvent> events) {
		Document document = new Document();
		mongo.getConverter().write(aggregate, document);
		document.remove("_class");
		if (!events.isEmpty()) {
			List<Object> pending = new ArrayList<>();
			for (PendingEvent event : events) {
				Document mapped = new Document();
				mongo.getConverter().write(event, mapped);
				mapped.remove("_class");
				pending.add(mapped);
			}
			document.put(PENDING_EVENTS, pending);
			document.put(PENDING_FLAG, true);
		}
		return document;
	}

	/** Tells the relay that pending events were written, so it sends them without waiting for its poll. */
	public void written() {
		this.publisher.publishEvent(new OutboxWritten());
	}

	/** Application event: something was appended to an outbox. */
	record OutboxWritten() {
	}

}
