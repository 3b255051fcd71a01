package gov.maservice.qr.catalog;

/** Publication state of an item's guide as last announced by the catalog. */
public enum ItemStatus {

	PUBLISHED, WITHDRAWN

}
