package gov.maservice.platform.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a request id may look like: 1 to 64 characters of {@code [A-Za-z0-9._-]}. Anything
 * else from a client is replaced by a fresh id, so a request id can never inject content
 * into logs or headers.
 */
public final class RequestIdFormat {

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private RequestIdFormat() {
	}

	/** Whether a client-sent id may be kept. */
	public static boolean isWellFormed(String requestId) {
		return requestId != null && WELL_FORMED.matcher(requestId).matches();
	}

	/** A new random id (a UUID). */
	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** The given id if well-formed, else a new one. */
	public static String keepOrNew(String requestId) {
		return isWellFormed(requestId) ? requestId : newId();
	}

}
