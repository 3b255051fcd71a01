package gov.maservice.catalog.locality;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A town, street, village or community that offers delegated items and has its own QR
 * code. Codes are 12-digit statistical division codes; a town or street's parent is the
 * district code, a village or community's parent is its town or street.
 *
 * @param code stable 12-digit code
 * @param version revision, grows with every change
 * @param name name, e.g. 张村
 * @param level level in the hierarchy
 * @param parentCode enclosing locality, or the district code for towns and streets
 * @param modifiedAt last change
 */
@Document(Locality.COLLECTION)
public record Locality(@Id String code, long version, String name, LocalityLevel level, String parentCode,
		Instant modifiedAt) {

	/** MongoDB collection of localities. */
	public static final String COLLECTION = "localities";

}
