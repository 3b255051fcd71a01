package gov.maservice.contracts;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An LED board went offline (missed its heartbeat) or came back. The Kafka key is
 * {@link #boardId()}; alerting hangs off this topic.
 *
 * @param eventId unique id, for de-duplication
 * @param type {@link #TYPE_WENT_OFFLINE} or {@link #TYPE_CAME_ONLINE}
 * @param occurredAt when the change was detected
 * @param boardId board id
 * @param localityCode where the board hangs
 * @param lastSeen last heartbeat before the change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BoardEvent(UUID eventId, String type, Instant occurredAt, String boardId, String localityCode,
		Instant lastSeen) {

	public static final String TYPE_WENT_OFFLINE = "gov.board.went-offline.v1";

	public static final String TYPE_CAME_ONLINE = "gov.board.came-online.v1";

}
