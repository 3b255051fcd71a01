package gov.maservice.gateway.resilience;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The last good copy of each guide page: in memory (bounded by count and bytes, least
 * recently used first out) and, optionally, in MongoDB so that every replica and a
 * restarted one can serve it. Refreshed on every successful pass-through of {@code GET
 * /g/{code}}.
 */
@Component
class GuidePageCopies {

	private static final Logger log = LoggerFactory.getLogger(GuidePageCopies.class);

	private final PageCacheProperties properties;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final LinkedHashMap<String, MemoryCopy> memory = new LinkedHashMap<>(16, 0.75f, true);

	private long memoryBytes;

	GuidePageCopies(PageCacheProperties properties, ReactiveMongoTemplate mongo, Clock clock) {
		this.properties = properties;
		this.mongo = mongo;
		this.clock = clock;
	}

	long maxPageBytes() {
		return this.properties.maxPageSize().toBytes();
	}

	/**
	 * Whether a page sent with this {@code Content-Encoding} can be kept (and decoded for
	 * the banner).
	 */
	static boolean canKeep(String contentEncoding) {
		return contentEncoding == null || "identity".equalsIgnoreCase(contentEncoding)
				|| "gzip".equalsIgnoreCase(contentEncoding);
	}

	/**
	 * Keeps a successful page as it went to the citizen (possibly gzip-compressed, as
	 * catalog-service sends it to browsers); it is decoded only when persisted or served
	 * as a fallback. Too large pages are skipped.
	 */
	void remember(String code, byte[] body, String contentEncoding, String contentType) {
		if (body.length > this.properties.maxPageSize().toBytes() || !canKeep(contentEncoding)) {
			return;
		}
		boolean gzip = "gzip".equalsIgnoreCase(contentEncoding);
		Instant now = this.clock.instant();
		MemoryCopy previous;
		boolean persist;
		synchronized (this.memory) {
			previous = this.memory.get(code);
			boolean changed = previous == null || changed(previous, body, gzip);
			persist = this.properties.persist()
					&& (changed || previous.persistedAt().plus(this.properties.persistInterval()).isBefore(now));
			Instant persistedAt = persist ? now : previous.persistedAt();
			put(code, new MemoryCopy(body, gzip, contentType, now, persistedAt));
		}
		if (persist) {
			String html = decode(body, gzip);
			if (html == null) {
				return;
			}
			StoredPageCopy copy = new StoredPageCopy(code, html, contentType, now);
			this.mongo.save(copy)
				.doOnError(ex -> log.warn("Could not persist the copy of guide page {}: {}", code, ex.toString()))
				.onErrorComplete()
				.subscribe();
		}
	}

	/** The last good copy of a page, from memory or else from MongoDB. */
	Mono<PageCopy> find(String code) {
		synchronized (this.memory) {
			MemoryCopy copy = this.memory.get(code);
			if (copy != null) {
				String html = decode(copy.body(), copy.gzip());
				return (html != null) ? Mono.just(new PageCopy(html, copy.contentType(), copy.storedAt()))
						: Mono.empty();
			}
		}
		if (!this.properties.persist()) {
			return Mono.empty();
		}
		return this.mongo.findById(code, StoredPageCopy.class)
			.map(stored -> new PageCopy(stored.html(), stored.contentType(), stored.storedAt()))
			.doOnError(ex -> log.warn("Could not read the copy of guide page {}: {}", code, ex.toString()))
			.onErrorComplete();
	}

	/**
	 * Browsers get gzip and other clients plain text: compare the content, not the
	 * encoding.
	 */
	private static boolean changed(MemoryCopy previous, byte[] body, boolean gzip) {
		if (previous.gzip() == gzip) {
			return !Arrays.equals(previous.body(), body);
		}
		String before = decode(previous.body(), previous.gzip());
		return before == null || !before.equals(decode(body, gzip));
	}

	private static String decode(byte[] body, boolean gzip) {
		if (!gzip) {
			return new String(body, StandardCharsets.UTF_8);
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			log.warn("Could not decompress a kept guide page: {}", ex.toString());
			return null;
		}
	}

	private void put(String code, MemoryCopy copy) {
		MemoryCopy replaced = this.memory.put(code, copy);
		if (replaced != null) {
			this.memoryBytes -= replaced.body().length;
		}
		this.memoryBytes += copy.body().length;
		Iterator<Map.Entry<String, MemoryCopy>> eldest = this.memory.entrySet().iterator();
		while ((this.memory.size() > this.properties.maxEntries()
				|| this.memoryBytes > this.properties.maxTotalSize().toBytes()) && eldest.hasNext()) {
			this.memoryBytes -= eldest.next().getValue().body().length;
			eldest.remove();
		}
	}

	/**
	 * A copy ready to serve.
	 *
	 * @param html the page
	 * @param contentType its content type
	 * @param storedAt when catalog-service served it
	 */
	record PageCopy(String html, String contentType, Instant storedAt) {
	}

	private record MemoryCopy(byte[] body, boolean gzip, String contentType, Instant storedAt, Instant persistedAt) {
	}

}
