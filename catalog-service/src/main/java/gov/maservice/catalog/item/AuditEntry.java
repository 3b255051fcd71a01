package gov.maservice.catalog.item;

import java.time.Instant;

/**
 * Who did what to an item and when.
 *
 * @param at when
 * @param actor {@code sub} of the token, or {@code seed}/{@code import}
 * @param action CREATED, DRAFT_SAVED, PUBLISHED, WITHDRAWN
 * @param edition the edition concerned
 * @param revision item revision after the action
 * @param detail change note, reason or update type
 */
public record AuditEntry(Instant at, String actor, String action, int edition, long revision, String detail) {
}
