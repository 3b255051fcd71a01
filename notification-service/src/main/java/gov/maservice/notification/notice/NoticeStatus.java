package gov.maservice.notification.notice;

/**
 * CAP 1.2 {@code status}: whom a notice is for. Test and Exercise notices still reach
 * boards (drills are shown as such), Draft and System are not accepted.
 */
public enum NoticeStatus {

	Actual, Exercise, Test

}
