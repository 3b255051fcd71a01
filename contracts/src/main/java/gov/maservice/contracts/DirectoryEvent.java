package gov.maservice.contracts;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A department or a locality was created or changed (e.g. renamed). The Kafka key is
 * {@link #code()}. Consumers such as the QR service keep names current on posters from
 * these.
 *
 * @param eventId unique id, for de-duplication
 * @param type {@link #TYPE_DEPARTMENT_CHANGED} or {@link #TYPE_LOCALITY_CHANGED}
 * @param occurredAt when the change was committed
 * @param code stable department or locality code
 * @param version revision of the department or locality, strictly increasing
 * @param name current display name (Chinese)
 * @param level for localities: DISTRICT, TOWN, STREET, VILLAGE or COMMUNITY; {@code null}
 * for departments
 * @param parentCode for localities: the enclosing locality; {@code null} at the top
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectoryEvent(UUID eventId, String type, Instant occurredAt, String code, long version, String name,
		String level, String parentCode) {

	public static final String TYPE_DEPARTMENT_CHANGED = "gov.department.changed.v1";

	public static final String TYPE_LOCALITY_CHANGED = "gov.locality.changed.v1";

}
