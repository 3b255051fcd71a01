package gov.maservice.platform.requestid;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every WebFlux request one id before anything else runs: a well-formed
 * {@value RequestIds#HEADER} from the caller (the gateway, or a client following its own
 * id) is kept, anything else replaced. The id is set on the request (so the gateway
 * forwards it to the services), on the response, on the exchange for problem details and
 * logs, and in the Reactor context under {@value RequestIds#MDC_KEY}.
 */
public class ReactiveRequestIdFilter implements WebFilter, Ordered {

	/**
	 * Exchange attribute holding the id; attributes survive {@code exchange.mutate()}.
	 */
	public static final String ATTRIBUTE = ReactiveRequestIdFilter.class.getName() + ".requestId";

	/** Runs first, so every later filter, handler and error writer sees the id. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	/**
	 * The id of an exchange, or {@code null} when the filter has not run (a test without
	 * it).
	 */
	public static String requestId(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String requestId = RequestIdFormat.keepOrNew(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
		exchange.getAttributes().put(ATTRIBUTE, requestId);
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers((headers) -> headers.set(RequestIds.HEADER, requestId))
			.build();
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
			return Mono.empty();
		});
		return chain.filter(exchange.mutate().request(request).build())
			.contextWrite((context) -> context.put(RequestIds.MDC_KEY, requestId));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
