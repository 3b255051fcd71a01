package gov.maservice.qr.catalog;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department stationed in the hall, projected from directory events; its name heads its
 * poster.
 *
 * @param code stable department code
 * @param name current name (Chinese)
 * @param version highest event version applied
 * @param updatedAt when the last applied event happened
 */
@Document("departments")
public record Department(@Id String code, String name, long version, Instant updatedAt) {
}
