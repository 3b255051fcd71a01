package gov.maservice.gateway.routing;

import java.net.URI;
import java.util.Set;

import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.BooleanSpec;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.PredicateSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import gov.maservice.gateway.openapi.OpenApiServersRewriter;
import gov.maservice.gateway.resilience.GuidePageCaptureFilter;

/**
 * Every path the gateway forwards, with the resilience each needs. Each route has its own
 * Resilience4j circuit breaker and time limiter (configured by name under
 * {@code resilience4j.circuitbreaker.instances} /
 * {@code resilience4j.timelimiter.instances}); the time limiter is the request's whole
 * time budget, retries (GET and HEAD only) happen inside it, and each try's response
 * timeout equals it, so a hung backend costs a citizen one budget, never timeouts times
 * retries. Board streams get none of this: they are long-lived by design and pass through
 * unbuffered without a response timeout.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

	private static final Set<String> PAGE_FAILURE_STATUSES = Set.of("500", "502", "503", "504");

	private static final Set<String> API_FAILURE_STATUSES = Set.of("502", "503", "504");

	private static final String PAGE_FALLBACK = "forward:/fallback/page";

	private static final String API_FALLBACK = "forward:/fallback/api";

	@Bean
	RouteLocator routes(RouteLocatorBuilder builder, RoutingProperties properties, TimeLimiterRegistry timeLimiters,
			GuidePageCaptureFilter guidePages, OpenApiServersRewriter openApiServers) {
		URI catalog = properties.catalogUrl();
		URI qr = properties.qrUrl();
		URI notification = properties.notificationUrl();
		return builder.routes()
			.route("board-stream",
					route -> route.order(-1)
						.path("/api/v1/boards/*/stream")
						.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, -1L)
						.uri(notification))
			.route("catalog-guide-pages",
					route -> budgeted(route.path("/g/**"), timeLimiters, "catalog-pages")
						.filters(filters -> resilient(filters.filter(guidePages), "catalog-pages",
								"forward:/fallback/guide-page", PAGE_FAILURE_STATUSES, properties))
						.uri(catalog))
			.route("catalog-pages",
					route -> budgeted(route.path("/", "/search", "/d/**", "/l/**", "/assets/**"), timeLimiters,
							"catalog-pages")
						.filters(filters -> resilient(filters, "catalog-pages", PAGE_FALLBACK, PAGE_FAILURE_STATUSES,
								properties))
						.uri(catalog))
			.route("catalog-bulk", route -> budgeted(route.path("/api/v1/imports/**", "/api/v1/exports/**"),
					timeLimiters, "catalog-bulk")
				.filters(filters -> resilient(filters, "catalog-bulk", API_FALLBACK, API_FAILURE_STATUSES, properties))
				.uri(catalog))
			// Writes get a budget of their own: an upload or a publish that takes longer
			// than a
			// page must not be cut off (writes are never retried, and a cut-off write may
			// still
			// have happened), and a hung backend still answers within it.
			.route("catalog-api-writes",
					route -> budgeted(writes(route).path("/api/v1/items/**", "/api/v1/departments/**",
							"/api/v1/localities/**", "/api/v1/forms/**"), timeLimiters, "catalog-api-writes")
						.filters(filters -> resilient(filters, "catalog-api-writes", API_FALLBACK, API_FAILURE_STATUSES,
								properties))
						.uri(catalog))
			.route("qr-api-writes", route -> budgeted(writes(route).path("/api/v1/qr/**", "/api/v1/links/**"),
					timeLimiters, "qr-api-writes")
				.filters(filters -> resilient(filters, "qr-api-writes", API_FALLBACK, API_FAILURE_STATUSES, properties))
				.uri(qr))
			.route("notification-api-writes",
					route -> budgeted(
							writes(route).path("/api/v1/notices/**", "/api/v1/boards/**", "/api/v1/webhooks/**"),
							timeLimiters, "notification-api-writes")
						.filters(filters -> resilient(filters, "notification-api-writes", API_FALLBACK,
								API_FAILURE_STATUSES, properties))
						.uri(notification))
			.route("catalog-api", route -> budgeted(route.path("/api/v1/items/**", "/api/v1/departments/**",
					"/api/v1/localities/**", "/api/v1/search/**", "/api/v1/forms/**"), timeLimiters, "catalog-api")
				.filters(filters -> resilient(filters, "catalog-api", API_FALLBACK, API_FAILURE_STATUSES, properties))
				.uri(catalog))
			.route("qr-pages",
					route -> budgeted(route.path("/q/**"), timeLimiters, "qr-pages").filters(
							filters -> resilient(filters, "qr-pages", PAGE_FALLBACK, PAGE_FAILURE_STATUSES, properties))
						.uri(qr))
			.route("qr-posters",
					route -> budgeted(route.path("/api/v1/posters/**"), timeLimiters, "qr-posters").filters(
							filters -> resilient(filters, "qr-posters", API_FALLBACK, API_FAILURE_STATUSES, properties))
						.uri(qr))
			.route("qr-api",
					route -> budgeted(route.path("/api/v1/qr/**", "/api/v1/links/**", "/api/v1/scans/**"), timeLimiters,
							"qr-api")
						.filters(
								filters -> resilient(filters, "qr-api", API_FALLBACK, API_FAILURE_STATUSES, properties))
						.uri(qr))
			.route("notification-api",
					route -> budgeted(route.path("/api/v1/notices/**", "/api/v1/boards/**", "/api/v1/cap/**",
							"/api/v1/webhooks/**"), timeLimiters, "notification-api")
						.filters(filters -> resilient(filters, "notification-api", API_FALLBACK, API_FAILURE_STATUSES,
								properties))
						.uri(notification))
			// The change feed may hold a request open (long-poll, up to 30 s).
			.route("notification-changes",
					route -> budgeted(route.path("/api/v1/changes"), timeLimiters, "notification-changes")
						.filters(filters -> resilient(filters, "notification-changes", API_FALLBACK,
								API_FAILURE_STATUSES, properties))
						.uri(notification))
			.route("notification-pages",
					route -> budgeted(route.path("/board", "/board/**"), timeLimiters, "notification-pages")
						.filters(filters -> resilient(filters, "notification-pages", PAGE_FALLBACK,
								PAGE_FAILURE_STATUSES, properties))
						.uri(notification))
			.route("catalog-api-docs",
					route -> budgeted(route.path("/v3/api-docs/catalog"), timeLimiters, "api-docs")
						.filters(filters -> apiDocs(filters, openApiServers, properties))
						.uri(catalog))
			.route("qr-api-docs",
					route -> budgeted(route.path("/v3/api-docs/qr"), timeLimiters, "api-docs")
						.filters(filters -> apiDocs(filters, openApiServers, properties))
						.uri(qr))
			.route("notification-api-docs",
					route -> budgeted(route.path("/v3/api-docs/notification"), timeLimiters, "api-docs")
						.filters(filters -> apiDocs(filters, openApiServers, properties))
						.uri(notification))
			.build();
	}

	/** Requests that change something: POST, PUT, PATCH and DELETE. */
	private static PredicateSpec writes(PredicateSpec route) {
		return route.method(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE).and();
	}

	/**
	 * The route's time budget (its breaker's time limiter) is also the HTTP response
	 * timeout of each try, so no single try can outlive the request.
	 */
	private static BooleanSpec budgeted(BooleanSpec route, TimeLimiterRegistry timeLimiters, String breaker) {
		long budgetMillis = timeLimiters.timeLimiter(breaker).getTimeLimiterConfig().getTimeoutDuration().toMillis();
		route.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, budgetMillis);
		return route;
	}

	private static GatewayFilterSpec apiDocs(GatewayFilterSpec filters, OpenApiServersRewriter openApiServers,
			RoutingProperties properties) {
		return resilient(filters.setPath("/v3/api-docs").modifyResponseBody(String.class, String.class, openApiServers),
				"api-docs", API_FALLBACK, API_FAILURE_STATUSES, properties);
	}

	/**
	 * A circuit breaker (with its time limiter) around the call, and inside it a retry
	 * for idempotent requests, so a retried request still counts once for the breaker.
	 */
	private static GatewayFilterSpec resilient(GatewayFilterSpec filters, String breaker, String fallbackUri,
			Set<String> failureStatuses, RoutingProperties properties) {
		GatewayFilterSpec withBreaker = filters.circuitBreaker(
				config -> config.setName(breaker).setFallbackUri(fallbackUri).setStatusCodes(failureStatuses));
		RoutingProperties.Retry retry = properties.retry();
		if (retry.attempts() <= 0) {
			return withBreaker;
		}
		return withBreaker.retry(config -> retryConfig(config, retry));
	}

	private static void retryConfig(RetryGatewayFilterFactory.RetryConfig config, RoutingProperties.Retry retry) {
		config.setRetries(retry.attempts())
			.setMethods(HttpMethod.GET, HttpMethod.HEAD)
			.setSeries()
			.setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT)
			.setBackoff(retry.firstBackoff(), retry.maxBackoff(), 2, true);
	}

}
