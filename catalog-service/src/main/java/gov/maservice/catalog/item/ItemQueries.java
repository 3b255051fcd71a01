package gov.maservice.catalog.item;

import java.util.List;

import gov.maservice.catalog.guide.ItemType;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The admin item list with its filters. Values are bound as literals, never as query operators. */
@Component
class ItemQueries {

	private final MongoOperations mongo;

	ItemQueries(MongoOperations mongo) {
		this.mongo = mongo;
	}

	ItemPage list(String department, String locality, ItemType itemType, ItemStatus status, int page, int size) {
		Criteria criteria = new Criteria();
		if (department != null) {
			criteria.and("departmentCode").is(department);
		}
		if (locality != null) {
			criteria.and("localityCodes").is(locality);
		}
		if (itemType != null) {
			criteria.and("itemType").is(itemType);
		}
		if (status != null) {
			criteria.and("status").is(status);
		}
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, CatalogItem.class);
		query.with(Sort.by("_id")).skip((long) page * size).limit(size);
		query.fields().exclude("draft.guide", "published", "history", "audit", "pendingEvents");
		List<ItemSummary> content = this.mongo.find(query, CatalogItem.class)
			.stream()
			.map(ItemQueries::summary)
			.toList();
		return new ItemPage(content, new ItemPage.PageMetadata(size, page, total, (total + size - 1) / size));
	}

	private static ItemSummary summary(CatalogItem item) {
		return new ItemSummary(item.code(), item.name(), item.departmentCode(), item.localityCodes(),
				(item.itemType() != null) ? item.itemType().name() : null, item.status(), item.version(),
				item.edition(), item.draft() != null, item.lastUpdated());
	}

}
