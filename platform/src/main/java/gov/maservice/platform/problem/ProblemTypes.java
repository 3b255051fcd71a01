package gov.maservice.platform.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The {@code type} slug and English title of the problems the framework raises by status
 * alone (404 for an unknown path, 405, 415, ...), so they read like the ones the features
 * build with {@link Problems}: never {@code about:blank}, never a framework's wording.
 */
public final class ProblemTypes {

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private ProblemTypes() {
	}

	/** The {@code type} slug of a status. */
	public static String slug(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "invalid-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 408 -> "request-timeout";
			case 409 -> "conflict";
			case 412 -> "precondition-failed";
			case 413 -> "too-large";
			case 414 -> "uri-too-long";
			case 415 -> "unsupported-media-type";
			case 422 -> "unprocessable";
			case 429 -> "too-many-requests";
			case 431 -> "headers-too-large";
			case 503 -> "unavailable";
			default -> status.is4xxClientError() ? "client-error" : "internal-error";
		};
	}

	/** The English title of a status. */
	public static String title(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "Invalid request";
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not found";
			case 405 -> "Method not allowed";
			case 406 -> "Not acceptable";
			case 408 -> "Request timeout";
			case 409 -> "Conflict";
			case 412 -> "Precondition failed";
			case 413 -> "Content too large";
			case 414 -> "URI too long";
			case 415 -> "Unsupported media type";
			case 422 -> "Unprocessable content";
			case 429 -> "Too many requests";
			case 431 -> "Request header fields too large";
			case 503 -> "Service unavailable";
			default -> status.is4xxClientError() ? "Client error" : "Internal error";
		};
	}

	/** A problem detail of the status's standard type and title. */
	public static ProblemDetail forStatus(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(Problems.type(slug(status)));
		problem.setTitle(title(status));
		return problem;
	}

	/**
	 * Gives a problem the framework built the platform's type and title when it has none
	 * of its own ({@code about:blank}, or the HTTP reason phrase as title).
	 */
	public static void standardize(ProblemDetail problem) {
		HttpStatusCode status = HttpStatusCode.valueOf(problem.getStatus());
		if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
			problem.setType(Problems.type(slug(status)));
			problem.setTitle(title(status));
		}
		else if (problem.getTitle() == null) {
			problem.setTitle(title(status));
		}
		HttpStatus known = HttpStatus.resolve(problem.getStatus());
		if (known != null && known.getReasonPhrase().equals(problem.getTitle())) {
			problem.setTitle(title(status));
		}
	}

}
