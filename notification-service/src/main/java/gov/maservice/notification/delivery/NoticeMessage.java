package gov.maservice.notification.delivery;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code data:} of an {@code event: notice} on a board's stream, and an item of the
 * polling answer. {@code show} carries the whole notice laid out for the board;
 * {@code remove} only names the notice (and why it goes).
 *
 * @param action {@code show} or {@code remove}
 * @param noticeId notice id
 * @param version notice revision; a board replaces an older version it shows
 * @param reason for {@code remove}: {@code cancelled}, {@code expired} or {@code changed}
 * (no longer for this board's area, or rescheduled)
 * @param status CAP status (Actual, Exercise, Test): drills are marked on the board
 * @param event kind of notice in Chinese
 * @param headline headline
 * @param description full text
 * @param instruction what people should do
 * @param urgency CAP urgency
 * @param severity CAP severity
 * @param urgent interrupt the loop and show this first
 * @param effective when it came into force
 * @param expires when the board drops it by itself
 * @param lines the text laid out for this board's profile (headline, description,
 * instruction, each starting on a new line; none wider than the board)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NoticeMessage(String action, String noticeId, long version, String reason, String status, String event,
		String headline, String description, String instruction, String urgency, String severity, Boolean urgent,
		Instant effective, Instant expires, List<String> lines) {

	static final String SHOW = "show";

	static final String REMOVE = "remove";

	static NoticeMessage remove(String noticeId, long version, String reason) {
		return new NoticeMessage(REMOVE, noticeId, version, reason, null, null, null, null, null, null, null, null,
				null, null, null);
	}

}
