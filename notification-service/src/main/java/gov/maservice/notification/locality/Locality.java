package gov.maservice.notification.locality;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's projection of one locality of the catalog's directory, built from
 * {@code DirectoryEvent}s: enough to resolve the hierarchy (a notice to a town reaches
 * its villages) and to name areas in the CAP feed.
 */
@Document("localities")
record Locality(@Id String code, long version, String name, String level, String parentCode, Instant updatedAt) {
}
