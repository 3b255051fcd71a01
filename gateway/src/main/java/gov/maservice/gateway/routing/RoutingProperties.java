package gov.maservice.gateway.routing;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services are and how the gateway retries them. How long it waits is each
 * route's time limiter ({@code resilience4j.timelimiter}).
 *
 * @param catalogUrl catalog-service ({@code CATALOG_URL})
 * @param qrUrl qr-service ({@code QR_URL})
 * @param notificationUrl notification-service ({@code NOTIFICATION_URL})
 * @param retry retries of idempotent requests (GET, HEAD) on connection errors and
 * 502/503/504
 */
@ConfigurationProperties("gateway.routing")
@Validated
public record RoutingProperties(@NotNull URI catalogUrl, @NotNull URI qrUrl, @NotNull URI notificationUrl,
		@Valid @NotNull Retry retry) {

	/**
	 * Retry settings.
	 *
	 * @param attempts retries after the first try (0 turns retrying off); they all happen
	 * inside the route's time budget, which cuts them off
	 * @param firstBackoff the wait before the first retry, doubled for each further one
	 * @param maxBackoff the longest wait between tries
	 */
	public record Retry(int attempts, @NotNull Duration firstBackoff, @NotNull Duration maxBackoff) {
	}

}
