package gov.maservice.notification.notice;

/**
 * CAP 1.2 {@code urgency}: how soon people must act. {@code Immediate} with a severe or
 * extreme severity makes a notice urgent (it interrupts the boards' loop).
 */
public enum Urgency {

	Immediate, Expected, Future, Past, Unknown

}
