package gov.maservice.notification.receipt;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a board received a notice, up to which version.
 *
 * @param id {@code <noticeId>|<boardId>}: one receipt per notice and board
 * @param noticeId notice id
 * @param boardId board id
 * @param version highest version the board acknowledged
 * @param ackedAt when it last acknowledged
 */
@Document("receipts")
record Receipt(@Id String id, @Indexed String noticeId, String boardId, long version, Instant ackedAt) {

	static String idOf(String noticeId, String boardId) {
		return noticeId + "|" + boardId;
	}

}
