package gov.maservice.notification.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import gov.maservice.notification.board.BoardProperties;
import gov.maservice.notification.board.BoardService;
import gov.maservice.notification.notice.NoticeService;
import gov.maservice.notification.support.CoalescingTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link NoticeBook} in step with the store and the boards' liveness in step with the
 * streams: fills the book at start, reconciles it periodically (repairing any event the fan-out
 * consumer missed), and reports the boards with open streams as seen, closing streams whose
 * credential was rotated or revoked meanwhile.
 */
@Component
class NoticeBookLoader {

	private static final int PRESENCE_CHUNK = 1000;

	private final NoticeBook book;

	private final NoticeService notices;

	private final BoardService boards;

	private final DeliveryProperties properties;

	private final BoardProperties boardProperties;

	private final TaskScheduler scheduler;

	private final CoalescingTask refresh;

	private final CoalescingTask presence;

	NoticeBookLoader(NoticeBook book, NoticeService notices, BoardService boards, DeliveryProperties properties,
			BoardProperties boardProperties, TaskScheduler scheduler) {
		this.book = book;
		this.notices = notices;
		this.boards = boards;
		this.properties = properties;
		this.boardProperties = boardProperties;
		this.scheduler = scheduler;
		this.refresh = new CoalescingTask("notice book refresh",
				() -> this.notices.unexpired().collectList().doOnNext(this.book::reconcile));
		this.presence = new CoalescingTask("board presence", this::reportPresence);
	}

	void refresh() {
		this.refresh.trigger();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		refresh();
		this.scheduler.scheduleWithFixedDelay(this.refresh::trigger, this.properties.refreshInterval());
		Duration presenceInterval = this.boardProperties.heartbeatInterval().dividedBy(2);
		this.scheduler.scheduleWithFixedDelay(this.presence::trigger, presenceInterval);
	}

	private Mono<Void> reportPresence() {
		return this.book.connectedBoards().flatMap((connected) -> {
			List<String> ids = List.copyOf(connected.keySet());
			return Flux.range(0, (ids.size() + PRESENCE_CHUNK - 1) / PRESENCE_CHUNK)
				.concatMap((chunk) -> this.boards
					.seenAll(ids.subList(chunk * PRESENCE_CHUNK, Math.min(ids.size(), (chunk + 1) * PRESENCE_CHUNK))))
				.reduce(new HashMap<String, String>(), (all, part) -> {
					all.putAll(part);
					return all;
				})
				.doOnNext((Map<String, String> current) -> this.book.closeStale(ids, current))
				.then();
		});
	}

}
