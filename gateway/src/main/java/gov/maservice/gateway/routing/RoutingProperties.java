package gov.maservice.gateway.routing;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services are and how long the gateway waits for them.
 *
 * @param catalogUrl catalog-service ({@code CATALOG_URL})
 * @param qrUrl qr-service ({@code QR_URL})
 * @param notificationUrl notification-service ({@code NOTIFICATION_URL})
 * @param longResponseTimeout the HTTP response timeout of slow routes (poster PDFs,
 * imports and exports); ordinary routes use
 * {@code spring.cloud.gateway.server.webflux.httpclient.response-timeout} and board
 * streams none at all
 * @param retry retries of idempotent requests (GET, HEAD) on connection errors and
 * 502/503/504
 */
@ConfigurationProperties("gateway.routing")
@Validated
public record RoutingProperties(@NotNull URI catalogUrl, @NotNull URI qrUrl, @NotNull URI notificationUrl,
		@NotNull Duration longResponseTimeout, @Valid @NotNull Retry retry) {

	/**
	 * Retry settings.
	 *
	 * @param attempts retries after the first try (0 turns retrying off)
	 * @param firstBackoff the wait before the first retry, doubled for each further one
	 * @param maxBackoff the longest wait between tries
	 */
	public record Retry(int attempts, @NotNull Duration firstBackoff, @NotNull Duration maxBackoff) {
	}

}
