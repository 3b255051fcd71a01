package gov.maservice.notification.receipt;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import reactor.core.publisher.Mono;

import gov.maservice.notification.board.BoardPrincipal;
import gov.maservice.notification.board.BoardService;
import gov.maservice.notification.board.BoardService.BoardSummary;
import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.notification.notice.NoticeProblems;
import gov.maservice.notification.notice.NoticeService;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Delivery receipts: boards acknowledge what they show, admins see for each notice which
 * of the boards it reaches have its current version and which do not.
 */
@RestController
@Tag(name = "receipts", description = "Board acknowledgements and delivery receipts")
class ReceiptController {

	private final ReactiveMongoTemplate mongo;

	private final NoticeService notices;

	private final BoardService boards;

	private final Clock clock;

	ReceiptController(ReactiveMongoTemplate mongo, NoticeService notices, BoardService boards, Clock clock) {
		this.mongo = mongo;
		this.notices = notices;
		this.boards = boards;
		this.clock = clock;
	}

	@PostMapping("/api/v1/boards/{boardId}/acks")
	@Operation(summary = "A board acknowledges a notice version it shows",
			security = @SecurityRequirement(name = "boardCredential"))
	@ApiResponse(responseCode = "202", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "Invalid body",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "401", description = "Unknown board credential",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The credential of another board",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Unknown notice",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ResponseEntity<Void>> acknowledge(@PathVariable String boardId, @AuthenticationPrincipal BoardPrincipal board,
			@Valid @RequestBody Ack ack) {
		Instant now = this.clock.instant();
		return this.notices.find(ack.noticeId())
			.switchIfEmpty(Mono.error(() -> NoticeProblems.notFound(ack.noticeId())))
			.flatMap((notice) -> this.mongo.findAndModify(
					Query.query(Criteria.where("_id").is(Receipt.idOf(ack.noticeId(), board.boardId()))),
					new Update().setOnInsert("noticeId", ack.noticeId())
						.setOnInsert("boardId", board.boardId())
						.max("version", Math.min(ack.version(), notice.version()))
						.set("ackedAt", now),
					FindAndModifyOptions.options().upsert(true).returnNew(true), Receipt.class))
			.thenReturn(ResponseEntity.accepted().build());
	}

	@GetMapping("/api/v1/notices/{id}/receipts")
	@Operation(summary = "Which boards reached by a notice have its current version, and which do not",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "200", description = "Receipts", content = @Content(
			examples = @ExampleObject("""
					{"noticeId":"5f0c…","version":2,"targetBoards":2,
					 "received":[{"boardId":"bd4f1c2a9e7b30","name":"张村村委会门口LED屏","localityCode":"410471100201","online":true,"lastSeen":"2026-06-01T09:10:00Z","ackedVersion":2,"ackedAt":"2026-06-01T09:00:01Z"}],
					 "missing":[{"boardId":"bd77aa01c2d3e4","name":"张楼广场LED屏","localityCode":"410471100202","online":false,"lastSeen":"2026-05-31T22:00:00Z","ackedVersion":1,"ackedAt":"2026-05-31T20:00:00Z"}]}""")))
	@ApiResponse(responseCode = "404", description = "Unknown notice",
			content = @Content(mediaType = "application/problem+json"))
	Mono<Receipts> receipts(@PathVariable @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String id) {
		return this.notices.find(id)
			.switchIfEmpty(Mono.error(() -> NoticeProblems.notFound(id)))
			.flatMap((notice) -> this.mongo.find(Query.query(Criteria.where("noticeId").is(id)), Receipt.class)
				.collectMap(Receipt::boardId, Function.identity())
				.zipWith(this.boards.reachedBy(notice.areaCodes()).collectList())
				.map((both) -> {
					Map<String, Receipt> acked = both.getT1();
					List<BoardReceipt> received = new ArrayList<>();
					List<BoardReceipt> missing = new ArrayList<>();
					for (BoardSummary board : both.getT2()) {
						Receipt receipt = acked.get(board.boardId());
						var row = BoardReceipt.of(board, receipt);
						if (receipt != null && receipt.version() >= notice.version()) {
							received.add(row);
						}
						else {
							missing.add(row);
						}
					}
					return new Receipts(id, notice.version(), both.getT2().size(), received, missing);
				}));
	}

	/**
	 * An acknowledgement.
	 *
	 * @param noticeId the notice shown
	 * @param version the version shown
	 */
	@Schema(example = "{\"noticeId\":\"5f0c6c1e-2b1c-4c55-9d43-0b8a3c7f6a10\",\"version\":1}")
	record Ack(@NotBlank @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String noticeId, @Positive long version) {
	}

	/**
	 * Receipts of one notice.
	 *
	 * @param noticeId notice id
	 * @param version its current version
	 * @param targetBoards how many boards it reaches
	 * @param received boards that acknowledged the current version
	 * @param missing boards that did not (yet), with the version they acknowledged, if
	 * any
	 */
	record Receipts(String noticeId, long version, int targetBoards, List<BoardReceipt> received,
			List<BoardReceipt> missing) {
	}

	/**
	 * One board's receipt.
	 *
	 * @param boardId board id
	 * @param name board name
	 * @param localityCode where it hangs
	 * @param online whether it is online
	 * @param lastSeen last sign of life
	 * @param ackedVersion highest version it acknowledged, null if none
	 * @param ackedAt when it last acknowledged
	 */
	record BoardReceipt(String boardId, String name, String localityCode, boolean online, Instant lastSeen,
			Long ackedVersion, Instant ackedAt) {

		static BoardReceipt of(BoardSummary board, Receipt receipt) {
			return new BoardReceipt(board.boardId(), board.name(), board.localityCode(), board.online(),
					board.lastSeen(), (receipt != null) ? receipt.version() : null,
					(receipt != null) ? receipt.ackedAt() : null);
		}

	}

}
