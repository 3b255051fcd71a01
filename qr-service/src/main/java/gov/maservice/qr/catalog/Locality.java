package gov.maservice.qr.catalog;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A town, street, village or community, projected from directory events; its name heads
 * its poster and its code attributes scans.
 *
 * @param code 12-digit statistical division code
 * @param name current name (Chinese)
 * @param level DISTRICT, TOWN, STREET, VILLAGE or COMMUNITY
 * @param parentCode enclosing locality, {@code null} at the top
 * @param version highest event version applied
 * @param updatedAt when the last applied event happened
 */
@Document("localities")
public record Locality(@Id String code, String name, String level, String parentCode, long version, Instant updatedAt) {
}
