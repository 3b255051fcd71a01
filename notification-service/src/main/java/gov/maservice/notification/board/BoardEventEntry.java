package gov.maservice.notification.board;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Audit log of board liveness changes, written by the relay once the event is on
 * {@code notification.board-events.v1} (keyed by event id, so a resend writes nothing
 * new).
 *
 * @param id event id
 * @param type versioned event type
 * @param boardId board id
 * @param localityCode where the board hangs
 * @param occurredAt when the change was detected
 * @param lastSeen last sign of life before the change
 */
@Document("board_events")
record BoardEventEntry(@Id String id, String type, @Indexed String boardId, String localityCode,
		@Indexed Instant occurredAt, Instant lastSeen) {
}
