package gov.maservice.qr.scan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Counts scans of short links without making a redirect wait for the store: each scan is
 * added to an in-memory tally, and a flusher writes the tallies as single-document
 * {@code $inc} upserts on (token, day) every {@link ScanProperties#flushInterval()}.
 * {@code $inc} keeps concurrent writers on any number of replicas exact. When the store
 * is unreachable the tallies are kept and written once it is back, so a frozen store
 * never stops a printed code from working. Two first writes of the same day may race to
 * insert the document; the loser gets a duplicate-key error and simply increments the
 * winner's document.
 */
@Service
public class ScanCounter implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ScanCounter.class);

	/** Days are counted in the district's time zone, as the hall reads its statistics. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final MongoTemplate mongoTemplate;

	private final Clock clock;

	private final Map<Tally, LongAdder> pending = new ConcurrentHashMap<>();

	private final ScheduledExecutorService flusher;

	ScanCounter(MongoTemplate mongoTemplate, ScanProperties properties) {
		this.mongoTemplate = mongoTemplate;
		this.clock = Clock.system(ZONE);
		this.flusher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "scan-counter-flush");
			thread.setDaemon(true);
			return thread;
		});
		long interval = properties.flushInterval().toMillis();
		this.flusher.scheduleWithFixedDelay(this::flushQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * Counts a scan; returns at once.
	 * @param token the scanned short link
	 * @param kind ITEM, DEPARTMENT, LOCALITY or CUSTOM
	 * @param targetCode the code behind the link, {@code null} for custom links
	 * @param localityCode the locality the scan is attributed to, or {@code null}
	 */
	public void count(String token, String kind, String targetCode, String localityCode) {
		Tally tally = new Tally(token, LocalDate.now(this.clock).toString(), kind, targetCode, localityCode);
		this.pending.computeIfAbsent(tally, (key) -> new LongAdder()).increment();
	}

	/**
	 * Writes every counted scan to the store now; what cannot be written stays counted
	 * for the next flush.
	 * @throws DataAccessException when the store refused a write
	 */
	public synchronized void flush() {
		for (Tally tally : this.pending.keySet()) {
			LongAdder adder = this.pending.remove(tally);
			long scans = (adder != null) ? adder.sumThenReset() : 0;
			if (scans == 0) {
				continue;
			}
			try {
				write(tally, scans);
			}
			catch (RuntimeException ex) {
				this.pending.computeIfAbsent(tally, (key) -> new LongAdder()).add(scans);
				throw ex;
			}
		}
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			logger.warn("Scan counts not written yet, kept for the next attempt: {}", ex.getMessage());
		}
	}

	private void write(Tally tally, long scans) {
		Query query = Query.query(where("_id").is(tally.token() + ":" + tally.day()));
		Update update = new Update().inc("count", scans)
			.setOnInsert("token", tally.token())
			.setOnInsert("day", tally.day())
			.setOnInsert("kind", tally.kind())
			.setOnInsert("targetCode", tally.targetCode())
			.setOnInsert("localityCode", tally.localityCode());
		try {
			this.mongoTemplate.upsert(query, update, DailyScans.class);
		}
		catch (DuplicateKeyException ex) {
			this.mongoTemplate.upsert(query, update, DailyScans.class);
		}
	}

	/** Writes what is still counted before the process ends. */
	@Override
	public void destroy() {
		this.flusher.shutdown();
		flushQuietly();
	}

	private record Tally(String token, String day, String kind, String targetCode, String localityCode) {
	}

}
