package gov.maservice.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
 * The one MVC exception handler of every servlet service: every error becomes an RFC 9457
 * problem detail with the platform's {@code type}, an English title, {@code instance},
 * {@code requestId} and, for bad input, every bad field in {@code errors} with its full
 * path ({@code materials[0].name}). Malformed requests (undecodable query, broken
 * multipart, wrong JSON types, constraint violations, property paths in parameter names)
 * are 4xx and logged at DEBUG; only real faults are 500 and logged at ERROR. Ordered
 * last, so a service's own advice wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ServletProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ServletProblemAdvice.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = new ArrayList<>();
		for (ObjectError error : ex.getBindingResult().getAllErrors()) {
			String field = (error instanceof FieldError fieldError) ? fieldError.getField() : error.getObjectName();
			errors.add(new FieldMessage(field, message(error)));
		}
		errors.sort(Comparator.comparing(FieldMessage::field).thenComparing(FieldMessage::message));
		return invalid(errors, "The request has " + errors.size() + " invalid field(s)", request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String field = (error instanceof FieldError fieldError) ? name + "." + fieldError.getField() : name;
				errors.add(new FieldMessage(field, message(error)));
			}
		});
		return invalid(errors, "The request has " + errors.size() + " invalid parameter(s)", request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		name = (name != null) ? name : "parameter";
		Class<?> required = ex.getRequiredType();
		String message = (required != null && required.isEnum())
				? "must be one of " + Arrays.toString(required.getEnumConstants())
				: "must be a valid " + ((required != null) ? required.getSimpleName() : "value");
		return invalid(List.of(new FieldMessage(name, message)), "Parameter '" + name + "' is invalid", request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = new ArrayList<>();
		String detail = "The request body is not valid JSON of the expected shape";
		JacksonException jackson = findJackson(ex);
		Throwable cause = ex.getMostSpecificCause();
		if (jackson != null && !jackson.getPath().isEmpty()) {
			String path = FieldPaths.of(jackson);
			errors.add(new FieldMessage(path, "has a wrong type, an unknown constant or is malformed"));
			detail = "The request body has a bad value at '" + path + "'";
		}
		else if (cause.getMessage() != null && cause.getMessage().contains("Required request body")) {
			detail = "A request body is required";
		}
		return invalid(errors, detail, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String limit = (ex.getMaxUploadSize() > 0) ? " of " + ex.getMaxUploadSize() + " bytes" : "";
		ProblemDetail problem = Problems.detail(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Content too large",
				"The upload exceeds the limit" + limit);
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<FieldMessage> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldMessage(FieldPaths.of(violation), violation.getMessage()))
			.sorted(Comparator.comparing(FieldMessage::field).thenComparing(FieldMessage::message))
			.toList();
		return invalid(errors, "The request has " + errors.size() + " invalid value(s)", request);
	}

	/**
	 * Query parameters written as property paths ({@code size[$gt]=1}, {@code size.x=1})
	 * reach the data binder of a parameter object and fail there: that is bad input, not
	 * a server fault.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	ResponseEntity<Object> handleInvalidProperty(InvalidPropertyException ex, WebRequest request) {
		return invalid(List.of(new FieldMessage(ex.getPropertyName(), "must be a single plain value")),
				"Parameter '" + ex.getPropertyName() + "' is not a plain value", request);
	}

	/**
	 * Everything else: the client's fault when {@link ClientErrors} recognises it (4xx,
	 * DEBUG log), a server fault otherwise (500, ERROR log, no detail of the failure in
	 * the answer). Security exceptions go back to the security filters, which answer
	 * 401/403.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleOther(Exception ex, WebRequest request) throws Exception {
		if (isSecurityException(ex)) {
			throw ex;
		}
		HttpStatus clientError = ClientErrors.statusOf(ex).orElse(null);
		if (clientError != null) {
			log.debug("Malformed request {}: {}", describe(request), ex.toString());
			return createResponseEntity(ProblemTypes.forStatus(clientError, ClientErrors.detail(clientError)),
					new HttpHeaders(), clientError, request);
		}
		log.error("Unexpected error on {}", describe(request), ex);
		ProblemDetail problem = ProblemTypes.forStatus(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be completed; it has been logged");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
			ServletProblems.complete(problem, servlet.getRequest());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ResponseEntity<Object> invalid(List<FieldMessage> errors, String detail, WebRequest request) {
		ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		problem.setProperty("errors", List.copyOf(errors));
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	private static String message(MessageSourceResolvable error) {
		if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
			return "has the wrong type";
		}
		String message = error.getDefaultMessage();
		return (message != null) ? message : "is invalid";
	}

	private static boolean isSecurityException(Exception ex) {
		for (Class<?> type = ex.getClass(); type != null; type = type.getSuperclass()) {
			String name = type.getName();
			if (name.equals("org.springframework.security.access.AccessDeniedException")
					|| name.equals("org.springframework.security.core.AuthenticationException")) {
				return true;
			}
		}
		return false;
	}

	private static String describe(WebRequest request) {
		if (request instanceof ServletWebRequest servlet) {
			HttpServletRequest http = servlet.getRequest();
			return http.getMethod() + " " + http.getRequestURI();
		}
		return request.getDescription(false);
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

}
