package gov.maservice.catalog.publishing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import gov.maservice.catalog.form.Forms;
import gov.maservice.catalog.guide.Codes;
import gov.maservice.catalog.item.CatalogItem;
import gov.maservice.catalog.item.EditionRecord;
import gov.maservice.catalog.item.ItemStatus;
import gov.maservice.catalog.item.PublishedEdition;
import gov.maservice.contracts.UpdateType;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The read side of the catalog for the citizen pages, search and the public guide JSON:
 * published guides only, never drafts. Lookups by department and locality return live
 * (not withdrawn) guides ordered by code; a lookup by code also resolves withdrawn
 * guides.
 */
@Component
public class PublishedGuides {

	private static final String DEPARTMENT = "published.guide.departmentCode";

	private static final String LOCALITIES = "published.guide.localityCodes";

	private final MongoOperations mongo;

	private final Forms forms;

	PublishedGuides(MongoOperations mongo, Forms forms) {
		this.mongo = mongo;
		this.forms = forms;
	}

	/**
	 * The published or withdrawn guide of an item; empty for unknown codes and
	 * never-published drafts.
	 */
	public Optional<PublishedGuideView> findByCode(String code) {
		if (!Codes.isValid(code)) {
			return Optional.empty();
		}
		CatalogItem item = this.mongo.findById(code, CatalogItem.class);
		if (item == null || item.published() == null) {
			return Optional.empty();
		}
		return Optional.of(view(item, true));
	}

	/**
	 * Live guides of one department, by code. Forms are not loaded (empty list) to keep
	 * lists cheap.
	 */
	public List<PublishedGuideView> findByDepartment(String departmentCode) {
		if (!Codes.isValid(departmentCode)) {
			return List.of();
		}
		return live(Query.query(where("status").is(ItemStatus.PUBLISHED).and(DEPARTMENT).is(departmentCode)));
	}

	/**
	 * Live guides delegated to one locality, by code. Forms are not loaded (empty list).
	 */
	public List<PublishedGuideView> findByLocality(String localityCode) {
		if (!Codes.isValid(localityCode)) {
			return List.of();
		}
		return live(Query.query(where("status").is(ItemStatus.PUBLISHED).and(LOCALITIES).is(localityCode)));
	}

	/**
	 * Every published and withdrawn guide, for building a search index. Forms are not
	 * loaded. Close the stream (try-with-resources): it holds a database cursor.
	 */
	public Stream<PublishedGuideView> streamAll() {
		Query query = Query.query(where("status").in(ItemStatus.PUBLISHED, ItemStatus.WITHDRAWN)).with(Sort.by("_id"));
		return this.mongo.stream(query, CatalogItem.class).map((item) -> view(item, false));
	}

	/** How many guides are live (published, not withdrawn). */
	public long countLive() {
		return this.mongo.count(Query.query(where("status").is(ItemStatus.PUBLISHED)), CatalogItem.class);
	}

	private List<PublishedGuideView> live(Query query) {
		return this.mongo.find(query.with(Sort.by("_id")), CatalogItem.class)
			.stream()
			.map((item) -> view(item, false))
			.toList();
	}

	private PublishedGuideView view(CatalogItem item, boolean withForms) {
		PublishedEdition published = item.published();
		List<ChangeNote> changes = item.history()
			.stream()
			.filter((entry) -> entry.updateType() == UpdateType.MAJOR)
			.sorted(Comparator.comparingInt(EditionRecord::edition).reversed())
			.map((entry) -> new ChangeNote(entry.edition(), entry.publishedAt(), entry.changeNote()))
			.toList();
		return new PublishedGuideView(item.code(), item.status(), item.version(), published.edition(),
				published.guide(), published.publishedAt(), published.updateType(), published.changeNote(),
				item.lastUpdated(), item.withdrawnReason(), item.withdrawnAt(), changes,
				withForms ? this.forms.findByItem(item.code()) : List.of());
	}

}
