package gov.maservice.catalog.guide;

import java.util.regex.Pattern;

/**
 * The one rule every item, department and locality code obeys: URL-safe, so codes go into
 * paths and QR links unescaped, and never start with {@code $}, so they cannot smuggle
 * Mongo operators.
 */
public final class Codes {

	/** Regular expression of a valid code. */
	public static final String REGEX = "[A-Za-z0-9_-]{1,64}";

	/** Message used by every constraint on a code. */
	public static final String MESSAGE = "must match [A-Za-z0-9_-]{1,64}";

	private static final Pattern PATTERN = Pattern.compile(REGEX);

	private Codes() {
	}

	/** Whether {@code value} is a well-formed code. */
	public static boolean isValid(String value) {
		return value != null && PATTERN.matcher(value).matches();
	}

}
