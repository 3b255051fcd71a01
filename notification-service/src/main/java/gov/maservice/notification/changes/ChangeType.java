package gov.maservice.notification.changes;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of change third parties can follow, by feed or webhook. Each has a short name
 * that subscriptions and the feed's {@code types} filter use and a versioned CloudEvents
 * {@code type}; neither ever names a Java class, so integrators depend on the API only.
 */
public enum ChangeType {

	/** A guide was first published, or a new edition with a major change. */
	GUIDE_PUBLISHED_MAJOR("guide.published.major"),

	/** A new edition with a minor change (a typo, a phone number). */
	GUIDE_PUBLISHED_MINOR("guide.published.minor"),

	/** A guide was withdrawn. */
	GUIDE_WITHDRAWN("guide.withdrawn"),

	/** A notice was issued. */
	NOTICE_ISSUED("notice.issued"),

	/** A notice was updated (new revision). */
	NOTICE_UPDATED("notice.updated"),

	/** A notice was cancelled. */
	NOTICE_CANCELLED("notice.cancelled"),

	/** A department or locality was created or renamed. */
	DIRECTORY_CHANGED("directory.changed");

	private final String value;

	ChangeType(String value) {
		this.value = value;
	}

	/** The short name, e.g. {@code notice.issued}. */
	public String value() {
		return this.value;
	}

	/** The CloudEvents {@code type}, e.g. {@code gov.notice.issued.v1}. */
	public String cloudEventType() {
		return "gov." + this.value + ".v1";
	}

	/** The type with this short name, if any. */
	public static Optional<ChangeType> of(String value) {
		return Arrays.stream(values()).filter((type) -> type.value.equals(value)).findFirst();
	}

}
