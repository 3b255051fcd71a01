package gov.maservice.notification.notice;

/**
 * CAP 1.2 {@code severity}: how much harm is at stake.
 */
public enum Severity {

	Extreme, Severe, Moderate, Minor, Unknown

}
