package gov.maservice.gateway.config;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns every exception thrown by the gateway's own controllers into an RFC 9457 problem detail,
 * listing field errors in an {@code errors} array of {@code {field, message}} so a form can show
 * them next to the right input.
 */
@RestControllerAdvice
class GatewayExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ProblemDetail problem = ex.getBody();
		problem.setDetail("The request body is invalid.");
		List<Map<String, String>> errors = ex.getFieldErrors().stream().map(GatewayExceptionHandler::toError).toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, exchange);
	}

	private static Map<String, String> toError(FieldError error) {
		String message = (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid";
		return Map.of("field", error.getField(), "message", message);
	}

}
