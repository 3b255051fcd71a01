package gov.maservice.catalog.item;

import java.util.List;

import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.guide.ItemType;
import gov.maservice.platform.outbox.Outbox;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The item list with its filters. Values are bound as literals, never as query operators.
 * The public list holds published and withdrawn items only, described by their published
 * guide.
 */
@Component
class ItemQueries {

	private final MongoOperations mongo;

	ItemQueries(MongoOperations mongo) {
		this.mongo = mongo;
	}

	ItemPage list(String department, String locality, ItemType itemType, ItemStatus status, int page, int size,
			boolean publishedOnly) {
		Criteria criteria = new Criteria();
		if (publishedOnly) {
			criteria.and("published").ne(null);
		}
		// The public list filters on what citizens read: the published guide, not a
		// draft.
		String prefix = publishedOnly ? "published.guide." : "";
		if (department != null) {
			criteria.and(prefix + "departmentCode").is(department);
		}
		if (locality != null) {
			criteria.and(prefix + "localityCodes").is(locality);
		}
		if (itemType != null) {
			criteria.and(prefix + "itemType").is(itemType);
		}
		if (status != null) {
			criteria.and("status").is(status);
		}
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, CatalogItem.class);
		query.with(Sort.by("_id")).skip((long) page * size).limit(size);
		if (publishedOnly) {
			query.fields().exclude("draft", "history", "audit", Outbox.EVENTS);
		}
		else {
			query.fields().exclude("draft.guide", "published", "history", "audit", Outbox.EVENTS);
		}
		List<ItemSummary> content = this.mongo.find(query, CatalogItem.class)
			.stream()
			.map(publishedOnly ? ItemQueries::publicSummary : ItemQueries::summary)
			.toList();
		return new ItemPage(content, new ItemPage.PageMetadata(size, page, total, (total + size - 1) / size));
	}

	private static ItemSummary summary(CatalogItem item) {
		return new ItemSummary(item.code(), item.name(), item.departmentCode(), item.localityCodes(),
				(item.itemType() != null) ? item.itemType().name() : null, item.status(), item.version(),
				item.edition(), item.draft() != null, item.lastUpdated());
	}

	private static ItemSummary publicSummary(CatalogItem item) {
		Guide guide = item.published().guide();
		return new ItemSummary(item.code(), guide.name(), guide.departmentCode(), guide.localityCodes(),
				(guide.itemType() != null) ? guide.itemType().name() : null, item.status(), item.version(),
				item.edition(), false, item.lastUpdated());
	}

}
