package gov.maservice.catalog.item;

import java.time.Instant;

import gov.maservice.contracts.UpdateType;

/**
 * One published edition in an item's history (the current one included). Superseded
 * guides are not kept, only what the page's change history shows.
 *
 * @param edition edition number
 * @param publishedAt when it was published
 * @param publishedBy who published it
 * @param updateType major or minor
 * @param changeNote the change note of a major update
 */
public record EditionRecord(int edition, Instant publishedAt, String publishedBy, UpdateType updateType,
		String changeNote) {
}
