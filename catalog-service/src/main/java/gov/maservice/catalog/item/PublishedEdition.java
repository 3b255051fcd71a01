package gov.maservice.catalog.item;

import java.time.Instant;

import gov.maservice.catalog.guide.Guide;
import gov.maservice.contracts.UpdateType;

/**
 * The edition citizens read.
 *
 * @param edition user-facing edition number, 1 for the first publication
 * @param guide the published guide
 * @param publishedAt when this edition was published
 * @param publishedBy who published it
 * @param updateType major or minor
 * @param changeNote what changed, for a major update
 */
public record PublishedEdition(int edition, Guide guide, Instant publishedAt, String publishedBy, UpdateType updateType,
		String changeNote) {
}
