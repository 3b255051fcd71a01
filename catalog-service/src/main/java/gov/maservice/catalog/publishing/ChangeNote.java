package gov.maservice.catalog.publishing;

import java.time.Instant;

/**
 * One line of a guide's change history as citizens see it: a major update and its note.
 *
 * @param edition edition number
 * @param publishedAt when it was published
 * @param note what changed
 */
public record ChangeNote(int edition, Instant publishedAt, String note) {
}
