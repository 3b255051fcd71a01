package gov.maservice.platform.problem;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import reactor.core.publisher.Mono;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * The one controller advice of every WebFlux service: whatever a controller or the
 * framework around it throws becomes a problem detail in the platform's vocabulary (type,
 * English title, {@code errors[{field,message}]} with full field paths, {@code instance},
 * {@code requestId}). A body over the codec limit is a 413, unreadable input a 400, never
 * a 500.
 */
@RestControllerAdvice
public class ReactiveProblemAdvice extends ResponseEntityExceptionHandler {

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		List<FieldMessage> errors = new ArrayList<>();
		ex.getFieldErrors().forEach((error) -> errors.add(fieldMessage(error)));
		ex.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldMessage(error.getObjectName(),
					(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid")));
		return invalid(ex, "The request has invalid fields", errors, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		List<FieldMessage> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldMessage(String.valueOf(result.getMethodParameter().getParameterName()),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return invalid(ex, "The request has invalid parameters", errors, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		if (tooLarge(ex)) {
			return tooLarge(ex, exchange);
		}
		String detail = "The request could not be read: malformed JSON, a wrong type or an unknown value";
		if (ex.getMethodParameter() != null && !(ex.getCause() instanceof DecodingException)) {
			detail = "Invalid value for parameter '" + ex.getMethodParameter().getParameterName() + "'";
		}
		return problem(ex, ProblemTypes.forStatus(HttpStatus.BAD_REQUEST, detail), exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleResponseStatusException(ResponseStatusException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value() || tooLarge(ex)) {
			return tooLarge(ex, exchange);
		}
		return super.handleResponseStatusException(ex, headers, status, exchange);
	}

	@ExceptionHandler(DataBufferLimitException.class)
	Mono<ResponseEntity<Object>> handleDataBufferLimit(DataBufferLimitException ex, ServerWebExchange exchange) {
		return tooLarge(ex, exchange);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	Mono<ResponseEntity<Object>> handleConstraintViolation(ConstraintViolationException ex,
			ServerWebExchange exchange) {
		List<FieldMessage> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldMessage(violation.getPropertyPath().toString(), violation.getMessage()))
			.toList();
		return invalid(ex, "The request has invalid values", errors, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, ServerWebExchange exchange) {
		Object problem = body;
		if (problem == null && ex instanceof ErrorResponse error) {
			problem = error.updateAndGetBody(getMessageSource(), exchange.getLocaleContext().getLocale());
		}
		if (problem == null) {
			problem = ProblemTypes.forStatus(status, defaultDetail(status));
		}
		if (problem instanceof ProblemDetail detail) {
			ReactiveProblemWriter.complete(detail, exchange);
		}
		return super.handleExceptionInternal(ex, problem, headers, status, exchange);
	}

	private Mono<ResponseEntity<Object>> invalid(Exception ex, String detail, List<FieldMessage> errors,
			ServerWebExchange exchange) {
		ProblemDetail problem = ProblemTypes.forStatus(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("errors", errors);
		return problem(ex, problem, exchange);
	}

	private Mono<ResponseEntity<Object>> tooLarge(Exception ex, ServerWebExchange exchange) {
		return problem(ex, ProblemTypes.forStatus(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large"),
				exchange);
	}

	private Mono<ResponseEntity<Object>> problem(Exception ex, ProblemDetail problem, ServerWebExchange exchange) {
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
				exchange);
	}

	private static String defaultDetail(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "Error " + status.value();
	}

	static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataBufferLimitException) {
				return true;
			}
		}
		return false;
	}

	private static FieldMessage fieldMessage(FieldError error) {
		return new FieldMessage(error.getField(),
				(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid");
	}

}
