package gov.maservice.qr.link;

/**
 * What a short link points at. Catalog kinds follow the catalog; custom links hold their
 * own URL.
 */
public enum LinkKind {

	/** An item's guide page, {@code /g/{code}}. */
	ITEM,

	/** A department's list of items, {@code /d/{code}}. */
	DEPARTMENT,

	/** A locality's page, {@code /l/{code}}. */
	LOCALITY,

	/** Any http(s) URL an admin chose, e.g. the provincial portal. */
	CUSTOM

}
