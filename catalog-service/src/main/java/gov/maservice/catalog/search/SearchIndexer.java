package gov.maservice.catalog.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import gov.maservice.catalog.department.Department;
import gov.maservice.catalog.department.Departments;
import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.guide.Material;
import gov.maservice.catalog.item.GuideChanged;
import gov.maservice.catalog.locality.Localities;
import gov.maservice.catalog.locality.Locality;
import gov.maservice.catalog.publishing.PublishedGuideView;
import gov.maservice.catalog.publishing.PublishedGuides;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the shared {@code search_index} collection and this replica's {@link SearchIndex}
 * in step with the published catalog:
 * <ul>
 * <li>a guide published, updated or withdrawn in this replica is indexed at once
 * ({@link GuideChanged});</li>
 * <li>guides indexed by other replicas are picked up by {@link #refresh()} polling the
 * collection;</li>
 * <li>{@link #reconcile()} compares the whole catalog with the collection and repairs
 * what a crash, a renamed department or a changed token format left behind; it also
 * builds the collection on first start.</li>
 * </ul>
 * Indexing never fails a publication: the catalog is the truth and the next reconcile
 * catches up.
 */
@Component
class SearchIndexer {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final SearchStore store;

	private final GuideRevisions revisions;

	private final PublishedGuides guides;

	private final Departments departments;

	private final Localities localities;

	private final SearchProperties properties;

	/**
	 * How long department names and the locality tree are reused between publications: a
	 * bulk publication (the seed, an import) indexes hundreds of guides in a row, and a
	 * renamed department reaches the index by the next reconcile anyway.
	 */
	private static final long DIRECTORY_REUSE_NANOS = 5_000_000_000L;

	private volatile Instant watermark = Instant.EPOCH;

	private volatile Directory directory;

	private volatile long directoryLoadedAt;

	SearchIndexer(SearchIndex index, SearchStore store, GuideRevisions revisions, PublishedGuides guides,
			Departments departments, Localities localities, SearchProperties properties) {
		this.index = index;
		this.store = store;
		this.revisions = revisions;
		this.guides = guides;
		this.departments = departments;
		this.localities = localities;
		this.properties = properties;
	}

	@EventListener
	void onGuideChanged(GuideChanged changed) {
		try {
			Optional<PublishedGuideView> view = this.guides.findByCode(changed.itemCode());
			view.ifPresent((found) -> index(found, directory(false)));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not index guide {} at version {}; the next reconcile will", changed.itemCode(),
					changed.version(), ex);
		}
	}

	/**
	 * Loads the stored documents into memory; the collection may be empty on a first
	 * start.
	 */
	void load() {
		this.store.createIndexes();
		AtomicInteger loaded = new AtomicInteger();
		this.store.forEach((document) -> {
			if (document.format() == SearchTokens.FORMAT) {
				apply(document);
				loaded.incrementAndGet();
			}
		});
		logger.info("Loaded {} search documents, {} guides searchable", loaded.get(), this.index.size());
	}

	/** Applies documents other replicas wrote since the last poll. */
	void refresh() {
		Instant since = this.watermark.minus(this.properties.refreshOverlap());
		for (SearchDocument document : this.store.changedSince(since)) {
			if (document.format() == SearchTokens.FORMAT) {
				apply(document);
			}
		}
	}

	/**
	 * Re-indexes every guide whose stored document is missing, older than the item, of
	 * another token format or out of date with the directory.
	 * @return how many guides were (re)indexed
	 */
	int reconcile() {
		Map<String, SearchDocument> stored = new HashMap<>();
		this.store.forEach((document) -> stored.put(document.code(), document));
		Directory directory = directory(true);
		int indexed = 0;
		try (Stream<PublishedGuideView> views = this.guides.streamAll()) {
			for (PublishedGuideView view : (Iterable<PublishedGuideView>) views::iterator) {
				SearchDocument current = stored.get(view.code());
				if (isOutdated(current, view, directory)) {
					index(view, directory);
					indexed++;
				}
			}
		}
		if (indexed > 0) {
			logger.info("Reconciled the search index: {} guides re-indexed, {} searchable", indexed, this.index.size());
		}
		return indexed;
	}

	private Directory directory(boolean fresh) {
		long now = System.nanoTime();
		Directory current = this.directory;
		if (fresh || current == null || now - this.directoryLoadedAt > DIRECTORY_REUSE_NANOS) {
			current = Directory.load(this.departments, this.localities);
			this.directory = current;
			this.directoryLoadedAt = now;
		}
		return current;
	}

	private boolean isOutdated(SearchDocument current, PublishedGuideView view, Directory directory) {
		if (current == null || current.revision() < view.version() || current.format() != SearchTokens.FORMAT) {
			return true;
		}
		if (view.withdrawn()) {
			return current.isPublished();
		}
		if (!current.isPublished()) {
			return true;
		}
		Guide guide = view.guide();
		return !Objects.equals(current.departmentName(), directory.departmentName(guide.departmentCode()))
				|| !Objects.equals(current.localityScope(), directory.scope(guide.localityCodes()));
	}

	private void index(PublishedGuideView view, Directory directory) {
		Instant now = Instant.now();
		SearchDocument document = view.withdrawn() ? SearchDocument.withdrawn(view.code(), view.version(), now)
				: SearchDocument.published(indexable(view, directory), now);
		if (this.store.save(document)) {
			apply(document);
		}
	}

	static IndexableGuide indexable(PublishedGuideView view, Directory directory) {
		Guide guide = view.guide();
		return new IndexableGuide(view.code(), guide.basicCode(), guide.name(), guide.shortName(),
				guide.departmentCode(), directory.departmentName(guide.departmentCode()),
				(guide.itemType() != null) ? guide.itemType().name() : null, guide.localityCodes(),
				directory.scope(guide.localityCodes()), guide.materials().stream().map(Material::name).toList(),
				guide.conditions(), view.version(), view.edition());
	}

	private void apply(SearchDocument document) {
		if (document.isPublished()) {
			this.index.put(IndexedItem.of(document));
		}
		else {
			this.index.remove(document.code(), document.revision());
		}
		this.revisions.update(document.code(), document.revision());
		if (document.indexedAt() != null && document.indexedAt().isAfter(this.watermark)) {
			this.watermark = document.indexedAt();
		}
	}

	/**
	 * Department names and the locality hierarchy, read once per batch of guides.
	 *
	 * @param departments department code → name
	 * @param parents locality code → parent code, for localities only
	 */
	record Directory(Map<String, String> departments, Map<String, String> parents) {

		static Directory load(Departments departments, Localities localities) {
			Map<String, String> names = departments.findAll()
				.stream()
				.collect(Collectors.toMap(Department::code, Department::name, (a, b) -> a));
			Map<String, String> parents = new HashMap<>();
			for (Locality locality : localities.findAll()) {
				parents.put(locality.code(), locality.parentCode());
			}
			return new Directory(names, parents);
		}

		String departmentName(String code) {
			return this.departments.get(code);
		}

		/** The localities and every locality above them, in a stable order. */
		List<String> scope(List<String> localityCodes) {
			Set<String> scope = new LinkedHashSet<>();
			for (String code : localityCodes) {
				String current = code;
				while (current != null && this.parents.containsKey(current) && scope.add(current)) {
					current = this.parents.get(current);
				}
				if (!this.parents.containsKey(code)) {
					scope.add(code);
				}
			}
			return new ArrayList<>(scope);
		}

	}

}
