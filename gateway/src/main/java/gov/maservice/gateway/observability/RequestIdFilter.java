package gov.maservice.gateway.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import gov.maservice.gateway.config.RequestAttributes;

/**
 * Gives every request an {@code X-Request-Id}: a well-formed incoming one is kept (so a caller can
 * follow its own id through the logs of every service), anything else is replaced by a new UUID.
 * The id is forwarded to the services and returned on the response.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

	private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String incoming = exchange.getRequest().getHeaders().getFirst(RequestAttributes.REQUEST_ID_HEADER);
		String requestId = (incoming != null && VALID_ID.matcher(incoming).matches()) ? incoming
				: UUID.randomUUID().toString();
		exchange.getAttributes().put(RequestAttributes.REQUEST_ID, requestId);
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers(headers -> headers.set(RequestAttributes.REQUEST_ID_HEADER, requestId))
			.build();
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(RequestAttributes.REQUEST_ID_HEADER, requestId);
			return Mono.empty();
		});
		return chain.filter(exchange.mutate().request(request).build());
	}

}
