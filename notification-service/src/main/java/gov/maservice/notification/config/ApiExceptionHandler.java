package gov.maservice.notification.config;

import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns every error into an RFC 9457 problem detail. Field errors are listed in an {@code errors}
 * array of {@code {field, message}}; malformed or oversized bodies are 400s, never 500s.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
		problem.setProperty("errors", ex.getFieldErrors().stream().map(ApiExceptionHandler::fieldError).toList());
		return Mono.just(ResponseEntity.badRequest().body(problem));
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid parameters");
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", String.valueOf(error.getDefaultMessage()))))
			.toList();
		problem.setProperty("errors", errors);
		return Mono.just(ResponseEntity.badRequest().body(problem));
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		String detail = tooLarge(ex) ? "The request body is too large"
				: "The request could not be read: malformed JSON, a wrong type or an unknown value";
		if (ex.getMethodParameter() != null && !tooLarge(ex) && !(ex.getCause() instanceof DecodingException)) {
			detail = "Invalid value for parameter '" + ex.getMethodParameter().getParameterName() + "'";
		}
		return Mono.just(ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail)));
	}

	/**
	 * A body over {@code spring.codec.max-in-memory-size} is reported as a 400 like any other
	 * invalid input (the API promises 400 for oversized values; WebFlux would say 413).
	 */
	@Override
	protected Mono<ResponseEntity<Object>> handleResponseStatusException(ResponseStatusException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value() || tooLarge(ex)) {
			return Mono.just(ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is too large")));
		}
		return super.handleResponseStatusException(ex, headers, status, exchange);
	}

	@ExceptionHandler(DataBufferLimitException.class)
	Mono<ResponseEntity<ProblemDetail>> tooLarge(DataBufferLimitException ex) {
		return Mono.just(ResponseEntity.badRequest()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is too large")));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	Mono<ResponseEntity<ProblemDetail>> constraintViolation(ConstraintViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid values");
		problem.setProperty("errors",
				ex.getConstraintViolations()
					.stream()
					.map((violation) -> Map.of("field", violation.getPropertyPath().toString(), "message",
							violation.getMessage()))
					.toList());
		return Mono.just(ResponseEntity.badRequest().body(problem));
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataBufferLimitException) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
	}

}
