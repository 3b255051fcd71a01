package gov.maservice.catalog.item;

import java.time.Instant;
import java.util.List;

import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.guide.ItemType;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service item: its stable code, at most one draft and one published edition, its
 * edition history and audit trail, in one document. Every change is one conditional
 * update on {@link #version()} (optimistic locking, stale → 409) that also appends the
 * change's events to the document's outbox, so a change and its events are stored
 * together or not at all.
 * <p>
 * {@link #name()}, {@link #departmentCode()}, {@link #localityCodes()} and
 * {@link #itemType()} repeat the working guide (the draft if there is one, else the
 * published guide) for admin lists.
 *
 * @param code stable implementation code
 * @param version revision; every write names the revision it saw
 * @param status draft only, published or withdrawn
 * @param name working name
 * @param departmentCode working department
 * @param localityCodes working localities
 * @param itemType working item type
 * @param edition number of the current published edition, 0 before the first publication
 * @param draft the edition being prepared, if any
 * @param published the edition citizens read, if any (kept when withdrawn)
 * @param lastUpdated when citizens were last told about a change (first or major
 * publication)
 * @param withdrawnReason why the guide was withdrawn
 * @param withdrawnAt when
 * @param withdrawnBy by whom
 * @param history published editions, oldest first
 * @param audit every action, oldest first
 * @param createdAt creation time
 * @param createdBy creator
 * @param modifiedAt last change
 * @param modifiedBy who made the last change
 */
@Document(CatalogItem.COLLECTION)
public record CatalogItem(@Id String code, long version, @Indexed ItemStatus status, String name,
		@Indexed String departmentCode, @Indexed List<String> localityCodes, ItemType itemType, int edition,
		DraftEdition draft, PublishedEdition published, Instant lastUpdated, String withdrawnReason,
		Instant withdrawnAt, String withdrawnBy, List<EditionRecord> history, List<AuditEntry> audit, Instant createdAt,
		String createdBy, Instant modifiedAt, String modifiedBy) {

	/** MongoDB collection of items. */
	public static final String COLLECTION = "items";

	public CatalogItem {
		localityCodes = (localityCodes != null) ? List.copyOf(localityCodes) : List.of();
		history = (history != null) ? List.copyOf(history) : List.of();
		audit = (audit != null) ? List.copyOf(audit) : List.of();
	}

	/**
	 * The guide an editor works on: the draft if there is one, else the published guide.
	 */
	public Guide workingGuide() {
		if (this.draft != null) {
			return this.draft.guide();
		}
		return (this.published != null) ? this.published.guide() : null;
	}

}
