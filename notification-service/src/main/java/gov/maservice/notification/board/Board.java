package gov.maservice.notification.board;

import java.time.Instant;
import java.util.List;

import gov.maservice.contracts.BoardEvent;
import gov.maservice.notification.layout.DisplayProfile;
import gov.maservice.platform.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered LED board. Its credential is kept only as a SHA-256 hash; online/offline
 * changes are single-document conditional updates that also append the matching
 * {@link BoardEvent} to {@link #outbox()}, so exactly one replica records each change.
 *
 * @param id board id
 * @param name where it hangs, in Chinese
 * @param localityCode the locality it serves
 * @param areaPath the locality and every enclosing one up to the district (a notice
 * reaches the board when it names any of them)
 * @param profile what it can display
 * @param credentialHash hex SHA-256 of the current credential; absent once revoked
 * @param credentialIssuedAt when the current credential was issued
 * @param online whether it was heard from within the offline threshold
 * @param lastSeen last heartbeat, stream connection or poll
 * @param createdAt registration time
 * @param outbox events not yet relayed, in the platform outbox layout
 */
@Document("boards")
record Board(@Id String id, String name, String localityCode, List<String> areaPath, DisplayProfile profile,
		@Indexed String credentialHash, Instant credentialIssuedAt, boolean online, @Indexed Instant lastSeen,
		Instant createdAt, List<OutboxEvent> outbox) {
}
