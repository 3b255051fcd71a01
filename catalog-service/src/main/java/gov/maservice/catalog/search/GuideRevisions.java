package gov.maservice.catalog.search;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The revision of every published or withdrawn guide as this replica last indexed it,
 * kept in memory. The citizen pages use it as their cache key: a page rendered at a
 * revision is served again without reading the store until the revision moves, which
 * happens in this replica as soon as a publication is indexed here, and within
 * {@link SearchProperties#refreshInterval()} when another replica published.
 */
@Component
public class GuideRevisions {

	private final Map<String, Long> revisions = new ConcurrentHashMap<>();

	/** The last revision indexed for the item, empty for codes search has not seen. */
	public OptionalLong of(String code) {
		Long revision = (code != null) ? this.revisions.get(code) : null;
		return (revision != null) ? OptionalLong.of(revision) : OptionalLong.empty();
	}

	void update(String code, long revision) {
		this.revisions.merge(code, revision, Math::max);
	}

}
