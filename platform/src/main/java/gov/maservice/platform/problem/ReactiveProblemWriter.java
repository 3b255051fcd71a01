package gov.maservice.platform.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import gov.maservice.platform.requestid.ReactiveRequestIdFilter;
import gov.maservice.platform.requestid.RequestIds;

/**
 * Writes problem details from places that are not controllers (web filters, security
 * entry points, the error handler, the gateway's fallbacks), so a client sees the same
 * body whoever refused the request: the platform's {@code type} and title,
 * {@code instance}, {@code requestId}.
 */
public class ReactiveProblemWriter {

	private final JsonMapper json;

	public ReactiveProblemWriter(JsonMapper json) {
		this.json = json;
	}

	/** A problem of the status's standard type and title. */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
		return write(exchange, ProblemTypes.forStatus(status, detail), Map.of());
	}

	/**
	 * A problem of the status's standard type and title, with extra headers such as
	 * {@code Retry-After}.
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail,
			Map<String, String> headers) {
		return write(exchange, ProblemTypes.forStatus(status, detail), headers);
	}

	/**
	 * Writes a problem unless the response is already committed (then there is nothing
	 * left to tell the client).
	 */
	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, Map<String, String> headers) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		complete(problem, exchange);
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		HttpHeaders responseHeaders = response.getHeaders();
		responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		responseHeaders.setCacheControl("no-store");
		responseHeaders.remove(HttpHeaders.CONTENT_LENGTH);
		headers.forEach(responseHeaders::set);
		if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()
				&& !responseHeaders.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
			responseHeaders.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		byte[] body = this.json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	/**
	 * Gives a problem the platform's type and title if it has none, the request path as
	 * {@code instance} and the request id, as every problem of every service carries
	 * them.
	 */
	public static ProblemDetail complete(ProblemDetail problem, ServerWebExchange exchange) {
		ProblemTypes.standardize(problem);
		if (problem.getInstance() == null) {
			problem.setInstance(instance(exchange));
		}
		String requestId = requestId(exchange);
		if (requestId != null) {
			problem.setProperty(RequestIds.PROBLEM_PROPERTY, requestId);
		}
		return problem;
	}

	static String requestId(ServerWebExchange exchange) {
		String requestId = ReactiveRequestIdFilter.requestId(exchange);
		return (requestId != null) ? requestId : exchange.getResponse().getHeaders().getFirst(RequestIds.HEADER);
	}

	private static URI instance(ServerWebExchange exchange) {
		try {
			return URI.create(exchange.getRequest().getURI().getRawPath());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
