package gov.maservice.qr.catalog;

/**
 * A catalog event that can never be applied (missing code, bad version, no name). It
 * extends {@link IllegalArgumentException}, which the Kafka error handler treats as not
 * retryable, so the record goes straight to the dead-letter topic.
 */
class InvalidCatalogEventException extends IllegalArgumentException {

	InvalidCatalogEventException(String message) {
		super(message);
	}

}
