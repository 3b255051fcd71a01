package gov.maservice.platform.problem;

import java.io.EOFException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Recognises failures that are the client's fault although the framework or the container
 * reports them as plain runtime exceptions: a query that does not decode (Tomcat's
 * {@code InvalidParameterException}), a body that is not the multipart it claims, a
 * truncated upload, a request the security firewall rejected. They answer 4xx and are not
 * logged as errors. Classes are matched by name so the platform needs neither Tomcat nor
 * Spring Security.
 */
public final class ClientErrors {

	private static final String TOMCAT_INVALID_PARAMETER = "org.apache.tomcat.util.http.InvalidParameterException";

	private static final String FIREWALL_REJECTED = "org.springframework.security.web.firewall.RequestRejectedException";

	private static final String CLIENT_ABORT = "org.apache.catalina.connector.ClientAbortException";

	private static final String UPLOAD_SIZE = "org.apache.tomcat.util.http.fileupload.impl.SizeException";

	private ClientErrors() {
	}

	/** The 4xx status a failure stands for, or empty when it is a server fault. */
	public static Optional<HttpStatus> statusOf(Throwable failure) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < 16; depth++) {
			if (current instanceof MaxUploadSizeExceededException || isA(current, UPLOAD_SIZE)) {
				return Optional.of(HttpStatus.CONTENT_TOO_LARGE);
			}
			if (isA(current, TOMCAT_INVALID_PARAMETER)) {
				return Optional.of(tomcatStatus(current));
			}
			if (current instanceof MultipartException || current instanceof EOFException
					|| isA(current, FIREWALL_REJECTED) || isA(current, CLIENT_ABORT)) {
				return Optional.of(HttpStatus.BAD_REQUEST);
			}
			current = current.getCause();
		}
		return Optional.empty();
	}

	/** A one-line English reason for the client, never the exception's message. */
	public static String detail(HttpStatus status) {
		return switch (status) {
			case CONTENT_TOO_LARGE -> "The request body or upload exceeds the size limit";
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers exceed the size limit";
			case URI_TOO_LONG -> "The request line exceeds the size limit";
			case METHOD_NOT_ALLOWED -> "This method is not allowed here";
			case NOT_FOUND -> "Nothing exists at this path";
			case BAD_REQUEST -> "The request is malformed: its encoding, parameters or body cannot be read";
			default -> "The request cannot be answered as sent";
		};
	}

	private static HttpStatus tomcatStatus(Throwable invalidParameter) {
		try {
			Object code = invalidParameter.getClass().getMethod("getErrorCode").invoke(invalidParameter);
			HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
			return (status != null && status.is4xxClientError()) ? status : HttpStatus.BAD_REQUEST;
		}
		catch (ReflectiveOperationException ex) {
			return HttpStatus.BAD_REQUEST;
		}
	}

	private static boolean isA(Throwable failure, String className) {
		for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
			if (type.getName().equals(className)) {
				return true;
			}
		}
		return false;
	}

}
