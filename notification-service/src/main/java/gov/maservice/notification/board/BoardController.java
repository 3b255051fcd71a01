package gov.maservice.notification.board;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;

import gov.maservice.notification.layout.DisplayProfile;
import gov.maservice.notification.locality.LocalityDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board registry (for admins and publishers) and the heartbeat a board sends with its
 * own credential.
 */
@RestController
@RequestMapping("/api/v1/boards")
@Tag(name = "boards", description = "LED board registry, credentials and liveness")
class BoardController {

	private final BoardService boards;

	private final BoardProperties properties;

	BoardController(BoardService boards, BoardProperties properties) {
		this.boards = boards;
		this.properties = properties;
	}

	@PostMapping
	@Operation(summary = "Register a board",
			description = "The response carries the board credential; it is shown only this once and stored hashed.",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "201", description = "Registered",
			content = @Content(schema = @Schema(implementation = RegisteredBoard.class),
					examples = @ExampleObject("""
							{"boardId":"bd4f1c2a9e7b30","name":"张村村委会门口LED屏","localityCode":"410471100201",
							 "areaPath":["410471100201","410471100000","410471"],"profile":{"charsPerLine":16,"lines":2,"color":false},
							 "credential":"bk_Qm9hcmQgY3JlZGVudGlhbCBleGFtcGxlIG9ubHkgMTIzNDU2Nzg",
							 "streamUrl":"/api/v1/boards/bd4f1c2a9e7b30/stream",
							 "pageUrl":"/board?id=bd4f1c2a9e7b30&key=bk_Qm9hcmQgY3JlZGVudGlhbCBleGFtcGxlIG9ubHkgMTIzNDU2Nzg",
							 "heartbeatInterval":"PT30S"}""")))
	@ApiResponse(responseCode = "400", description = "Invalid (e.g. unknown locality, line width out of range)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "Token lacks role ADMIN or PUBLISHER",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ResponseEntity<RegisteredBoard>> register(@Valid @RequestBody BoardRequest request) {
		return this.boards.register(request)
			.map((registered) -> ResponseEntity.created(URI.create("/api/v1/boards/" + registered.board().id()))
				.body(RegisteredBoard.of(registered, this.properties.heartbeatInterval())));
	}

	@GetMapping
	@Operation(summary = "List boards with online/offline and last seen",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "200", description = "A page of boards")
	Mono<List<BoardView>> list(
			@RequestParam(required = false) @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String locality,
			@RequestParam(required = false) Boolean online,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
		return this.boards.list(locality, online, page, size).map(BoardView::of).collectList();
	}

	@GetMapping("/events")
	@Operation(summary = "Audit log of boards going offline and coming back, newest first",
			description = "The same events are published on Kafka topic notification.board-events.v1 for alerting.",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "200", description = "A page of events", content = @Content(
			examples = @ExampleObject("""
					[{"eventId":"0b5c…","type":"gov.board.went-offline.v1","boardId":"bd4f1c2a9e7b30","localityCode":"410471100201",
					  "occurredAt":"2026-06-01T09:10:33Z","lastSeen":"2026-06-01T09:09:59Z"}]""")))
	Mono<List<BoardEventView>> events(
			@RequestParam(required = false) @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String boardId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return this.boards.events(boardId, page, size).map(BoardEventView::of).collectList();
	}

	@GetMapping("/{boardId}")
	@Operation(summary = "One board", security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "404", description = "Unknown board",
			content = @Content(mediaType = "application/problem+json"))
	Mono<BoardView> get(@PathVariable @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String boardId) {
		return this.boards.find(boardId).map(BoardView::of);
	}

	@PostMapping("/{boardId}/credential")
	@Operation(summary = "Rotate the board credential",
			description = "Returns the new credential once; the old one stops working and open streams using it are closed.",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "200", description = "The new credential")
	@ApiResponse(responseCode = "404", description = "Unknown board",
			content = @Content(mediaType = "application/problem+json"))
	Mono<RegisteredBoard> rotate(@PathVariable @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String boardId) {
		return this.boards.rotate(boardId)
			.map((registered) -> RegisteredBoard.of(registered, this.properties.heartbeatInterval()));
	}

	@DeleteMapping("/{boardId}/credential")
	@Operation(summary = "Revoke the board credential",
			description = "The board can no longer connect until a new credential is issued.",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ApiResponse(responseCode = "404", description = "Unknown board",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ResponseEntity<Void>> revoke(@PathVariable @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String boardId) {
		return this.boards.revoke(boardId).thenReturn(ResponseEntity.noContent().build());
	}

	@PostMapping("/{boardId}/heartbeat")
	@Operation(summary = "Board heartbeat",
			description = "Called by the board with its own credential; marks it online. An open stream counts as a heartbeat too.",
			security = @SecurityRequirement(name = "boardCredential"))
	@ApiResponse(responseCode = "200", description = "Seen", content = @Content(examples = @ExampleObject("""
			{"boardId":"bd4f1c2a9e7b30","online":true,"heartbeatInterval":"PT30S"}""")))
	@ApiResponse(responseCode = "401", description = "Unknown credential",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "Credential of another board",
			content = @Content(mediaType = "application/problem+json"))
	Mono<Heartbeat> heartbeat(@PathVariable String boardId, @AuthenticationPrincipal BoardPrincipal board) {
		return this.boards.seen(board.boardId())
			.thenReturn(new Heartbeat(board.boardId(), true, this.properties.heartbeatInterval()));
	}

	/**
	 * The answer to a heartbeat.
	 *
	 * @param boardId board id
	 * @param online always true after a heartbeat
	 * @param heartbeatInterval how often to heartbeat
	 */
	record Heartbeat(String boardId, boolean online, Duration heartbeatInterval) {
	}

	/**
	 * A board just registered or given a new credential.
	 *
	 * @param boardId board id
	 * @param name display name
	 * @param localityCode where it hangs
	 * @param areaPath the locality and its enclosing localities up to the district
	 * @param profile what it can display
	 * @param credential the board credential, shown only now
	 * @param streamUrl its SSE stream
	 * @param pageUrl the board page, ready to open on the board's browser
	 * @param heartbeatInterval how often to heartbeat
	 */
	record RegisteredBoard(String boardId, String name, String localityCode, List<String> areaPath,
			DisplayProfile profile, String credential, String streamUrl, String pageUrl, Duration heartbeatInterval) {

		static RegisteredBoard of(BoardService.Registered registered, Duration heartbeatInterval) {
			Board board = registered.board();
			return new RegisteredBoard(board.id(), board.name(), board.localityCode(), board.areaPath(),
					board.profile(), registered.credential(), "/api/v1/boards/" + board.id() + "/stream",
					"/board?id=" + board.id() + "&key=" + registered.credential(), heartbeatInterval);
		}

	}

	/**
	 * A board as admins see it.
	 *
	 * @param boardId board id
	 * @param name display name
	 * @param localityCode where it hangs
	 * @param profile what it can display
	 * @param online heard from within the offline threshold
	 * @param lastSeen last sign of life
	 * @param credentialActive false once revoked
	 * @param createdAt registration time
	 */
	record BoardView(String boardId, String name, String localityCode, DisplayProfile profile, boolean online,
			Instant lastSeen, boolean credentialActive, Instant createdAt) {

		static BoardView of(Board board) {
			return new BoardView(board.id(), board.name(), board.localityCode(), board.profile(), board.online(),
					board.lastSeen(), board.credentialHash() != null, board.createdAt());
		}

	}

	/**
	 * One liveness change.
	 *
	 * @param eventId event id
	 * @param type {@code gov.board.went-offline.v1} or {@code gov.board.came-online.v1}
	 * @param boardId board id
	 * @param localityCode where the board hangs
	 * @param occurredAt when the change was detected
	 * @param lastSeen last sign of life before it
	 */
	record BoardEventView(String eventId, String type, String boardId, String localityCode, Instant occurredAt,
			Instant lastSeen) {

		static BoardEventView of(BoardEventEntry entry) {
			return new BoardEventView(entry.id(), entry.type(), entry.boardId(), entry.localityCode(),
					entry.occurredAt(), entry.lastSeen());
		}

	}

}
