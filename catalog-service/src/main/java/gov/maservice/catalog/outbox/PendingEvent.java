package gov.maservice.catalog.outbox;

import java.time.Instant;

/**
 * An event waiting in the {@code pendingEvents} array of the document whose change it describes.
 * It is written by the same single-document update as that change, so it exists exactly when the
 * change does; the {@link OutboxRelay} sends it and then removes it by {@link #eventId()}.
 *
 * @param eventId the event's id, also inside {@link #payload()}
 * @param topic Kafka topic
 * @param key Kafka key (the aggregate code)
 * @param type versioned event type, e.g. {@code gov.guide.published.v1}
 * @param javaType fully qualified name of the contract record, sent as the {@code __TypeId__} header
 * @param payload the event as JSON, exactly as it goes on the wire
 * @param createdAt when the event was recorded
 */
public record PendingEvent(String eventId, String topic, String key, String type, String javaType, String payload,
		Instant createdAt) {
}
