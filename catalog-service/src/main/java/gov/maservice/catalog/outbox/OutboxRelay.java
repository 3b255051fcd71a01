package gov.maservice.catalog.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import gov.maservice.catalog.config.CatalogProperties;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Sends pending events to Kafka and then removes exactly the sent ones from their documents.
 * <p>
 * Several replicas may run it at once: a round first claims documents with a lease
 * ({@code outboxLease}: a random owner token and an expiry), set only where no live lease exists,
 * and then works on the documents it owns. A replica that dies while holding a lease leaves the
 * events pending; another round takes them over when the lease expires. Events are removed only
 * after the broker acknowledged them, so a crash after the send sends them again: delivery is at
 * least once, and consumers drop duplicates by event id.
 * <p>
 * Rounds run on one thread per replica: after every write ({@link Outbox#written()}) and on a poll.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private final MongoOperations mongo;

	private final OutboxSender sender;

	private final List<OutboxCollection> collections;

	private final CatalogProperties.Outbox properties;

	private final AtomicBoolean nudged = new AtomicBoolean();

	private volatile ScheduledExecutorService executor;

	public OutboxRelay(MongoOperations mongo, OutboxSender sender, List<OutboxCollection> collections,
			CatalogProperties properties) {
		this.mongo = mongo;
		this.sender = sender;
		this.collections = List.copyOf(collections);
		this.properties = properties.outbox();
	}

	/**
	 * Sends every pending event whose document is not leased by someone else, until none is left
	 * or a send fails.
	 * @return how many events were acknowledged by the broker
	 */
	public int relayPending() {
		int sent = 0;
		for (OutboxCollection collection : this.collections) {
			int round;
			do {
				round = relayRound(collection.name());
				sent += Math.max(round, 0);
			}
			while (round > 0);
		}
		return sent;
	}

	/** One claimed batch: the number of events sent, 0 when nothing was claimed, -1 on failure. */
	private int relayRound(String collection) {
		Instant now = Instant.now();
		Criteria claimable = new Criteria().andOperator(where(Outbox.PENDING_FLAG).is(true),
				new Criteria().orOperator(where(Outbox.LEASE).is(null),
						where(Outbox.LEASE + ".until").lt(Date.from(now))));
		Query candidates = Query.query(claimable).limit(this.properties.batchSize());
		candidates.fields().include("_id");
		List<Object> ids = this.mongo.find(candidates, Document.class, collection)
			.stream()
			.map((document) -> document.get("_id"))
			.toList();
		if (ids.isEmpty()) {
			return 0;
		}
		String token = UUID.randomUUID().toString();
		Document lease = new Document("owner", token).append("until",
				Date.from(now.plus(this.properties.lease())));
		this.mongo.updateMulti(Query.query(new Criteria().andOperator(where("_id").in(ids), claimable)),
				new Update().set(Outbox.LEASE, lease), collection);
		Query owned = Query.query(where(Outbox.LEASE + ".owner").is(token));
		owned.fields().include("_id").include(Outbox.PENDING_EVENTS);
		List<Document> documents = this.mongo.find(owned, Document.class, collection);
		return send(collection, token, documents);
	}

	private int send(String collection, String token, List<Document> documents) {
		List<CompletableFuture<?>> acknowledgements = new ArrayList<>();
		for (Document document : documents) {
			for (PendingEvent event : pendingEvents(document)) {
				acknowledgements.add(this.sender.send(event));
			}
		}
		try {
			CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
				.get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			logger.warn("Relaying {} events from {} failed; they stay pending and are retried", acknowledgements.size(),
					collection, ex);
			release(collection, token);
			return -1;
		}
		List<Object> ids = documents.stream().map((document) -> document.get("_id")).toList();
		List<String> sentIds = documents.stream()
			.flatMap((document) -> pendingEvents(document).stream())
			.map(PendingEvent::eventId)
			.toList();
		this.mongo.updateMulti(Query.query(where("_id").in(ids).and(Outbox.LEASE + ".owner").is(token)),
				new Update().pull(Outbox.PENDING_EVENTS, new Document("eventId", new Document("$in", sentIds)))
					.unset(Outbox.LEASE),
				collection);
		this.mongo.updateMulti(Query.query(where("_id").in(ids).and(Outbox.PENDING_EVENTS).size(0)),
				new Update().unset(Outbox.PENDING_FLAG), collection);
		if (!acknowledgements.isEmpty()) {
			logger.debug("Relayed {} events from {} documents of {}", acknowledgements.size(), documents.size(),
					collection);
		}
		return acknowledgements.size();
	}

	private void release(String collection, String token) {
		this.mongo.updateMulti(Query.query(where(Outbox.LEASE + ".owner").is(token)),
				new Update().unset(Outbox.LEASE), collection);
	}

	private List<PendingEvent> pendingEvents(Document document) {
		List<PendingEvent> events = new ArrayList<>();
		List<?> pending = document.get(Outbox.PENDING_EVENTS, List.class);
		if (pending == null) {
			return events;
		}
		for (Object element : pending) {
			Document event = (Document) element;
			Date createdAt = event.getDate("createdAt");
			events.add(new PendingEvent(event.getString("eventId"), event.getString("topic"), event.getString("key"),
					event.getString("type"), event.getString("javaType"), event.getString("payload"),
					(createdAt != null) ? createdAt.toInstant() : null));
		}
		return events;
	}

	/** Runs a round soon, on the relay thread, coalescing a burst of writes into one round. */
	@EventListener
	void onWritten(Outbox.OutboxWritten written) {
		ScheduledExecutorService current = this.executor;
		if (current != null && this.nudged.compareAndSet(false, true)) {
			current.execute(this::nudgedRound);
		}
	}

	private void nudgedRound() {
		this.nudged.set(false);
		relayQuietly();
	}

	private void relayQuietly() {
		try {
			relayPending();
		}
		catch (RuntimeException ex) {
			logger.warn("Outbox relay round failed; retrying on the next poll", ex);
		}
	}

	@Override
	public void start() {
		if (!this.properties.enabled()) {
			return;
		}
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.pollInterval().toMillis();
		started.scheduleWithFixedDelay(this::relayQuietly, 0, interval, TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService stopped = this.executor;
		this.executor = null;
		if (stopped != null) {
			stopped.shutdown();
			try {
				stopped.awaitTermination(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
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

}
