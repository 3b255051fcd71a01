package gov.maservice.catalog.item;

import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.UpdateType;

/**
 * Spring application event, published in this process right after a change to an item's
 * published guide was stored (published, updated, withdrawn). Search indexes and page
 * caches in this replica refresh on it; other replicas learn the same from
 * {@code catalog.guide-events.v1}.
 *
 * @param itemCode the item
 * @param type {@link GuideEvent#TYPE_PUBLISHED}, {@link GuideEvent#TYPE_UPDATED} or
 * {@link GuideEvent#TYPE_WITHDRAWN}
 * @param version item revision after the change
 * @param edition published edition number
 * @param updateType major or minor, {@code null} for a withdrawal
 */
public record GuideChanged(String itemCode, String type, long version, int edition, UpdateType updateType) {
}
