package gov.maservice.catalog.item;

import java.util.List;

/**
 * What happened to an item.
 *
 * @param code item code
 * @param version current revision
 * @param editions published editions, oldest first
 * @param audit every action with who and when, oldest first
 */
public record ItemHistory(String code, long version, List<EditionRecord> editions, List<AuditEntry> audit) {
}
