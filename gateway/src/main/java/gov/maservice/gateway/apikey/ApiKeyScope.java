package gov.maservice.gateway.apikey;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a third-party client's key may read. Keys never grant writes: those need an admin
 * token.
 */
public enum ApiKeyScope {

	/** Items, guides, departments, localities, search. */
	CATALOG_READ("catalog:read"),

	/** QR images, posters and short-link data. */
	QR_READ("qr:read"),

	/** Notices and their CAP feed. */
	NOTICES_READ("notices:read");

	private final String value;

	ApiKeyScope(String value) {
		this.value = value;
	}

	/** The scope as clients write it, e.g. {@code catalog:read}. */
	@JsonValue
	public String value() {
		return this.value;
	}

}
