package gov.maservice.catalog.item;

import java.time.Instant;
import java.util.List;

/**
 * One line of the admin item list; the guides themselves are left out to keep pages
 * small.
 *
 * @param code item code
 * @param name working name
 * @param departmentCode working department
 * @param localityCodes working localities
 * @param itemType working item type
 * @param status DRAFT, PUBLISHED or WITHDRAWN
 * @param version revision
 * @param edition current published edition (0 before the first publication)
 * @param hasDraft whether a draft is being prepared
 * @param lastUpdated last major publication
 */
public record ItemSummary(String code, String name, String departmentCode, List<String> localityCodes, String itemType,
		ItemStatus status, long version, int edition, boolean hasDraft, Instant lastUpdated) {
}
