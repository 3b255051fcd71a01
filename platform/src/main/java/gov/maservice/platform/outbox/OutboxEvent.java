package gov.maservice.platform.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * An event waiting in the {@code outbox} array of the document whose change it describes.
 * It is written by the same single-document update as that change, so it exists exactly
 * when the change does; the {@link OutboxRelay} sends it and then pulls it by
 * {@link #eventId()}. The field names are the stored layout, the same in every service.
 *
 * @param eventId the event's id, also inside {@link #payload()}; consumers de-duplicate
 * by it
 * @param topic Kafka topic
 * @param key Kafka key: the aggregate id, which keeps one aggregate's events in order
 * @param type versioned event type, e.g. {@code gov.guide.published.v1}, sent as
 * {@code ce_type}
 * @param javaType fully qualified name of the contract record, sent as the
 * {@code __TypeId__} header
 * @param payload the event as JSON, exactly as it goes on the wire
 * @param occurredAt when the event was recorded
 * @param requestId the id of the request that caused it, sent as {@code x-request-id};
 * may be null
 */
public record OutboxEvent(String eventId, String topic, String key, String type, String javaType, String payload,
		Instant occurredAt, String requestId) {

	/** The stored form, for updates and inserts that write BSON documents directly. */
	public Document toDocument() {
		Document document = new Document("eventId", this.eventId).append("topic", this.topic)
			.append("key", this.key)
			.append("type", this.type)
			.append("javaType", this.javaType)
			.append("payload", this.payload)
			.append("occurredAt", (this.occurredAt != null) ? Date.from(this.occurredAt) : null);
		if (this.requestId != null) {
			document.append("requestId", this.requestId);
		}
		return document;
	}

	/** Reads the stored form. */
	public static OutboxEvent fromDocument(Document document) {
		Date occurredAt = document.getDate("occurredAt");
		return new OutboxEvent(document.getString("eventId"), document.getString("topic"), document.getString("key"),
				document.getString("type"), document.getString("javaType"), document.getString("payload"),
				(occurredAt != null) ? occurredAt.toInstant() : null, document.getString("requestId"));
	}

}
