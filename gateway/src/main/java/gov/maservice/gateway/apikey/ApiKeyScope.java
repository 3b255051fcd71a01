package gov.maservice.gateway.apikey;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a third-party client's key may do: read, and with {@link #WEBHOOKS} manage its own
 * webhook subscriptions. Every other write needs a staff token.
 */
public enum ApiKeyScope {

	/** Items, guides, departments, localities, search. */
	CATALOG_READ("catalog:read"),

	/** QR images, posters and short-link data. */
	QR_READ("qr:read"),

	/** Notices and their CAP feed. */
	NOTICES_READ("notices:read"),

	/**
	 * Manage the key's own webhook subscriptions (the one scope that allows writes, to
	 * those subscriptions only).
	 */
	WEBHOOKS("webhooks");

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
