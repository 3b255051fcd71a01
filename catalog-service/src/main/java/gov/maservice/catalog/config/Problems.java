package gov.maservice.catalog.config;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Builds the RFC 9457 problem details every feature throws. Throwing an
 * {@link ErrorResponseException} lets the one advice render them, without the advice knowing the
 * features.
 */
public final class Problems {

	/** Base of the {@code type} URIs, documented in the API description. */
	public static final String TYPE_BASE = "https://maservice.gov/problems/";

	private Problems() {
	}

	/** A problem with a title, detail and a {@code type} ending in {@code slug}. */
	public static ErrorResponseException of(HttpStatus status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create(TYPE_BASE + slug));
		return new ErrorResponseException(status, problem, null);
	}

	/** 400 naming every bad field. */
	public static ErrorResponseException invalid(String detail, List<FieldMessage> errors) {
		ErrorResponseException exception = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		exception.getBody().setProperty("errors", List.copyOf(errors));
		return exception;
	}

	/** 404 for an unknown code. */
	public static ErrorResponseException notFound(String what, String code) {
		return of(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " '" + code + "' does not exist");
	}

	/** 409 for a write that named a revision other than the current one. */
	public static ErrorResponseException stale(String code, long expected, long current) {
		ErrorResponseException exception = of(HttpStatus.CONFLICT, "stale-version", "Stale version",
				"Item '" + code + "' is at version " + current + ", the request was based on version " + expected
						+ "; reload and apply the change again");
		exception.getBody().setProperty("currentVersion", current);
		return exception;
	}

	/** 409 for a write the item's state does not allow. */
	public static ErrorResponseException conflict(String detail) {
		return of(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
	}

	/** 403 for an authenticated user acting outside their rights. */
	public static ErrorResponseException forbidden(String detail) {
		return of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
	}

	/** 413 for a body or file above the configured limit. */
	public static ErrorResponseException tooLarge(String detail) {
		return of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Content too large", detail);
	}

}
