package gov.maservice.notification.notice;

/**
 * Where a notice stands. Stored: {@code ACTIVE} or {@code CANCELLED}; the other phases
 * follow from the clock and are only shown in views.
 */
public enum NoticeState {

	/** Effective in the future: boards will show it at its time. */
	SCHEDULED,

	/** On the boards of its area now. */
	IN_FORCE,

	/** Past its expiry: gone from every board. */
	EXPIRED,

	/** Withdrawn by a Cancel: gone from every board. */
	CANCELLED,

	/** Stored state of a notice that was not cancelled. */
	ACTIVE

}
