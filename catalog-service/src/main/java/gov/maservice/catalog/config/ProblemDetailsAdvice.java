package gov.maservice.catalog.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an RFC 9457 problem detail with the bad fields in an {@code errors}
 * array of {@code {field, message}}: malformed JSON, wrong types and unknown enum constants,
 * constraint violations in bodies and parameters (a Mongo operator such as {@code {"$gt":""}} in a
 * code parameter fails the code pattern), oversized uploads. Bad input is never a 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = new ArrayList<>();
		for (ObjectError error : ex.getBindingResult().getAllErrors()) {
			String field = (error instanceof FieldError fieldError) ? fieldError.getField() : error.getObjectName();
			errors.add(new FieldMessage(field, error.getDefaultMessage()));
		}
		errors.sort(Comparator.comparing(FieldMessage::field).thenComparing(FieldMessage::message));
		return invalid(errors, "Request body has " + errors.size() + " invalid field(s)", request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String field = (error instanceof FieldError fieldError) ? name + "." + fieldError.getField() : name;
				errors.add(new FieldMessage(field, error.getDefaultMessage()));
			}
		});
		return invalid(errors, "Request has " + errors.size() + " invalid parameter(s)", request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		Class<?> required = ex.getRequiredType();
		String message = (required != null && required.isEnum())
				? "must be one of " + Arrays.toString(required.getEnumConstants())
				: "must be a valid " + ((required != null) ? required.getSimpleName() : "value");
		return invalid(List.of(new FieldMessage(name, message)), "Parameter '" + name + "' is invalid", request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		List<FieldMessage> errors = new ArrayList<>();
		String detail = "The request body is not valid JSON of the expected shape";
		JacksonException jackson = findJackson(ex);
		if (jackson != null && !jackson.getPath().isEmpty()) {
			String path = path(jackson.getPath());
			errors.add(new FieldMessage(path, "has a wrong type, an unknown constant or is malformed"));
			detail = "The request body has a bad value at '" + path + "'";
		}
		else if (cause != null && cause.getMessage() != null && cause.getMessage().contains("Required request body")) {
			detail = "A request body is required";
		}
		return invalid(errors, detail, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Content too large",
				"The upload exceeds the limit of " + ex.getMaxUploadSize() + " bytes", request);
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<FieldMessage> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldMessage(violation.getPropertyPath().toString(), violation.getMessage()))
			.toList();
		return invalid(errors, "Request has " + errors.size() + " invalid value(s)", request);
	}

	/** Security exceptions thrown inside handlers belong to the security filters (401/403). */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		logger.error("Unexpected error on {}", describe(request), ex);
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"The request could not be completed; it has been logged", request);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
	}

	private ResponseEntity<Object> invalid(List<FieldMessage> errors, String detail, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail, request);
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail,
			WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create(Problems.TYPE_BASE + slug));
		if (request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
		}
		return problem;
	}

	private static String describe(WebRequest request) {
		return (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getMethod() + " "
				+ servlet.getRequest().getRequestURI() : request.getDescription(false);
	}

	private static JacksonException findJackson(Throwable ex) {
		Throwable current = ex;
		while (current != null) {
			if (current instanceof JacksonException jackson) {
				return jackson;
			}
			current = current.getCause();
		}
		return null;
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
