package gov.maservice.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gov.maservice.platform.requestid.RequestIds;
import org.bson.Document;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Records events in the documents whose changes they describe and wakes the relay once
 * the write is durable. A feature adds the events to the very write that changes the
 * aggregate (one atomic single-document write, no transaction):
 * {@link #push(Update, List)} for updates,
 * {@link #document(MongoConverter, Object, List)} for inserts, or an {@code outbox}
 * property of type {@code List<OutboxEvent>} on a mapped entity; then it calls
 * {@link #written()}.
 * <p>
 * Stored layout, the same for every service:
 * {@code outbox: [{eventId, topic, key, type, javaType, payload, occurredAt,
 * requestId}]}, and while a relay works on the document
 * {@code outboxLeaseOwner}/{@code outboxLeaseUntil}.
 */
public class Outbox {

	/** Array holding the events not yet relayed, oldest first. */
	public static final String EVENTS = "outbox";

	/** Token of the relay round that currently owns the document's events. */
	public static final String LEASE_OWNER = "outboxLeaseOwner";

	/** Until when that lease holds; an expired lease is free for any replica. */
	public static final String LEASE_UNTIL = "outboxLeaseUntil";

	private final JsonMapper jsonMapper;

	private final Runnable onWritten;

	/**
	 * @param jsonMapper writes payloads exactly as they go on the wire
	 * @param onWritten what {@link #written()} does (nudges the relay)
	 */
	public Outbox(JsonMapper jsonMapper, Runnable onWritten) {
		this.jsonMapper = jsonMapper;
		this.onWritten = onWritten;
	}

	/**
	 * A pending event carrying the request id of the current request (log context key
	 * {@value RequestIds#MDC_KEY}), if any.
	 * @param topic Kafka topic
	 * @param key the aggregate id (Kafka key)
	 * @param type versioned event type
	 * @param eventId the event's id
	 * @param occurredAt when it happened
	 * @param payload the contract record, written as JSON
	 * @return the event to store with the change
	 */
	public OutboxEvent event(String topic, String key, String type, UUID eventId, Instant occurredAt, Object payload) {
		return event(topic, key, type, eventId, occurredAt, payload, MDC.get(RequestIds.MDC_KEY));
	}

	/**
	 * A pending event with an explicit request id (for writers that do not run with the
	 * request's log context, e.g. reactive chains).
	 */
	public OutboxEvent event(String topic, String key, String type, UUID eventId, Instant occurredAt, Object payload,
			String requestId) {
		return new OutboxEvent(eventId.toString(), topic, key, type, payload.getClass().getName(),
				this.jsonMapper.writeValueAsString(payload), occurredAt, requestId);
	}

	/** Adds the events to an update of their aggregate, after any already pending. */
	public static Update push(Update update, List<OutboxEvent> events) {
		if (!events.isEmpty()) {
			update.push(EVENTS).each(events.stream().map(OutboxEvent::toDocument).toArray());
		}
		return update;
	}

	/** Adds one event to an update of its aggregate. */
	public static Update push(Update update, OutboxEvent event) {
		return push(update, List.of(event));
	}

	/**
	 * The BSON document of a new aggregate with its first events, for inserting it (or
	 * many at once) in the same write.
	 * @param converter the store's mapping
	 * @param aggregate the mapped entity
	 * @param events events describing its creation
	 * @return the document to insert
	 */
	public static Document document(MongoConverter converter, Object aggregate, List<OutboxEvent> events) {
		Document document = new Document();
		converter.write(aggregate, document);
		document.remove("_class");
		if (!events.isEmpty()) {
			List<Document> stored = new ArrayList<>();
			events.forEach((event) -> stored.add(event.toDocument()));
			document.put(EVENTS, stored);
		}
		return document;
	}

	/**
	 * Tells the relay that events were written, so it sends them without waiting for its
	 * sweep.
	 */
	public void written() {
		this.onWritten.run();
	}

}
