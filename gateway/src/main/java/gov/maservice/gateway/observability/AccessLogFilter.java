package gov.maservice.gateway.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import gov.maservice.gateway.config.RequestAttributes;
import gov.maservice.platform.requestid.ReactiveRequestIdFilter;

/**
 * One structured log line per request (method, path, status, duration, request id, route,
 * client), written when the response completes. The query string is left out on purpose:
 * board streams carry their credential in {@code access_token}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AccessLogFilter implements WebFilter {

	private static final Logger log = LoggerFactory.getLogger("gateway.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long start = System.nanoTime();
		return chain.filter(exchange).doFinally(signal -> log(exchange, start));
	}

	private void log(ServerWebExchange exchange, long start) {
		if (!log.isInfoEnabled()) {
			return;
		}
		long durationMs = (System.nanoTime() - start) / 1_000_000;
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		int statusValue = (status != null) ? status.value() : 200;
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		String client = exchange.getAttributeOrDefault(RequestAttributes.CLIENT, "anonymous");
		String method = exchange.getRequest().getMethod().name();
		String path = exchange.getRequest().getPath().value();
		log.atInfo()
			.addKeyValue("http.request.method", method)
			.addKeyValue("url.path", path)
			.addKeyValue("http.response.status_code", statusValue)
			.addKeyValue("event.duration_ms", durationMs)
			.addKeyValue("request.id", (Object) ReactiveRequestIdFilter.requestId(exchange))
			.addKeyValue("gateway.route", (route != null) ? route.getId() : "gateway")
			.addKeyValue("client", (Object) client)
			.log("{} {} {} {}ms", method, path, statusValue, durationMs);
	}

}
