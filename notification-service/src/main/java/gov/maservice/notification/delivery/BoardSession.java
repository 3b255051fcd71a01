package gov.maservice.notification.delivery;

import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

import gov.maservice.notification.board.BoardPrincipal;
import org.springframework.http.codec.ServerSentEvent;

/**
 * One open stream of one board on this instance. All events for it are emitted by one
 * fan-out worker (so emissions never race) and carry strictly increasing ids: the change
 * time in epoch milliseconds, or one more than the previous id when that is not larger.
 */
final class BoardSession {

	static final String EVENT = "notice";

	private final BoardPrincipal board;

	private final int worker;

	private final Sinks.Many<ServerSentEvent<String>> sink;

	private final Sinks.Empty<Void> closed = Sinks.empty();

	private long lastId;

	BoardSession(BoardPrincipal board, int worker, int buffer, long lastEventId) {
		this.board = board;
		this.worker = worker;
		this.sink = Sinks.many().unicast().onBackpressureBuffer(Queues.<ServerSentEvent<String>>get(buffer).get());
		this.lastId = lastEventId;
	}

	BoardPrincipal board() {
		return this.board;
	}

	String boardId() {
		return this.board.boardId();
	}

	List<String> areaPath() {
		return this.board.areaPath();
	}

	int worker() {
		return this.worker;
	}

	Sinks.Many<ServerSentEvent<String>> sink() {
		return this.sink;
	}

	/** Completes when the session is closed by the server (keep-alives stop with it). */
	Mono<Void> closed() {
		return this.closed.asMono();
	}

	/**
	 * Emits an event; must run on this session's worker. A board too slow to take its
	 * buffered events is disconnected, and catches up when it reconnects.
	 */
	void emit(long cursor, String json) {
		long id = Math.max(cursor, this.lastId + 1);
		this.lastId = id;
		var event = ServerSentEvent.<String>builder().id(Long.toString(id)).event(EVENT).data(json).build();
		if (this.sink.tryEmitNext(event).isFailure()) {
			close();
		}
	}

	/**
	 * Ends the stream (credential revoked, instance shutting down); must run on this
	 * session's worker.
	 */
	void close() {
		this.sink.tryEmitComplete();
		this.closed.tryEmitEmpty();
	}

}
