package gov.maservice.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import gov.maservice.contracts.NoticeEvent;
import gov.maservice.notification.board.BoardPrincipal;
import gov.maservice.notification.layout.DisplayProfile;
import gov.maservice.notification.layout.LedLayout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This instance's view of the notices that matter to boards (every notice that has not
 * expired, including cancelled ones, plus recently expired ones) and of the board streams
 * it holds.
 * <p>
 * All state lives on one thread ({@code notice-book}): Kafka events, reconciliations with
 * the store, the timers that make scheduled notices appear and expired ones disappear,
 * and streams connecting and disconnecting are all queued there, so they are applied in
 * one order without locks. Writing to the streams happens on separate fan-out workers
 * (one per core), each board pinned to one worker, so a publish to 10,000 boards never
 * runs on the caller's thread and events reach each board in the order the book decided.
 * <p>
 * Nothing here must be shared between instances: each instance rebuilds it from the store
 * and keeps it current from its own fan-out consumer group.
 */
@Component
class NoticeBook implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NoticeBook.class);

	private final ScheduledExecutorService book = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "notice-book");
		thread.setDaemon(true);
		return thread;
	});

	private final Scheduler fanout;

	private final Scheduler.Worker[] workers;

	private final AtomicInteger nextWorker = new AtomicInteger();

	private final Map<String, NoticeEvent> notices = new HashMap<>();

	private final Map<String, Tombstone> tombstones = new HashMap<>();

	private final Map<String, Set<BoardSession>> sessionsByArea = new HashMap<>();

	private final Map<String, Set<BoardSession>> sessionsByBoard = new HashMap<>();

	private final AtomicInteger connected = new AtomicInteger();

	private final Sinks.One<Boolean> loaded = Sinks.one();

	private final DeliveryProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	NoticeBook(DeliveryProperties properties, JsonMapper json, Clock clock, MeterRegistry meters) {
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		int count = properties.effectiveWorkers();
		this.fanout = Schedulers.newParallel("board-fanout", count, true);
		this.workers = new Scheduler.Worker[count];
		for (int i = 0; i < count; i++) {
			this.workers[i] = this.fanout.createWorker();
		}
		Gauge.builder("notification.boards.connected", this.connected, AtomicInteger::get)
			.description("Board streams open on this instance")
			.register(meters);
	}

	/** Completes once the book has been filled from the store for the first time. */
	Mono<Boolean> ready() {
		return this.loaded.asMono();
	}

	int connectedCount() {
		return this.connected.get();
	}

	/** Applies a notice event from Kafka (or a reconciled state from the store). */
	void apply(NoticeEvent event) {
		this.book.execute(() -> safely(() -> applyNow(event)));
	}

	/**
	 * Applies the store's current state of every unexpired notice; newer versions win.
	 */
	void reconcile(List<NoticeEvent> current) {
		this.book.execute(() -> safely(() -> {
			current.forEach(this::applyNow);
			pruneTombstones();
			this.loaded.tryEmitValue(true);
		}));
	}

	BoardSession open(BoardPrincipal board, long lastEventId) {
		int worker = Math.floorMod(this.nextWorker.getAndIncrement(), this.workers.length);
		return new BoardSession(board, worker, this.properties.sessionBuffer(), lastEventId);
	}

	/**
	 * Registers a stream and sends it what it must know first: on a reconnect, removals
	 * of notices that stopped being shown since the board's cursor; then every notice in
	 * force for its area.
	 */
	void connect(BoardSession session, Long lastEventId) {
		this.book.execute(() -> safely(() -> {
			for (String code : session.areaPath()) {
				this.sessionsByArea.computeIfAbsent(code, (key) -> new LinkedHashSet<>()).add(session);
			}
			this.sessionsByBoard.computeIfAbsent(session.boardId(), (key) -> new HashSet<>()).add(session);
			this.connected.incrementAndGet();
			Instant now = this.clock.instant();
			List<Delivery> first = new ArrayList<>();
			if (lastEventId != null) {
				first.addAll(removalsSince(session, lastEventId - this.properties.reconnectGrace().toMillis(), now));
			}
			for (NoticeEvent notice : inForceFor(session.areaPath(), now)) {
				first.add(new Delivery(showCursor(notice), payload(show(notice, session.board().profile()))));
			}
			if (!first.isEmpty()) {
				onWorker(session, () -> first.forEach((delivery) -> session.emit(delivery.cursor(), delivery.json())));
			}
		}));
	}

	void disconnect(BoardSession session) {
		this.book.execute(() -> safely(() -> {
			for (String code : session.areaPath()) {
				Set<BoardSession> sessions = this.sessionsByArea.get(code);
				if (sessions != null && sessions.remove(session) && sessions.isEmpty()) {
					this.sessionsByArea.remove(code);
				}
			}
			Set<BoardSession> sameBoard = this.sessionsByBoard.get(session.boardId());
			if (sameBoard != null && sameBoard.remove(session)) {
				this.connected.decrementAndGet();
				if (sameBoard.isEmpty()) {
					this.sessionsByBoard.remove(session.boardId());
				}
			}
		}));
	}

	/** The notices in force for a board now, laid out for it (the polling answer). */
	Mono<List<NoticeMessage>> inForceFor(BoardPrincipal board) {
		return onBook(() -> inForceFor(board.areaPath(), this.clock.instant()).stream()
			.map((notice) -> show(notice, board.profile()))
			.toList());
	}

	/** Credential hashes of the boards with open streams here. */
	Mono<Map<String, String>> connectedBoards() {
		return onBook(() -> {
			Map<String, String> boards = new HashMap<>();
			this.sessionsByBoard.forEach((id, sessions) -> sessions.stream()
				.findFirst()
				.ifPresent((session) -> boards.put(id, session.board().credentialHash())));
			return boards;
		});
	}

	/**
	 * Closes the streams of checked boards whose credential no longer matches (rotated or
	 * revoked). Boards that connected after the check began are left alone.
	 */
	void closeStale(Collection<String> checked, Map<String, String> currentHashes) {
		this.book.execute(() -> safely(() -> {
			for (String id : checked) {
				for (BoardSession session : this.sessionsByBoard.getOrDefault(id, Set.of())) {
					if (!session.board().credentialHash().equals(currentHashes.get(id))) {
						onWorker(session, session::close);
					}
				}
			}
		}));
	}

	private void applyNow(NoticeEvent next) {
		if (next.noticeId() == null) {
			return;
		}
		NoticeEvent previous = this.notices.get(next.noticeId());
		if (previous != null && previous.version() >= next.version()) {
			return;
		}
		Tombstone gone = this.tombstones.get(next.noticeId());
		if (gone != null && gone.version() >= next.version()) {
			return;
		}
		Instant now = this.clock.instant();
		boolean wasShown = previous != null && inForce(previous, now);
		if (!next.expires().isAfter(now)) {
			this.notices.remove(next.noticeId());
			this.tombstones.put(next.noticeId(), new Tombstone(next.areaCodes(), next.expires(), next.version()));
			if (wasShown) {
				deliverRemoval(previous.areaCodes(), next, "expired", next.expires().toEpochMilli());
			}
			return;
		}
		this.notices.put(next.noticeId(), next);
		boolean shown = inForce(next, now);
		if (wasShown) {
			Set<BoardSession> leaving = sessionsFor(previous.areaCodes());
			if (shown) {
				leaving.removeAll(sessionsFor(next.areaCodes()));
			}
			deliver(leaving, (profile) -> NoticeMessage.remove(next.noticeId(), next.version(),
					isCancelled(next) ? "cancelled" : "changed"), next.occurredAt().toEpochMilli());
		}
		else if (previous == null && isCancelled(next)) {
			deliverRemoval(next.areaCodes(), next, "cancelled", next.occurredAt().toEpochMilli());
		}
		if (shown) {
			deliver(sessionsFor(next.areaCodes()), (profile) -> show(next, profile), showCursor(next));
		}
		else if (!isCancelled(next) && next.effective().isAfter(now)) {
			schedule(next.effective(), () -> becomeEffective(next.noticeId(), next.version()));
		}
		schedule(next.expires(), () -> expire(next.noticeId(), next.version()));
	}

	private void becomeEffective(String noticeId, long version) {
		NoticeEvent notice = this.notices.get(noticeId);
		if (notice != null && notice.version() == version && inForce(notice, this.clock.instant())) {
			deliver(sessionsFor(notice.areaCodes()), (profile) -> show(notice, profile), showCursor(notice));
		}
	}

	private void expire(String noticeId, long version) {
		NoticeEvent notice = this.notices.get(noticeId);
		if (notice == null || notice.version() != version) {
			return;
		}
		this.notices.remove(noticeId);
		this.tombstones.put(noticeId, new Tombstone(notice.areaCodes(), notice.expires(), version));
		if (!isCancelled(notice)) {
			deliverRemoval(notice.areaCodes(), notice, "expired", notice.expires().toEpochMilli());
		}
	}

	private List<Delivery> removalsSince(BoardSession session, long since, Instant now) {
		List<Delivery> removals = new ArrayList<>();
		for (NoticeEvent notice : this.notices.values()) {
			boolean forThisBoard = inForce(notice, now) && reaches(notice.areaCodes(), session.areaPath());
			if (!forThisBoard && notice.occurredAt().toEpochMilli() > since) {
				removals.add(new Delivery(notice.occurredAt().toEpochMilli(), payload(NoticeMessage
					.remove(notice.noticeId(), notice.version(), isCancelled(notice) ? "cancelled" : "changed"))));
			}
		}
		this.tombstones.forEach((id, tombstone) -> {
			if (tombstone.removedAt().toEpochMilli() > since && reaches(tombstone.areaCodes(), session.areaPath())) {
				removals.add(new Delivery(tombstone.removedAt().toEpochMilli(),
						payload(NoticeMessage.remove(id, tombstone.version(), "expired"))));
			}
		});
		removals.sort(Comparator.comparingLong(Delivery::cursor));
		return removals;
	}

	private List<NoticeEvent> inForceFor(List<String> areaPath, Instant now) {
		return this.notices.values()
			.stream()
			.filter((notice) -> inForce(notice, now) && reaches(notice.areaCodes(), areaPath))
			.sorted(Comparator.comparingLong(NoticeBook::showCursor))
			.toList();
	}

	private void deliverRemoval(Collection<String> areaCodes, NoticeEvent notice, String reason, long cursor) {
		deliver(sessionsFor(areaCodes), (profile) -> NoticeMessage.remove(notice.noticeId(), notice.version(), reason),
				cursor);
	}

	/**
	 * Hands one message per board to the fan-out workers. The JSON is built once per
	 * display profile, not once per board.
	 */
	private void deliver(Set<BoardSession> sessions, Function<DisplayProfile, NoticeMessage> message, long cursor) {
		if (sessions.isEmpty()) {
			return;
		}
		Map<DisplayProfile, String> payloads = new HashMap<>();
		List<List<Delivered>> perWorker = new ArrayList<>(this.workers.length);
		for (int i = 0; i < this.workers.length; i++) {
			perWorker.add(new ArrayList<>());
		}
		for (BoardSession session : sessions) {
			String payload = payloads.computeIfAbsent(session.board().profile(),
					(profile) -> payload(message.apply(profile)));
			perWorker.get(session.worker()).add(new Delivered(session, payload));
		}
		for (int i = 0; i < this.workers.length; i++) {
			List<Delivered> batch = perWorker.get(i);
			if (!batch.isEmpty()) {
				this.workers[i].schedule(() -> batch.forEach((d) -> d.session().emit(cursor, d.json())));
			}
		}
	}

	private Set<BoardSession> sessionsFor(Collection<String> areaCodes) {
		Set<BoardSession> sessions = new LinkedHashSet<>();
		for (String code : areaCodes) {
			Set<BoardSession> inArea = this.sessionsByArea.get(code);
			if (inArea != null) {
				sessions.addAll(inArea);
			}
		}
		return sessions;
	}

	private NoticeMessage show(NoticeEvent notice, DisplayProfile profile) {
		List<String> paragraphs = new ArrayList<>();
		String marker = switch (String.valueOf(notice.status())) {
			case "Exercise" -> "【演练】";
			case "Test" -> "【测试】";
			default -> notice.urgent() ? "【紧急】" : "";
		};
		paragraphs.add(marker + notice.headline());
		paragraphs.add(notice.description());
		paragraphs.add(notice.instruction());
		return new NoticeMessage(NoticeMessage.SHOW, notice.noticeId(), notice.version(), null, notice.status(), null,
				notice.headline(), notice.description(), notice.instruction(), notice.urgency(), notice.severity(),
				notice.urgent(), notice.effective(), notice.expires(),
				LedLayout.layout(paragraphs, profile.charsPerLine()));
	}

	private String payload(NoticeMessage message) {
		return this.json.writeValueAsString(message);
	}

	private void schedule(Instant at, Runnable task) {
		long delay = Math.max(0, Duration.between(this.clock.instant(), at).toMillis() + 1);
		this.book.schedule(() -> safely(task), delay, TimeUnit.MILLISECONDS);
	}

	private void pruneTombstones() {
		Instant horizon = this.clock.instant().minus(this.properties.tombstoneRetention());
		this.tombstones.values().removeIf((tombstone) -> tombstone.removedAt().isBefore(horizon));
	}

	private void onWorker(BoardSession session, Runnable task) {
		this.workers[session.worker()].schedule(task);
	}

	private <T> Mono<T> onBook(Supplier<T> task) {
		return Mono.fromFuture(() -> CompletableFuture.supplyAsync(task, this.book));
	}

	private static void safely(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			log.error("Notice book task failed", ex);
		}
	}

	static boolean isCancelled(NoticeEvent notice) {
		return NoticeEvent.TYPE_CANCELLED.equals(notice.type()) || "Cancel".equals(notice.msgType());
	}

	static boolean inForce(NoticeEvent notice, Instant now) {
		return !isCancelled(notice) && !notice.effective().isAfter(now) && notice.expires().isAfter(now);
	}

	static boolean reaches(Collection<String> areaCodes, Collection<String> areaPath) {
		for (String code : areaCodes) {
			if (areaPath.contains(code)) {
				return true;
			}
		}
		return false;
	}

	/** The id of a show event: when the notice (this version) appeared. */
	static long showCursor(NoticeEvent notice) {
		return Math.max(notice.occurredAt().toEpochMilli(), notice.effective().toEpochMilli());
	}

	@Override
	public void destroy() {
		this.book.shutdownNow();
		for (Scheduler.Worker worker : this.workers) {
			worker.dispose();
		}
		this.fanout.dispose();
	}

	/** An expired notice, remembered so that reconnecting boards drop it. */
	private record Tombstone(List<String> areaCodes, Instant removedAt, long version) {
	}

	private record Delivery(long cursor, String json) {
	}

	private record Delivered(BoardSession session, String json) {
	}

}
