package gov.maservice.qr.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Every short link in memory, so that a scan does not need the store: links are few (one
 * per item, department, locality and delegated item, plus custom links; a few thousand,
 * about 0.5 KB each) and change rarely. Loaded in full at start-up, updated at once by
 * this instance's writes, and refreshed every {@code qr.links.refresh-interval} with the
 * links other replicas changed ({@code updatedAt}). A token not in the table (minted a
 * moment ago elsewhere) is looked up in the store with a bounded wait.
 */
@Component
class LinkTable implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(LinkTable.class);

	/**
	 * How far back each refresh reaches before the previous one started: covers clock
	 * skew between replicas and writes stamped before they became visible.
	 */
	private static final Duration OVERLAP = Duration.ofSeconds(30);

	private final MongoTemplate mongoTemplate;

	private final Duration lookupTimeout;

	private final Map<String, ShortLink> links = new ConcurrentHashMap<>();

	private final ScheduledExecutorService refresher;

	private final ThreadPoolExecutor lookups;

	private volatile Instant refreshedFrom;

	LinkTable(MongoTemplate mongoTemplate, LinkProperties properties) {
		this.mongoTemplate = mongoTemplate;
		this.lookupTimeout = properties.lookupTimeout();
		this.refresher = Executors.newSingleThreadScheduledExecutor((task) -> daemon(task, "link-table-refresh"));
		// A frozen store holds a lookup thread until the driver gives up: a few threads
		// and a short queue, beyond which a lookup fails at once.
		this.lookups = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(32),
				(task) -> daemon(task, "link-table-lookup"));
		this.lookups.allowCoreThreadTimeOut(true);
		refreshQuietly();
		long interval = properties.refreshInterval().toMillis();
		this.refresher.scheduleWithFixedDelay(this::refreshQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * The link of a token, from memory; a token not in memory is looked up in the store
	 * within {@code qr.links.lookup-timeout}.
	 * @throws LinkStoreUnavailableException when the token is not in memory and the store
	 * did not answer in time
	 */
	Optional<ShortLink> find(String token) {
		ShortLink link = this.links.get(token);
		if (link != null) {
			return Optional.of(link);
		}
		Future<ShortLink> lookup;
		try {
			lookup = this.lookups.submit(() -> this.mongoTemplate.findById(token, ShortLink.class));
		}
		catch (RejectedExecutionException ex) {
			throw new LinkStoreUnavailableException(ex);
		}
		try {
			ShortLink found = lookup.get(this.lookupTimeout.toMillis(), TimeUnit.MILLISECONDS);
			if (found != null) {
				put(found);
			}
			return Optional.ofNullable(found);
		}
		catch (TimeoutException | ExecutionException ex) {
			lookup.cancel(true);
			throw new LinkStoreUnavailableException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LinkStoreUnavailableException(ex);
		}
	}

	/** Records a link this instance has just written (or read) in full. */
	void put(ShortLink link) {
		this.links.merge(link.token(), link, LinkTable::newer);
	}

	/** How many links are held in memory. */
	int size() {
		return this.links.size();
	}

	/**
	 * Loads every link the first time, then the links changed since shortly before the
	 * previous refresh.
	 */
	void refresh() {
		Instant started = Instant.now();
		Instant from = this.refreshedFrom;
		Query query = (from != null) ? Query.query(where("updatedAt").gte(from.minus(OVERLAP))) : new Query();
		this.mongoTemplate.find(query, ShortLink.class).forEach(this::put);
		if (from == null) {
			logger.info("Loaded {} short links into memory", this.links.size());
		}
		this.refreshedFrom = started;
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			logger.warn("Short links not refreshed, serving the links in memory: {}", ex.getMessage());
		}
	}

	private static ShortLink newer(ShortLink held, ShortLink candidate) {
		if (held.updatedAt() != null && candidate.updatedAt() != null
				&& candidate.updatedAt().isBefore(held.updatedAt())) {
			return held;
		}
		return candidate;
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public void destroy() {
		this.refresher.shutdownNow();
		this.lookups.shutdownNow();
	}

}
