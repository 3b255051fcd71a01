package gov.maservice.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import gov.maservice.notification.board.BoardProperties;
import gov.maservice.notification.board.BoardService;
import gov.maservice.notification.support.CoalescingTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * An open stream is a heartbeat. Boards that just connected are reported as seen in
 * batches every second (so a reconnect storm of thousands of boards costs a few store
 * round trips, not thousands of them), and every board with an open stream here is
 * reported again every half heartbeat interval. Both passes return the boards' current
 * credentials, and streams whose credential was rotated or revoked meanwhile are closed.
 */
@Component
class StreamPresence {

	private static final int CHUNK = 1000;

	private static final Duration CONNECT_FLUSH = Duration.ofSeconds(1);

	private final NoticeBook book;

	private final BoardService boards;

	private final BoardProperties properties;

	private final TaskScheduler scheduler;

	private final Queue<String> connected = new ConcurrentLinkedQueue<>();

	private final CoalescingTask flushConnected = new CoalescingTask("connected boards", this::flushConnected);

	private final CoalescingTask refreshAll = new CoalescingTask("board presence", this::refreshAll);

	StreamPresence(NoticeBook book, BoardService boards, BoardProperties properties, TaskScheduler scheduler) {
		this.book = book;
		this.boards = boards;
		this.properties = properties;
		this.scheduler = scheduler;
	}

	/** A board opened a stream; it is reported online within a second. */
	void connected(String boardId) {
		this.connected.add(boardId);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.scheduler.scheduleWithFixedDelay(this.flushConnected::trigger, CONNECT_FLUSH);
		this.scheduler.scheduleWithFixedDelay(this.refreshAll::trigger,
				this.properties.heartbeatInterval().dividedBy(2));
	}

	private Mono<Void> flushConnected() {
		Set<String> ids = new LinkedHashSet<>();
		for (String id = this.connected.poll(); id != null; id = this.connected.poll()) {
			ids.add(id);
		}
		return report(List.copyOf(ids));
	}

	private Mono<Void> refreshAll() {
		return this.book.connectedBoards().flatMap((boardsHere) -> report(List.copyOf(boardsHere.keySet())));
	}

	private Mono<Void> report(List<String> ids) {
		if (ids.isEmpty()) {
			return Mono.empty();
		}
		List<List<String>> chunks = new ArrayList<>();
		for (int start = 0; start < ids.size(); start += CHUNK) {
			chunks.add(ids.subList(start, Math.min(ids.size(), start + CHUNK)));
		}
		return Flux.fromIterable(chunks)
			.concatMap(this.boards::seenAll)
			.reduce(new HashMap<String, String>(), (all, part) -> {
				all.putAll(part);
				return all;
			})
			.doOnNext((Map<String, String> current) -> this.book.closeStale(ids, current))
			.then();
	}

}
