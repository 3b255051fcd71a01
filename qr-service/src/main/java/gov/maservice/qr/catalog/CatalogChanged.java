package gov.maservice.qr.catalog;

import java.util.List;

/**
 * Published in-process after a catalog event changed the projection, so that short links
 * are minted for newly known targets without the link feature reading Kafka itself.
 *
 * @param kind what changed
 * @param code its code
 * @param localityCodes for items: the localities it is delegated to
 */
public record CatalogChanged(Kind kind, String code, List<String> localityCodes) {

	public CatalogChanged {
		localityCodes = (localityCodes != null) ? List.copyOf(localityCodes) : List.of();
	}

	/** The kinds of catalog entries. */
	public enum Kind {

		ITEM, DEPARTMENT, LOCALITY

	}

}
