package gov.maservice.notification.webhook;

/** Whether an endpoint receives calls. */
enum SubscriptionStatus {

	/** Receives every matching change. */
	ACTIVE,

	/** Paused by its owner: no new messages; queued ones wait. */
	PAUSED,

	/**
	 * Disabled by the service (410 Gone, or failing for too long); the owner may resume
	 * it.
	 */
	DISABLED

}
