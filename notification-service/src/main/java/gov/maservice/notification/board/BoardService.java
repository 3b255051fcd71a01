package gov.maservice.notification.board;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import gov.maservice.contracts.BoardEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.platform.outbox.Outbox;
import gov.maservice.platform.outbox.OutboxEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * The board registry and board liveness. Every online/offline transition is a conditional
 * update of one document (the condition is the state read just before), so when several
 * replicas notice the same change only one of them records it and emits its event.
 */
@Service
public class BoardService {

	/**
	 * Scans read only the fields they need: smaller answers, and the one-machine store
	 * encodes a copy instead of documents that concurrent heartbeats are changing.
	 */
	private static final String BOARDS = "boards";

	private final BoardRepository boards;

	private final ReactiveMongoTemplate mongo;

	private final LocalityDirectory directory;

	private final BoardProperties properties;

	private final Outbox outbox;

	private final Clock clock;

	BoardService(BoardRepository boards, ReactiveMongoTemplate mongo, LocalityDirectory directory,
			BoardProperties properties, Outbox outbox, Clock clock) {
		this.boards = boards;
		this.mongo = mongo;
		this.directory = directory;
		this.properties = properties;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Registers a board; the result carries the only copy of its credential. */
	Mono<Registered> register(BoardRequest request) {
		return this.directory.isKnown(request.localityCode()).flatMap((known) -> {
			if (!known) {
				return Mono.error(invalid("localityCode", "Unknown locality " + request.localityCode()));
			}
			return this.directory.pathOf(request.localityCode()).flatMap((path) -> {
				String credential = BoardCredentials.newCredential();
				Instant now = this.clock.instant();
				Board board = new Board(BoardCredentials.newBoardId(), request.name().strip(), request.localityCode(),
						path, request.profile(), BoardCredentials.hash(credential), now, false, null, now, List.of());
				return this.mongo.insert(board).map((saved) -> new Registered(saved, credential));
			});
		});
	}

	/**
	 * Issues a new credential; the old one stops working at once (open streams close soon
	 * after).
	 */
	Mono<Registered> rotate(String boardId) {
		String credential = BoardCredentials.newCredential();
		Update update = new Update().set("credentialHash", BoardCredentials.hash(credential))
			.set("credentialIssuedAt", this.clock.instant());
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is(boardId)), update,
					FindAndModifyOptions.options().returnNew(true), Board.class)
			.switchIfEmpty(Mono.error(() -> notFound(boardId)))
			.map((board) -> new Registered(board, credential));
	}

	/**
	 * Revokes the credential: the board can no longer connect until a new one is issued.
	 */
	Mono<Board> revoke(String boardId) {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is(boardId)),
					new Update().unset("credentialHash").unset("credentialIssuedAt"),
					FindAndModifyOptions.options().returnNew(true), Board.class)
			.switchIfEmpty(Mono.error(() -> notFound(boardId)));
	}

	Mono<Board> find(String boardId) {
		return this.boards.findById(boardId).switchIfEmpty(Mono.error(() -> notFound(boardId)));
	}

	Flux<Board> list(String localityCode, Boolean online, int page, int size) {
		Criteria criteria = new Criteria();
		if (localityCode != null) {
			criteria = criteria.and("areaPath").is(localityCode);
		}
		if (online != null) {
			criteria = criteria.and("online").is(online);
		}
		return this.mongo.find(new Query(criteria).with(Sort.by("name", "_id")).skip((long) page * size).limit(size),
				Board.class);
	}

	/** The boards a notice addressed to these areas reaches. */
	public Flux<BoardSummary> reachedBy(Collection<String> areaCodes) {
		return this.mongo.find(Query.query(Criteria.where("areaPath").in(areaCodes)).with(Sort.by("_id")), Board.class)
			.map(BoardService::summary);
	}

	/**
	 * A sign of life (heartbeat, stream connection, poll). An online board only moves its
	 * {@code lastSeen}; an offline one comes back online with a came-online event.
	 */
	public Mono<Void> seen(String boardId) {
		Instant now = this.clock.instant();
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(boardId).and("online").is(true)),
					new Update().set("lastSeen", now), Board.class)
			.flatMap((result) -> (result.getMatchedCount() > 0) ? Mono.empty() : comeOnline(boardId, now));
	}

	private Mono<Void> comeOnline(String boardId, Instant now) {
		return this.boards.findById(boardId)
			.flatMap((board) -> board.online() ? this.mongo
				.updateFirst(Query.query(Criteria.where("_id").is(boardId)), new Update().set("lastSeen", now),
						Board.class)
				.then() : comeOnline(boardId, board.localityCode(), board.lastSeen(), now));
	}

	/**
	 * The offline → online transition, conditional on the state just read; the loser only
	 * moves lastSeen.
	 */
	private Mono<Void> comeOnline(String boardId, String localityCode, Instant lastSeen, Instant now) {
		var event = new BoardEvent(UUID.randomUUID(), BoardEvent.TYPE_CAME_ONLINE, now, boardId, localityCode,
				lastSeen);
		Query stillOffline = Query
			.query(Criteria.where("_id").is(boardId).and("online").is(false).and("lastSeen").is(lastSeen));
		Update update = Outbox.push(new Update().set("online", true).set("lastSeen", now), pending(event));
		return this.mongo.updateFirst(stillOffline, update, Board.class).flatMap((result) -> {
			if (result.getModifiedCount() > 0) {
				this.outbox.written();
				return Mono.<Void>empty();
			}
			return this.mongo
				.updateFirst(Query.query(Criteria.where("_id").is(boardId)), new Update().set("lastSeen", now),
						Board.class)
				.then();
		});
	}

	private static Instant toInstant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	/**
	 * Signs of life for many boards at once (the streams an instance holds, the boards
	 * that just connected): one update for those already online, one conditional update
	 * per board coming back. Returns each board's current credential hash so the caller
	 * can close streams whose credential was rotated or revoked.
	 */
	public Mono<Map<String, String>> seenAll(Collection<String> boardIds) {
		if (boardIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		Instant now = this.clock.instant();
		Query ids = Query.query(Criteria.where("_id").in(boardIds));
		ids.fields().include("_id", "online", "credentialHash", "lastSeen", "localityCode");
		return this.mongo.find(ids, Document.class, BOARDS).collectList().flatMap((found) -> {
			List<String> online = found.stream()
				.filter((board) -> Boolean.TRUE.equals(board.getBoolean("online")))
				.map((board) -> board.getString("_id"))
				.toList();
			Map<String, String> hashes = new HashMap<>();
			found.stream()
				.filter((board) -> board.getString("credentialHash") != null)
				.forEach((board) -> hashes.put(board.getString("_id"), board.getString("credentialHash")));
			Mono<Void> touch = online.isEmpty() ? Mono.empty()
					: this.mongo
						.updateMulti(Query.query(Criteria.where("_id").in(online)), new Update().set("lastSeen", now),
								Board.class)
						.then();
			Mono<Void> comeBack = Flux.fromIterable(found)
				.filter((board) -> !Boolean.TRUE.equals(board.getBoolean("online")))
				.flatMap((board) -> comeOnline(board.getString("_id"), board.getString("localityCode"),
						toInstant(board.getDate("lastSeen")), now), 8)
				.then();
			return touch.then(comeBack).thenReturn(hashes);
		});
	}

	/**
	 * Marks silent boards offline. Each transition is conditional on the board still
	 * being online with the {@code lastSeen} just read, so of several replicas sweeping
	 * at once exactly one wins.
	 * @return how many boards went offline in this pass
	 */
	Mono<Long> sweep() {
		Instant now = this.clock.instant();
		Instant threshold = now.minus(this.properties.offlineAfter());
		Query silent = Query.query(Criteria.where("online").is(true).and("lastSeen").lt(threshold)).limit(500);
		silent.fields().include("_id", "localityCode", "lastSeen");
		return this.mongo.find(silent, Document.class, BOARDS).concatMap((board) -> {
			String id = board.getString("_id");
			Instant lastSeen = board.getDate("lastSeen").toInstant();
			var event = new BoardEvent(UUID.randomUUID(), BoardEvent.TYPE_WENT_OFFLINE, now, id,
					board.getString("localityCode"), lastSeen);
			Query unchanged = Query
				.query(Criteria.where("_id").is(id).and("online").is(true).and("lastSeen").is(lastSeen));
			return this.mongo
				.updateFirst(unchanged, Outbox.push(new Update().set("online", false), pending(event)), Board.class)
				.map((result) -> result.getModifiedCount());
		}).reduce(0L, Long::sum).doOnNext((count) -> {
			if (count > 0) {
				this.outbox.written();
			}
		});
	}

	/** The event in the outbox layout, keyed by the board id. */
	OutboxEvent pending(BoardEvent event) {
		return this.outbox.event(Topics.BOARD_EVENTS, event.boardId(), event.type(), event.eventId(),
				event.occurredAt(), event);
	}

	Flux<BoardEventEntry> events(String boardId, int page, int size) {
		Criteria criteria = (boardId != null) ? Criteria.where("boardId").is(boardId) : new Criteria();
		return this.mongo.find(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "occurredAt"))
			.skip((long) page * size)
			.limit(size), BoardEventEntry.class);
	}

	static BoardSummary summary(Board board) {
		return new BoardSummary(board.id(), board.name(), board.localityCode(), board.online(), board.lastSeen());
	}

	static ErrorResponseException notFound(String boardId) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No board with id " + boardId), null);
	}

	private static ErrorResponseException invalid(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The board is invalid");
		List<Map<String, String>> errors = new ArrayList<>();
		errors.add(Map.of("field", field, "message", message));
		problem.setProperty("errors", errors);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	/** A board with the credential issued just now. */
	record Registered(Board board, String credential) {
	}

	/**
	 * What other features need to know about a board.
	 *
	 * @param boardId board id
	 * @param name display name
	 * @param localityCode where it hangs
	 * @param online whether it is online
	 * @param lastSeen last sign of life
	 */
	public record BoardSummary(String boardId, String name, String localityCode, boolean online, Instant lastSeen) {
	}

}
