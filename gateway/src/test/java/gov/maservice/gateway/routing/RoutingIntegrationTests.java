package gov.maservice.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;

import org.springframework.http.HttpHeaders;

import gov.maservice.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIntegrationTests extends GatewayIntegrationTest {

	@Test
	void shortLinksAreRoutedToQrServiceAndTheirRedirectIsPassedOn() {
		this.client.get()
			.uri("/q/abc123")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/g/410471-XK00101-001");
	}

	@Test
	void aBackendAnswering503GoesToTheFallbackWithRetryAfter() {
		this.client.get()
			.uri("/api/v1/departments")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER);
	}

	@Test
	void swaggerUiListsTheGatewayAndEveryServiceWithServersPointingAtTheGateway() {
		this.client.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls[*].url")
			.value(urls -> assertThat(urls)
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
				.contains("/v3/api-docs", "/v3/api-docs/catalog", "/v3/api-docs/qr", "/v3/api-docs/notification"));
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/auth/token'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/users'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/api-keys'].post")
			.exists()
			.jsonPath("$.paths['/fallback/api']")
			.doesNotExist();
		this.client.get()
			.uri("/v3/api-docs/catalog")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("catalog")
			.jsonPath("$.servers[0].url")
			.isEqualTo("/");
		this.client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

	@Test
	void slowRoutesHaveLongTimeBudgetsAndOrdinaryRoutesTwoSeconds(@Autowired TimeLimiterRegistry timeLimiters,
			@Autowired CircuitBreakerRegistry breakers, @Autowired RouteLocator routes) {
		assertThat(timeLimiters.timeLimiter("qr-posters").getTimeLimiterConfig().getTimeoutDuration())
			.isEqualTo(Duration.ofSeconds(120));
		assertThat(timeLimiters.timeLimiter("catalog-bulk").getTimeLimiterConfig().getTimeoutDuration())
			.isEqualTo(Duration.ofSeconds(120));
		assertThat(timeLimiters.timeLimiter("catalog-pages").getTimeLimiterConfig().getTimeoutDuration())
			.isEqualTo(Duration.ofSeconds(2));
		assertThat(timeLimiters.timeLimiter("catalog-api").getTimeLimiterConfig().getTimeoutDuration())
			.isEqualTo(Duration.ofSeconds(2));
		for (String name : List.of("catalog-api-writes", "qr-api-writes", "notification-api-writes")) {
			assertThat(timeLimiters.timeLimiter(name).getTimeLimiterConfig().getTimeoutDuration()).as(name)
				.isEqualTo(Duration.ofSeconds(30));
		}
		for (String name : List.of("catalog-pages", "catalog-api", "catalog-bulk", "qr-pages", "qr-api", "qr-posters",
				"notification-api", "notification-pages", "api-docs", "catalog-api-writes", "qr-api-writes",
				"notification-api-writes")) {
			CircuitBreakerConfig breaker = breakers.circuitBreaker(name).getCircuitBreakerConfig();
			assertThat(breaker.getSlowCallDurationThreshold()).as(name + ": a slow call is one below the budget")
				.isLessThan(timeLimiters.timeLimiter(name).getTimeLimiterConfig().getTimeoutDuration());
			assertThat(breaker.getSlowCallRateThreshold()).as(name).isLessThanOrEqualTo(50f);
		}
		Map<String, Object> timeouts = new java.util.HashMap<>();
		routes.getRoutes()
			.doOnNext((route) -> timeouts.put(route.getId(),
					route.getMetadata().get(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR)))
			.blockLast(Duration.ofSeconds(5));
		assertThat(timeouts).as("each try's response timeout is the route's budget")
			.containsEntry("catalog-guide-pages", 2000L)
			.containsEntry("catalog-api", 2000L)
			.containsEntry("catalog-api-writes", 30000L)
			.containsEntry("notification-api-writes", 30000L)
			.containsEntry("qr-posters", 120000L)
			.containsEntry("board-stream", -1L);
	}

	@Test
	void readinessDependsOnTheStoreButNotOnTheBackends() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.client.get().uri("/q/metrics-probe").exchange().expectStatus().isFound();
		this.client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri("/actuator/prometheus")
			.header("Authorization", "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(metrics -> assertThat(metrics)
				.containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"qr-pages\""));
	}

}
