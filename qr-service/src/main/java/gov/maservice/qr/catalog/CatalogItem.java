package gov.maservice.qr.catalog;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows of a service item, projected from guide events: enough to
 * caption a code, fill a poster and redirect a scan.
 *
 * @param code stable item code (the Kafka key)
 * @param name current item name (Chinese)
 * @param departmentCode implementing department
 * @param localityCodes localities the item is delegated to
 * @param status published or withdrawn; a withdrawn item still resolves
 * @param version highest event version applied; older events are dropped
 * @param updatedAt when the last applied event happened
 */
@Document("catalog_items")
public record CatalogItem(@Id String code, String name, @Indexed String departmentCode,
		@Indexed List<String> localityCodes, ItemStatus status, long version, Instant updatedAt) {

	public CatalogItem {
		localityCodes = (localityCodes != null) ? List.copyOf(localityCodes) : List.of();
	}

	/** Whether the guide is withdrawn (shown with a banner, left off new posters). */
	public boolean withdrawn() {
		return this.status == ItemStatus.WITHDRAWN;
	}

}
