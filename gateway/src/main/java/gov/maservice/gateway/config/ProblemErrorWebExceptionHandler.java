package gov.maservice.gateway.config;

import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The last line of error handling: anything that escapes the controllers and filters (an unknown
 * path, a backend that cannot be reached on a route without a fallback) still answers with a
 * problem detail and never with a stack trace. Runs before Boot's default handler.
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	private final ProblemResponses problems;

	ProblemErrorWebExceptionHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		if (ex instanceof ResponseStatusException statusException) {
			HttpStatusCode code = statusException.getStatusCode();
			HttpStatus status = HttpStatus.resolve(code.value());
			if (status == null) {
				status = HttpStatus.INTERNAL_SERVER_ERROR;
			}
			String detail = (statusException.getReason() != null) ? statusException.getReason() : status.getReasonPhrase();
			if (status.is5xxServerError()) {
				log.warn("Request {} failed with {}: {}", exchange.getRequest().getPath(), status.value(), ex.toString());
			}
			return this.problems.write(exchange, status, detail);
		}
		if (ex instanceof ConnectException || ex.getCause() instanceof ConnectException) {
			return this.problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
					"The service behind this path is not reachable right now.", Map.of("Retry-After", "10"));
		}
		if (ex instanceof TimeoutException) {
			return this.problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "The service behind this path did not answer in time.");
		}
		log.error("Unexpected error on {}", exchange.getRequest().getPath(), ex);
		return this.problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
	}

}
