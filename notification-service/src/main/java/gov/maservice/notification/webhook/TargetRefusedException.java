package gov.maservice.notification.webhook;

/** A webhook target the service will not call (not http(s), or not a public address). */
class TargetRefusedException extends RuntimeException {

	TargetRefusedException(String message) {
		super(message);
	}

}
