package gov.maservice.notification.delivery;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import gov.maservice.notification.board.BoardPrincipal;
import gov.maservice.notification.board.BoardService;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a board receives: a live stream (SSE) or, for boards that cannot hold a
 * connection, a poll.
 */
@RestController
@RequestMapping("/api/v1/boards/{boardId}")
@Tag(name = "board delivery", description = "Live push of notices to LED boards")
class BoardStreamController {

	static final String STREAM_FORMAT = """
			`text/event-stream`. At once a comment `:ok`, then every `keep-alive` interval a comment `:keep-alive`. \
			Notices arrive as

			```
			id: 1767225600123
			event: notice
			data: {"action":"show","noticeId":"…","version":1,"status":"Actual","headline":"张村明日停水通知",\
			"description":"…","instruction":"…","urgency":"Expected","severity":"Moderate","urgent":false,\
			"effective":"2026-06-02T00:00:00Z","expires":"2026-06-03T12:00:00Z","lines":["张村明日停水通知","因管网维修，6月3日"]}
			```

			or `data: {"action":"remove","noticeId":"…","version":2,"reason":"cancelled|expired|changed"}`. \
			On connect the board first gets every notice in force for its area (and, when it sends `Last-Event-ID`, \
			removals of notices cancelled, expired or moved away since then), then live changes. `id` is a cursor \
			that strictly increases on a connection (the change time in epoch milliseconds); `urgent: true` \
			(urgency Immediate with severity Extreme or Severe) means: interrupt the loop. A board shows `show` \
			with a higher `version` in place of the older one and drops a notice on `remove` or at `expires`.""";

	private final DeliveryService delivery;

	private final BoardService boards;

	BoardStreamController(DeliveryService delivery, BoardService boards) {
		this.delivery = delivery;
		this.boards = boards;
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Live notices for one board (Server-Sent Events)", description = STREAM_FORMAT,
			security = @SecurityRequirement(name = "boardCredential"))
	@ApiResponse(responseCode = "200", description = "The stream",
			content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
					examples = @ExampleObject("""
							:ok

							id: 1767225600123
							event: notice
							data: {"action":"show","noticeId":"5f0c6c1e-2b1c-4c55-9d43-0b8a3c7f6a10","version":1,"status":"Actual","headline":"张村明日停水通知","description":"因管网维修，6月3日8:00至18:00张村停水，请提前储水。","urgency":"Expected","severity":"Moderate","urgent":false,"effective":"2026-06-02T00:00:00Z","expires":"2026-06-03T12:00:00Z","lines":["张村明日停水通知","因管网维修，6月3日8:00至","18:00张村停水，请提前储水。"]}

							:keep-alive
							""")))
	@ApiResponse(responseCode = "401", description = "Unknown or missing board credential",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The credential of another board",
			content = @Content(mediaType = "application/problem+json"))
	Flux<ServerSentEvent<String>> stream(@PathVariable String boardId, @AuthenticationPrincipal BoardPrincipal board,
			@Parameter(
					description = "Cursor of the last event received; sent by EventSource on reconnect") @RequestHeader(
							name = "Last-Event-ID", required = false) String lastEventId) {
		return this.delivery.stream(board, parseCursor(lastEventId));
	}

	@GetMapping("/notices")
	@Operation(summary = "Poll the notices in force for one board",
			description = "For boards that cannot hold a stream: the same `show` messages the stream sends on connect. Counts as a heartbeat.",
			security = @SecurityRequirement(name = "boardCredential"))
	@ApiResponse(responseCode = "200", description = "Notices in force, laid out for the board")
	@ApiResponse(responseCode = "401", description = "Unknown or missing board credential",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The credential of another board",
			content = @Content(mediaType = "application/problem+json"))
	Mono<Polled> poll(@PathVariable String boardId, @AuthenticationPrincipal BoardPrincipal board) {
		return this.boards.seen(board.boardId())
			.then(this.delivery.inForceFor(board))
			.map((notices) -> new Polled(board.boardId(), notices));
	}

	private static Long parseCursor(String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank() || lastEventId.length() > 19) {
			return null;
		}
		try {
			long cursor = Long.parseLong(lastEventId.strip());
			return (cursor >= 0) ? cursor : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The polling answer.
	 *
	 * @param boardId board id
	 * @param notices notices in force for the board, laid out for it
	 */
	record Polled(String boardId, List<NoticeMessage> notices) {
	}

}
