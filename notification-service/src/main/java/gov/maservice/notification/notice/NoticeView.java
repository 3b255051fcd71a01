package gov.maservice.notification.notice;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A notice as the API shows it, with its phase at the time of the request. The
 * {@code sender} (a staff member's user name) is only shown to staff; anonymous readers
 * get {@code null}.
 */
@Schema(description = "A notice",
		example = """
				{"id":"5f0c6c1e-2b1c-4c55-9d43-0b8a3c7f6a10","version":1,"state":"IN_FORCE","status":"Actual","msgType":"Alert",
				 "references":null,"category":"Infra","event":"停水","urgency":"Expected","severity":"Moderate","certainty":"Observed",
				 "urgent":false,"headline":"张村明日停水通知","description":"因管网维修，6月3日8:00至18:00张村停水，请提前储水。",
				 "instruction":"如有疑问请拨打0375-2616001","areaCodes":["410471100201"],"effective":"2026-06-02T00:00:00Z",
				 "expires":"2026-06-03T12:00:00Z","sender":"publisher1","sent":"2026-06-01T09:00:00Z","firstSent":"2026-06-01T09:00:00Z"}""")
public record NoticeView(String id, long version, NoticeState state, NoticeStatus status, MsgType msgType,
		String references, Category category, String event, Urgency urgency, Severity severity, Certainty certainty,
		boolean urgent, String headline, String description, String instruction, List<String> areaCodes,
		Instant effective, Instant expires, String sender, Instant sent, Instant firstSent) {

	static NoticeView of(Notice notice, Instant now) {
		return of(notice, now, true);
	}

	static NoticeView of(Notice notice, Instant now, boolean showSender) {
		return new NoticeView(notice.id(), notice.version(), notice.phaseAt(now), notice.status(), notice.msgType(),
				notice.references(), notice.category(), notice.event(), notice.urgency(), notice.severity(),
				notice.certainty(), notice.urgent(), notice.headline(), notice.description(), notice.instruction(),
				notice.areaCodes(), notice.effective(), notice.expires(), showSender ? notice.sender() : null,
				notice.sent(), notice.firstSent());
	}

}
