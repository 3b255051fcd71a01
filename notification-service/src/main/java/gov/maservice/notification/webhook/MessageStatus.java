package gov.maservice.notification.webhook;

/** Where a webhook message stands. */
enum MessageStatus {

	/** Waiting for its first or next call. */
	PENDING,

	/** A call got a 2xx answer. */
	DELIVERED,

	/** Given up: retried for the whole retry window, or the endpoint answered 410. */
	FAILED

}
