package gov.maservice.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Something happened to the published guide of one service item. The Kafka key is
 * {@link #itemCode()}; {@link #version()} is the item's revision and grows with every
 * event, so a consumer keeps the highest version it has seen and drops anything older or
 * equal.
 *
 * @param eventId unique id, for de-duplication
 * @param type versioned event type, one of the {@code TYPE_*} constants
 * @param occurredAt when the change was committed to the store
 * @param itemCode stable item (implementation) code, never changes
 * @param version item revision at the time of the event, strictly increasing per item
 * @param edition user-facing published edition number
 * @param itemName item name as published
 * @param departmentCode implementing department
 * @param localityCodes localities the item is delegated to (empty: district hall only)
 * @param updateType major or minor, for {@link #TYPE_PUBLISHED} and {@link #TYPE_UPDATED}
 * @param changeNote the change note of a major update, otherwise {@code null}
 * @param withdrawnReason why the guide was withdrawn, for {@link #TYPE_WITHDRAWN}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GuideEvent(UUID eventId, String type, Instant occurredAt, String itemCode, long version, int edition,
		String itemName, String departmentCode, List<String> localityCodes, UpdateType updateType, String changeNote,
		String withdrawnReason) {

	/** First publication of an item's guide. */
	public static final String TYPE_PUBLISHED = "gov.guide.published.v1";

	/** A new edition of an already published guide. */
	public static final String TYPE_UPDATED = "gov.guide.updated.v1";

	/** The guide was withdrawn; its page still resolves with a banner. */
	public static final String TYPE_WITHDRAWN = "gov.guide.withdrawn.v1";

	public GuideEvent {
		localityCodes = (localityCodes != null) ? List.copyOf(localityCodes) : List.of();
	}

	/** Whether citizens should be told about this change (boards, subscribers). */
	public boolean isNotifiable() {
		return (TYPE_PUBLISHED.equals(this.type) || TYPE_UPDATED.equals(this.type))
				&& this.updateType == UpdateType.MAJOR;
	}

}
