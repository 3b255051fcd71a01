package gov.maservice.notification.notice;

/**
 * CAP 1.2 {@code certainty}: how sure the sender is. Official notices are usually
 * {@code Observed}.
 */
public enum Certainty {

	Observed, Likely, Possible, Unlikely, Unknown

}
