package gov.maservice.catalog.item;

import java.time.Instant;
import java.util.List;

import gov.maservice.catalog.guide.Guide;

/**
 * An item as the admin API shows it: the draft and the published edition side by side.
 * Callers who may not edit the item get {@link #publicOf(CatalogItem) the public view}:
 * the published edition only, described by the published guide, and no staff user names.
 *
 * @param code item code
 * @param name working name (draft, else published)
 * @param departmentCode working department
 * @param localityCodes working localities
 * @param itemType working item type
 * @param status DRAFT, PUBLISHED or WITHDRAWN
 * @param version revision to send with the next write
 * @param edition current published edition number (0 before the first publication)
 * @param lastUpdated last major publication
 * @param draft the draft edition, or {@code null}
 * @param published the published edition, or {@code null}
 * @param withdrawnReason why it was withdrawn, or {@code null}
 * @param withdrawnAt when it was withdrawn
 * @param createdAt creation time
 * @param createdBy creator
 * @param modifiedAt last change
 * @param modifiedBy who made the last change
 */
public record ItemView(String code, String name, String departmentCode, List<String> localityCodes, String itemType,
		ItemStatus status, long version, int edition, Instant lastUpdated, DraftEdition draft,
		PublishedEdition published, String withdrawnReason, Instant withdrawnAt, Instant createdAt, String createdBy,
		Instant modifiedAt, String modifiedBy) {

	static ItemView of(CatalogItem item) {
		return new ItemView(item.code(), item.name(), item.departmentCode(), item.localityCodes(),
				(item.itemType() != null) ? item.itemType().name() : null, item.status(), item.version(),
				item.edition(), item.lastUpdated(), item.draft(), item.published(), item.withdrawnReason(),
				item.withdrawnAt(), item.createdAt(), item.createdBy(), item.modifiedAt(), item.modifiedBy());
	}

	/**
	 * What anyone may read of a published (or withdrawn) item: no draft, no user names.
	 * @param item an item with a published edition
	 * @return the view
	 */
	static ItemView publicOf(CatalogItem item) {
		PublishedEdition published = item.published();
		Guide guide = published.guide();
		return new ItemView(item.code(), guide.name(), guide.departmentCode(), guide.localityCodes(),
				(guide.itemType() != null) ? guide.itemType().name() : null, item.status(), item.version(),
				item.edition(), item.lastUpdated(), null,
				new PublishedEdition(published.edition(), guide, published.publishedAt(), null, published.updateType(),
						published.changeNote()),
				item.withdrawnReason(), item.withdrawnAt(), item.createdAt(), null, item.modifiedAt(), null);
	}

}
