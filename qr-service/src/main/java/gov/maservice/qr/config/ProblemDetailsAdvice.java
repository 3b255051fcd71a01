package gov.maservice.qr.config;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an RFC 9457 problem detail. Field errors are listed in an {@code errors}
 * array of {@code {field, message}} so an API client can point at the wrong input; unexpected
 * failures answer 500 without a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> fieldError(error.getField(), message(error)))
			.toList();
		ProblemDetail body = ex.getBody();
		body.setDetail("Some parameters are invalid.");
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> fieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
			.toList();
		ProblemDetail body = ex.getBody();
		body.setDetail("Some parameters are invalid.");
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + name + "' has the wrong type.");
		body.setProperty("errors", List.of(fieldError(name, "must be a valid " + typeName(ex))));
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> fieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList();
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some parameters are invalid.");
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * Query parameters written as property paths ({@code size[$gt]=1}, {@code size.x=1}) reach the
	 * data binder of the image options and fail there: that is bad input, not a server fault.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	ResponseEntity<Object> handleInvalidProperty(InvalidPropertyException ex, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.getPropertyName() + "' is not a plain value.");
		body.setProperty("errors", List.of(fieldError(ex.getPropertyName(), "must be a single plain value")));
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		logger.error("Unexpected failure", ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The service failed to answer this request.");
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

	private static String typeName(TypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		if (type == null) {
			return "value";
		}
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		return type.getSimpleName().toLowerCase();
	}

	private static String message(MessageSourceResolvable error) {
		if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
			return "has the wrong type";
		}
		return (error != null) ? error.getDefaultMessage() : "is invalid";
	}

	static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", (message != null) ? message : "is invalid");
	}

}
