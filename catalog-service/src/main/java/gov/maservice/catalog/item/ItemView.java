package gov.maservice.catalog.item;

import java.time.Instant;
import java.util.List;

/**
 * An item as the admin API shows it: the draft and the published edition side by side.
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
public record ItemView(String code, String name, String departmentCode, List<String> localityCodes,
		String itemType, ItemStatus status, long version, int edition, Instant lastUpdated, DraftEdition draft,
		PublishedEdition published, String withdrawnReason, Instant withdrawnAt, Instant createdAt, String createdBy,
		Instant modifiedAt, String modifiedBy) {

	static ItemView of(CatalogItem item) {
		return new ItemView(item.code(), item.name(), item.departmentCode(), item.localityCodes(),
				(item.itemType() != null) ? item.itemType().name() : null, item.status(), item.version(),
				item.edition(), item.lastUpdated(), item.draft(), item.published(), item.withdrawnReason(),
				item.withdrawnAt(), item.createdAt(), item.createdBy(), item.modifiedAt(), item.modifiedBy());
	}

}
