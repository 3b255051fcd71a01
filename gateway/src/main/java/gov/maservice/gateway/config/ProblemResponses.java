package gov.maservice.gateway.config;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 problem details from places that are not controllers (web filters, security
 * entry points, the error handler), so a client sees the same error shape whoever refused it.
 */
@Component
public class ProblemResponses {

	/** The media type of every error the gateway itself produces. */
	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final JsonMapper jsonMapper;

	ProblemResponses(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Writes a problem detail unless the response is already committed.
	 * @param exchange the exchange to answer
	 * @param status the HTTP status
	 * @param detail a sentence for the client (English: API clients read it)
	 * @param headers extra response headers such as {@code Retry-After}
	 * @return completion of the write
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail, Map<String, String> headers) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(status);
		HttpHeaders responseHeaders = response.getHeaders();
		responseHeaders.setContentType(PROBLEM_JSON);
		responseHeaders.setCacheControl("no-store");
		headers.forEach(responseHeaders::set);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", URI.create(exchange.getRequest().getPath().value()).toString());
		Object requestId = exchange.getAttribute(RequestAttributes.REQUEST_ID);
		if (requestId != null) {
			body.put("requestId", requestId);
		}
		byte[] bytes = this.jsonMapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		DataBuffer buffer = response.bufferFactory().wrap(bytes);
		return response.writeWith(Mono.just(buffer));
	}

	/**
	 * Writes a problem detail without extra headers.
	 * @param exchange the exchange to answer
	 * @param status the HTTP status
	 * @param detail a sentence for the client
	 * @return completion of the write
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
		return write(exchange, status, detail, Map.of());
	}

}
