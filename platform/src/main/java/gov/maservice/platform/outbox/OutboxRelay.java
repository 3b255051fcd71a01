package gov.maservice.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import gov.maservice.platform.requestid.RequestIds;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Sends pending events to Kafka and then pulls exactly the sent ones from their
 * documents.
 * <p>
 * Several replicas may run it at once: a round claims a batch of documents with one
 * conditional update that sets a lease ({@code outboxLeaseOwner}, a token of this round,
 * and {@code outboxLeaseUntil}) only where no live lease exists (each document is checked
 * and updated atomically), reads back the documents carrying its token and sends their
 * events. A replica that dies while holding a lease leaves the events pending; any
 * replica takes them over once the lease expired. Events are pulled only after the broker
 * acknowledged them, so a crash after the send sends them again: delivery is at least
 * once, and consumers drop duplicates by event id or stale versions. One document's
 * events go out in array order with the aggregate id as key; if one fails, only the
 * acknowledged ones before it are pulled, so the rest follow later in the same order.
 * <p>
 * Rounds run on one thread per replica: after every write ({@link #nudge()}) and on a
 * sweep, with a growing pause after a failed round while the broker is away.
 */
public class OutboxRelay implements SmartLifecycle {

	/** Array an earlier version kept pending events in; migrated once at start-up. */
	static final String LEGACY_EVENTS = "pendingEvents";

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxStore store;

	private final OutboxSender sender;

	private final List<OutboxCollection> collections;

	private final OutboxProperties properties;

	private final Clock clock;

	private final AtomicBoolean nudged = new AtomicBoolean();

	private final Map<String, PendingStats> stats = new ConcurrentHashMap<>();

	private volatile ScheduledExecutorService executor;

	/** Only touched on the relay thread. */
	private Duration backoff;

	/** Only touched on the relay thread. */
	private Instant pausedUntil = Instant.EPOCH;

	public OutboxRelay(OutboxStore store, OutboxSender sender, List<OutboxCollection> collections,
			OutboxProperties properties, Clock clock) {
		this.store = store;
		this.sender = sender;
		this.collections = List.copyOf(collections);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends every pending event whose document is not leased by another round, until none
	 * is left.
	 * @return how many events were acknowledged by the broker and pulled
	 * @throws IllegalStateException when a send failed; the unsent events stay pending
	 * and free
	 */
	public int relayPending() {
		int sent = 0;
		for (OutboxCollection collection : this.collections) {
			Round round;
			do {
				round = relayRound(collection);
				sent += round.sent();
				if (round.failure() != null) {
					throw new IllegalStateException("Relaying events of " + collection.name() + " failed after " + sent
							+ " were sent; the others stay pending", round.failure());
				}
			}
			while (round.claimed() > 0);
		}
		return sent;
	}

	private Round relayRound(OutboxCollection collection) {
		Instant now = this.clock.instant();
		Query candidates = Query.query(claimable(now)).limit(this.properties.batchSize());
		candidates.fields().include("_id");
		List<Object> ids = this.store.find(candidates, collection.name())
			.stream()
			.map((document) -> document.get("_id"))
			.toList();
		if (ids.isEmpty()) {
			return new Round(0, 0, null);
		}
		String token = UUID.randomUUID().toString();
		Update lease = new Update().set(Outbox.LEASE_OWNER, token)
			.set(Outbox.LEASE_UNTIL, Date.from(now.plus(this.properties.lease())));
		this.store.updateMulti(Query.query(new Criteria().andOperator(where("_id").in(ids), claimable(now))), lease,
				collection.name());
		Query owned = Query.query(where(Outbox.LEASE_OWNER).is(token));
		owned.fields().include("_id").include(Outbox.EVENTS);
		List<Claimed> claimed = new ArrayList<>();
		for (Document document : this.store.find(owned, collection.name())) {
			List<OutboxEvent> events = document.getList(Outbox.EVENTS, Document.class, List.of())
				.stream()
				.map(OutboxEvent::fromDocument)
				.toList();
			claimed.add(new Claimed(document.get("_id"), events, new ArrayList<>()));
		}
		return send(collection, token, claimed);
	}

	/** Documents with events and without a live lease. */
	private static Criteria claimable(Instant now) {
		return new Criteria().andOperator(where(Outbox.EVENTS + ".0").exists(true), new Criteria()
			.orOperator(where(Outbox.LEASE_UNTIL).is(null), where(Outbox.LEASE_UNTIL).lt(Date.from(now))));
	}

	private Round send(OutboxCollection collection, String token, List<Claimed> claimed) {
		for (Claimed document : claimed) {
			for (OutboxEvent event : document.events()) {
				CompletableFuture<?> acknowledgement = sendOne(event);
				document.acknowledgements().add(acknowledgement);
				if (acknowledgement.isCompletedExceptionally()) {
					// Refused at once: keep the document's later events back, so they
					// follow in order.
					break;
				}
			}
		}
		long deadline = System.nanoTime() + this.properties.sendTimeout().toNanos();
		Exception failure = null;
		int sent = 0;
		List<Object> complete = new ArrayList<>();
		List<String> completeIds = new ArrayList<>();
		for (Claimed document : claimed) {
			List<String> acknowledged = new ArrayList<>();
			for (int i = 0; i < document.acknowledgements().size(); i++) {
				OutboxEvent event = document.events().get(i);
				try {
					document.acknowledgements()
						.get(i)
						.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
					collection.afterSent().sent(event);
					acknowledged.add(event.eventId());
				}
				catch (Exception ex) {
					if (ex instanceof InterruptedException) {
						Thread.currentThread().interrupt();
					}
					failure = (failure != null) ? failure : ex;
					break;
				}
			}
			sent += acknowledged.size();
			if (acknowledged.size() == document.events().size()) {
				complete.add(document.id());
				completeIds.addAll(acknowledged);
			}
			else {
				// Only the acknowledged events before the first failure leave: the rest
				// follow in order.
				pull(collection.name(), document.id(), token, acknowledged);
			}
		}
		pullAll(collection.name(), complete, token, completeIds);
		if (sent > 0) {
			logger.debug("Relayed {} events from {} documents of {}", sent, claimed.size(), collection.name());
		}
		return new Round(claimed.size(), sent, failure);
	}

	private CompletableFuture<?> sendOne(OutboxEvent event) {
		if (event.requestId() != null) {
			MDC.put(RequestIds.MDC_KEY, event.requestId());
		}
		try {
			return this.sender.send(event);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
		finally {
			MDC.remove(RequestIds.MDC_KEY);
		}
	}

	/**
	 * Pulls the sent events of every fully sent document and ends this round's leases, in
	 * one update.
	 */
	private void pullAll(String collection, List<Object> ids, String token, List<String> sentIds) {
		if (ids.isEmpty()) {
			return;
		}
		Document sent = new Document("eventId", new Document("$in", sentIds));
		long matched = this.store.updateMulti(Query.query(where("_id").in(ids).and(Outbox.LEASE_OWNER).is(token)),
				new Update().pull(Outbox.EVENTS, sent).unset(Outbox.LEASE_OWNER).unset(Outbox.LEASE_UNTIL), collection);
		if (matched < ids.size()) {
			// Some leases expired and other rounds own those documents now: the events
			// were sent all the same.
			this.store.updateMulti(Query.query(where("_id").in(ids)), new Update().pull(Outbox.EVENTS, sent),
					collection);
		}
	}

	/** Pulls the sent events and ends this round's lease (if it still holds it). */
	private void pull(String collection, Object id, String token, List<String> sentIds) {
		Update release = new Update().unset(Outbox.LEASE_OWNER).unset(Outbox.LEASE_UNTIL);
		if (sentIds.isEmpty()) {
			this.store.updateFirst(Query.query(where("_id").is(id).and(Outbox.LEASE_OWNER).is(token)), release,
					collection);
			return;
		}
		Document sent = new Document("eventId", new Document("$in", sentIds));
		long matched = this.store.updateFirst(Query.query(where("_id").is(id).and(Outbox.LEASE_OWNER).is(token)),
				release.pull(Outbox.EVENTS, sent), collection);
		if (matched == 0) {
			// The lease expired and another round owns the document now: the events were
			// sent all the same.
			this.store.updateFirst(Query.query(where("_id").is(id)), new Update().pull(Outbox.EVENTS, sent),
					collection);
		}
	}

	/**
	 * Moves events an earlier version stored in {@code pendingEvents} to the
	 * {@code outbox} layout. Each document is rewritten only if its old array is
	 * unchanged since it was read, so replicas starting together migrate every event
	 * exactly once.
	 * @return how many documents were migrated
	 */
	public int migrateLegacy() {
		int migrated = 0;
		for (OutboxCollection collection : this.collections) {
			int batch;
			do {
				batch = 0;
				Query legacy = Query.query(where(LEGACY_EVENTS).exists(true)).limit(this.properties.batchSize());
				legacy.fields().include("_id").include(LEGACY_EVENTS);
				for (Document document : this.store.find(legacy, collection.name())) {
					if (migrate(collection, document)) {
						batch++;
					}
				}
				migrated += batch;
			}
			while (batch > 0);
		}
		if (migrated > 0) {
			logger.info("Moved the pending events of {} documents to the '{}' layout", migrated, Outbox.EVENTS);
		}
		return migrated;
	}

	private boolean migrate(OutboxCollection collection, Document document) {
		Object old = document.get(LEGACY_EVENTS);
		try {
			List<Document> events = new ArrayList<>();
			if (old instanceof List<?> list) {
				for (Object element : list) {
					events.add(collection.legacyEvents().apply((Document) element).toDocument());
				}
			}
			Update update = new Update().unset(LEGACY_EVENTS).unset("outboxPending").unset("outboxLease");
			if (!events.isEmpty()) {
				update.push(Outbox.EVENTS).each(events.toArray());
			}
			return this.store.updateFirst(Query.query(where("_id").is(document.get("_id")).and(LEGACY_EVENTS).is(old)),
					update, collection.name()) > 0;
		}
		catch (RuntimeException ex) {
			logger.error("Could not migrate the pending events of {} {}; they stay in '{}'", collection.name(),
					document.get("_id"), LEGACY_EVENTS, ex);
			return false;
		}
	}

	/**
	 * Pending documents and the oldest pending event per collection, as of the last
	 * sweep.
	 */
	public Map<String, PendingStats> stats() {
		return Map.copyOf(this.stats);
	}

	/**
	 * Recounts what is pending (on sweeps only: a count and one sorted read per
	 * collection).
	 */
	void refreshStats() {
		for (OutboxCollection collection : this.collections) {
			Query pending = Query.query(where(Outbox.EVENTS + ".0").exists(true));
			long documents = this.store.count(pending, collection.name());
			Instant oldest = null;
			if (documents > 0) {
				Query first = Query.query(where(Outbox.EVENTS + ".0").exists(true))
					.with(Sort.by(Outbox.EVENTS + ".0.occurredAt"))
					.limit(1);
				first.fields().include(Outbox.EVENTS);
				oldest = this.store.find(first, collection.name())
					.stream()
					.flatMap((document) -> document.getList(Outbox.EVENTS, Document.class, List.of()).stream())
					.map((event) -> event.getDate("occurredAt"))
					.filter((date) -> date != null)
					.map(Date::toInstant)
					.min(Instant::compareTo)
					.orElse(null);
			}
			this.stats.put(collection.name(), new PendingStats(documents, oldest));
		}
	}

	/**
	 * Runs a round soon on the relay thread, coalescing a burst of writes into one round.
	 */
	public void nudge() {
		ScheduledExecutorService current = this.executor;
		if (current != null && this.nudged.compareAndSet(false, true)) {
			try {
				current.execute(() -> {
					this.nudged.set(false);
					round(false);
				});
			}
			catch (RuntimeException ex) {
				// stopping: the next start sweeps
				this.nudged.set(false);
			}
		}
	}

	private void round(boolean sweep) {
		Instant now = this.clock.instant();
		if (now.isBefore(this.pausedUntil)) {
			return;
		}
		try {
			relayPending();
			if (this.backoff != null) {
				logger.info("Outbox relay works again");
			}
			this.backoff = null;
		}
		catch (RuntimeException ex) {
			this.backoff = (this.backoff != null) ? min(this.backoff.multipliedBy(2), this.properties.backoff().max())
					: this.properties.backoff().initial();
			this.pausedUntil = now.plus(this.backoff);
			logger.warn("Outbox relay round failed, retrying in {}: {}", this.backoff, describe(ex));
			logger.debug("Outbox relay failure", ex);
			ScheduledExecutorService current = this.executor;
			if (current != null) {
				current.schedule(() -> round(false), this.backoff.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		if (sweep) {
			try {
				refreshStats();
			}
			catch (RuntimeException ex) {
				logger.debug("Could not count pending outbox events", ex);
			}
		}
	}

	private static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage()));
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			text.append(" <- ").append(cause);
		}
		return text.toString();
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	@Override
	public void start() {
		if (!this.properties.enabled() || this.executor != null) {
			return;
		}
		ScheduledThreadPoolExecutor started = new ScheduledThreadPoolExecutor(1, (runnable) -> {
			Thread thread = new Thread(runnable, "outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		// A pending back-off retry must not delay shutdown.
		started.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.executor = started;
		started.execute(() -> {
			try {
				migrateLegacy();
			}
			catch (RuntimeException ex) {
				logger.error("Migrating earlier pending events failed; retried at the next start", ex);
			}
		});
		started.scheduleWithFixedDelay(() -> round(true), 0, this.properties.sweepInterval().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService stopped = this.executor;
		this.executor = null;
		if (stopped != null) {
			// Let a running round finish (and release its leases) rather than leave them
			// to expire.
			stopped.shutdown();
			try {
				if (!stopped.awaitTermination(this.properties.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
					stopped.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	/**
	 * What waits in one collection.
	 *
	 * @param documents documents with at least one pending event
	 * @param oldest when the oldest pending event was recorded; null when none is pending
	 */
	public record PendingStats(long documents, Instant oldest) {
	}

	private record Claimed(Object id, List<OutboxEvent> events, List<CompletableFuture<?>> acknowledgements) {
	}

	private record Round(int claimed, int sent, Exception failure) {
	}

}
