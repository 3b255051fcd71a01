package gov.maservice.catalog.publishing;

import java.time.Instant;
import java.util.List;

import gov.maservice.catalog.form.FormSummary;
import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.item.ItemStatus;
import gov.maservice.contracts.UpdateType;

/**
 * What citizens and third parties read about an item: the published guide with its
 * edition metadata, change history and forms. A withdrawn item still has a view (status
 * {@link ItemStatus#WITHDRAWN}, with the reason) so a printed QR code never leads to a
 * dead page. It names no staff member: who published is in the item's history, for staff
 * only.
 *
 * @param code item code
 * @param status {@link ItemStatus#PUBLISHED} or {@link ItemStatus#WITHDRAWN}
 * @param version item revision (changes with every write, also to drafts: use it as a
 * cache key)
 * @param edition published edition number
 * @param guide the published guide
 * @param publishedAt when this edition was published
 * @param updateType whether this edition was a major or a minor update
 * @param changeNote change note of this edition if major
 * @param lastUpdated "last updated" as citizens see it: the last major publication
 * @param withdrawnReason why it was withdrawn, if it was
 * @param withdrawnAt when it was withdrawn
 * @param changeHistory major updates, newest first
 * @param forms downloadable forms
 */
public record PublishedGuideView(String code, ItemStatus status, long version, int edition, Guide guide,
		Instant publishedAt, UpdateType updateType, String changeNote, Instant lastUpdated, String withdrawnReason,
		Instant withdrawnAt, List<ChangeNote> changeHistory, List<FormSummary> forms) {

	/** Whether the page must show the withdrawn banner. */
	public boolean withdrawn() {
		return this.status == ItemStatus.WITHDRAWN;
	}

}
