package gov.maservice.platform.outbox;

import java.util.Date;
import java.util.function.Function;

import org.bson.Document;

/**
 * Declares a collection whose documents may carry pending events. Each feature that emits
 * events registers one as a bean, so the relay knows where to look without knowing the
 * features.
 *
 * @param name MongoDB collection name
 * @param legacyEvents reads one element of the {@code pendingEvents} array an earlier
 * version stored, for the one-time migration to the {@code outbox} layout
 * @param afterSent runs on the relay thread after the broker acknowledged an event and
 * before it is pulled; a failure keeps the event (and the ones after it) pending. It may
 * run more than once for one event, so it must be idempotent.
 */
public record OutboxCollection(String name, Function<Document, OutboxEvent> legacyEvents, SentHook afterSent) {

	/** A collection whose earlier events (if any) were stored as ready-to-send JSON. */
	public static OutboxCollection of(String name) {
		return new OutboxCollection(name, OutboxCollection::storedJson, SentHook.NONE);
	}

	/** The same collection with a hook run after each acknowledged event. */
	public OutboxCollection afterSent(SentHook hook) {
		return new OutboxCollection(this.name, this.legacyEvents, hook);
	}

	/** The same collection with a reader for the events an earlier version stored. */
	public OutboxCollection legacyEvents(Function<Document, OutboxEvent> reader) {
		return new OutboxCollection(this.name, reader, this.afterSent);
	}

	/**
	 * The layout catalog-service stored before the shared outbox: {@code {eventId, topic,
	 * key, type, javaType, payload, createdAt}}.
	 */
	static OutboxEvent storedJson(Document legacy) {
		Date createdAt = legacy.getDate("createdAt");
		return new OutboxEvent(legacy.getString("eventId"), legacy.getString("topic"), legacy.getString("key"),
				legacy.getString("type"), legacy.getString("javaType"), legacy.getString("payload"),
				(createdAt != null) ? createdAt.toInstant() : null, null);
	}

	/** Work that must follow the broker's acknowledgement of an event. */
	@FunctionalInterface
	public interface SentHook {

		/** Does nothing. */
		SentHook NONE = (event) -> {
		};

		/**
		 * @param event the acknowledged event
		 */
		void sent(OutboxEvent event);

	}

}
