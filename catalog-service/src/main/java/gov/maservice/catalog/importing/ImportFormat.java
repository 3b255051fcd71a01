package gov.maservice.catalog.importing;

/** The file formats of bulk import and export. */
enum ImportFormat {

	/** One guide JSON per line ({@code application/x-ndjson}). */
	NDJSON,

	/** One guide per row, list and object fields as JSON cells ({@code text/csv}). */
	CSV

}
