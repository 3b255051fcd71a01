package gov.maservice.catalog.web;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Rendered guide pages of this replica, keyed by item code and text size and valid for
 * the item revision they were rendered at. A lookup names the revision search last
 * indexed ({@link gov.maservice.catalog.search.GuideRevisions}); when a publication moves
 * it, the old rendering is simply never matched again and is replaced by the next
 * request. Forms, department and locality names can change without a new revision, so a
 * rendering is also renewed after {@link PageProperties#cacheTtl()}. A hit costs two hash
 * lookups and no store access.
 */
@Component
class GuidePageCache {

	private final Map<Key, Entry> pages = new ConcurrentHashMap<>();

	private final int capacity;

	private final long ttlNanos;

	GuidePageCache(PageProperties properties) {
		this.capacity = properties.cacheEntries();
		this.ttlNanos = properties.cacheTtl().toNanos();
	}

	private record Key(String code, boolean large) {
	}

	private record Entry(long revision, RenderedPage page, long renderedAt) {
	}

	/** The rendering at exactly this revision, or {@code null}. */
	RenderedPage get(String code, boolean large, OptionalLong revision) {
		if (revision.isEmpty()) {
			return null;
		}
		Entry entry = this.pages.get(new Key(code, large));
		if (entry == null || entry.revision() != revision.getAsLong()
				|| System.nanoTime() - entry.renderedAt() > this.ttlNanos) {
			return null;
		}
		return entry.page();
	}

	void put(String code, boolean large, long revision, RenderedPage page) {
		if (this.pages.size() >= this.capacity) {
			this.pages.clear();
		}
		this.pages.put(new Key(code, large), new Entry(revision, page, System.nanoTime()));
	}

	int size() {
		return this.pages.size();
	}

}
