package gov.maservice.qr.link;

/**
 * A token that is not in memory could not be looked up because the store did not answer
 * in time.
 */
class LinkStoreUnavailableException extends RuntimeException {

	LinkStoreUnavailableException(Throwable cause) {
		super("The link store did not answer in time", cause);
	}

}
