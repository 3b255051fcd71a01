package gov.maservice.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A notice (CAP 1.2 alert) was issued, updated or cancelled. The Kafka key is
 * {@link #noticeId()}. Every notification-service instance reads these (each in its own
 * consumer group) to push the change to the boards connected to it; the notice itself is
 * stored once.
 *
 * @param eventId unique id, for de-duplication
 * @param type one of the {@code TYPE_*} constants
 * @param occurredAt when the change was committed
 * @param noticeId notice identifier
 * @param version notice revision, strictly increasing
 * @param status Actual, Exercise, Test
 * @param msgType Alert, Update or Cancel
 * @param references identifier of the notice this one updates or cancels, if any
 * @param category CAP category (e.g. Health, Safety, Other)
 * @param urgency CAP urgency
 * @param severity CAP severity
 * @param headline short headline (Chinese)
 * @param description full text
 * @param instruction what people should do
 * @param areaCodes target locality codes (the hierarchy is resolved by consumers)
 * @param effective when the notice comes into force
 * @param expires when it leaves every board by itself
 * @param urgent whether boards interrupt their rolling loop for it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoticeEvent(UUID eventId, String type, Instant occurredAt, String noticeId, long version, String status,
		String msgType, String references, String category, String urgency, String severity, String headline,
		String description, String instruction, List<String> areaCodes, Instant effective, Instant expires,
		boolean urgent) {

	public static final String TYPE_ISSUED = "gov.notice.issued.v1";

	public static final String TYPE_UPDATED = "gov.notice.updated.v1";

	public static final String TYPE_CANCELLED = "gov.notice.cancelled.v1";

	public NoticeEvent {
		areaCodes = (areaCodes != null) ? List.copyOf(areaCodes) : List.of();
	}

}
