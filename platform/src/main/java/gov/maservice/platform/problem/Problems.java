package gov.maservice.platform.problem;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The one RFC 9457 vocabulary of every service: {@code type} URIs under
 * {@link #TYPE_BASE}, English titles, bad fields in an {@code errors} array of
 * {@link FieldMessage}. Features throw what these methods build; the platform's handlers
 * (MVC and WebFlux) render them and add the request id.
 */
public final class Problems {

	/** Base of every {@code type} URI; the slug after it names the kind of problem. */
	public static final String TYPE_BASE = "https://maservice.gov/problems/";

	private Problems() {
	}

	/** The {@code type} URI of a problem kind. */
	public static URI type(String slug) {
		return URI.create(TYPE_BASE + slug);
	}

	/**
	 * A problem detail with a title, a detail and a {@code type} ending in {@code slug}.
	 */
	public static ProblemDetail detail(HttpStatus status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(type(slug));
		return problem;
	}

	/** A problem with a title, detail and a {@code type} ending in {@code slug}. */
	public static ErrorResponseException of(HttpStatus status, String slug, String title, String detail) {
		return new ErrorResponseException(status, detail(status, slug, title, detail), null);
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

	/** 409 for a write the resource's state does not allow. */
	public static ErrorResponseException conflict(String detail) {
		return of(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
	}

	/** 403 for an authenticated caller acting outside their rights. */
	public static ErrorResponseException forbidden(String detail) {
		return of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
	}

	/** 413 for a body or file above the configured limit. */
	public static ErrorResponseException tooLarge(String detail) {
		return of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Content too large", detail);
	}

	/** 503 for a dependency the request needs and cannot reach now. */
	public static ErrorResponseException unavailable(String detail) {
		return of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", detail);
	}

}
