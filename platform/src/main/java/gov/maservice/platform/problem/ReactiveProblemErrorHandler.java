package gov.maservice.platform.problem;

import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The last line of error handling in WebFlux: whatever escapes the controllers and
 * filters (an unknown path, a method no handler takes, a backend that cannot be reached)
 * is still a problem detail, never Boot's default error body or a stack trace. Client
 * errors are logged at DEBUG; only server faults are WARN (dependencies) or ERROR (bugs).
 * Runs before Boot's own handler.
 */
public class ReactiveProblemErrorHandler implements ErrorWebExceptionHandler, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ReactiveProblemErrorHandler.class);

	private final ReactiveProblemWriter writer;

	public ReactiveProblemErrorHandler(ReactiveProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public int getOrder() {
		return -2;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		String path = exchange.getRequest().getPath().value();
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// A client that went away mid-request (a slow or cut-off upload): nobody to
			// answer, and not a fault of ours.
			log.debug("Client went away during {}: {}", path, ex.toString());
			return Mono.empty();
		}
		if (ReactiveProblemAdvice.tooLarge(ex)) {
			log.debug("Body too large on {}", path);
			return this.writer.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "The request body is too large");
		}
		if (ex instanceof ErrorResponse error) {
			HttpStatusCode status = error.getStatusCode();
			ProblemDetail problem = copy(error.getBody());
			if (problem.getDetail() == null) {
				problem.setDetail(problem.getTitle());
			}
			Map<String, String> headers = new LinkedHashMap<>();
			error.getHeaders().forEach((name, values) -> {
				if (!values.isEmpty() && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
					headers.put(name, String.join(", ", values));
				}
			});
			if (status.is5xxServerError()) {
				log.warn("Request {} failed with {}: {}", path, status.value(), ex.toString());
			}
			else {
				log.debug("Request {} refused with {}: {}", path, status.value(), ex.toString());
			}
			return this.writer.write(exchange, problem, headers);
		}
		if (ex instanceof ConnectException || ex.getCause() instanceof ConnectException) {
			log.warn("Request {} failed: a dependency is not reachable: {}", path, ex.toString());
			return this.writer.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
					"The service behind this path is not reachable right now", Map.of(HttpHeaders.RETRY_AFTER, "10"));
		}
		if (ex instanceof TimeoutException) {
			log.warn("Request {} timed out: {}", path, ex.toString());
			return this.writer.write(exchange, HttpStatus.GATEWAY_TIMEOUT,
					"The service behind this path did not answer in time");
		}
		log.error("Unexpected error on {} (request id {})", path, ReactiveProblemWriter.requestId(exchange), ex);
		return this.writer.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
	}

	private static ProblemDetail copy(ProblemDetail source) {
		ProblemDetail problem = ProblemDetail.forStatus(source.getStatus());
		problem.setType(source.getType());
		problem.setTitle(source.getTitle());
		problem.setDetail(source.getDetail());
		problem.setInstance(source.getInstance());
		if (source.getProperties() != null) {
			source.getProperties().forEach(problem::setProperty);
		}
		return problem;
	}

}
