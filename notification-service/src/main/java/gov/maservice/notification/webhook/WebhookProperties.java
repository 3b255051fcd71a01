package gov.maservice.notification.webhook;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook delivery. The defaults suit one machine and the public internet alike; tests
 * shorten the retry schedule and allow loopback receivers.
 *
 * @param allowedNetworks CIDR blocks (e.g. {@code 127.0.0.0/8}, {@code ::1/128},
 * {@code 10.1.2.0/24}) a target may resolve to although they are not public addresses;
 * empty in production, so no subscription can reach the internal network (SSRF)
 * @param timeout how long one call may take until the receiver's answer, beyond which it
 * counts as failed
 * @param connectTimeout how long to wait for a TCP connection
 * @param pollInterval how often each instance looks for due deliveries besides being
 * nudged by new changes and finished calls
 * @param scanLimit pending deliveries one pass considers, oldest first
 * @param maxConcurrentPerEndpoint calls in flight to one endpoint at most (bulkhead), so
 * a slow receiver holds a bounded share of connections
 * @param maxSubscriptionsPerOwner subscriptions one API key may hold
 * @param retry the back-off schedule
 * @param breaker the per-endpoint circuit breaker
 * @param disableAfter an endpoint failing without a single success this long is disabled
 * @param secretGrace how long a rotated-out secret keeps signing beside the new one
 * @param responseExcerpt characters of a receiver's answer kept in the delivery log
 * @param retention how long delivered and failed messages and their attempts are kept
 */
@ConfigurationProperties("notification.webhooks")
@Validated
public record WebhookProperties(@NotNull List<String> allowedNetworks, @NotNull Duration timeout,
		@NotNull Duration connectTimeout, @NotNull Duration pollInterval, @Positive int scanLimit,
		@Positive int maxConcurrentPerEndpoint, @Positive int maxSubscriptionsPerOwner, @NotNull @Valid Retry retry,
		@NotNull @Valid Breaker breaker, @NotNull Duration disableAfter, @NotNull Duration secretGrace,
		@Min(0) @Max(4096) int responseExcerpt, @NotNull Duration retention) {

	/**
	 * Exponential back-off with jitter: attempt n waits
	 * {@code min(initialDelay × multiplier^(n-1), maxDelay)} ± {@code jitter}, until a
	 * message is {@code maxAge} old; then it is marked failed.
	 *
	 * @param initialDelay wait after the first failure
	 * @param multiplier growth per further failure
	 * @param maxDelay the longest single wait
	 * @param jitter fraction of random spread, so retries of many messages do not come in
	 * waves
	 * @param maxAge how long a message is retried at all
	 */
	public record Retry(@NotNull Duration initialDelay, @DecimalMin("1.0") double multiplier,
			@NotNull Duration maxDelay, @DecimalMin("0.0") @DecimalMax("0.5") double jitter, @NotNull Duration maxAge) {
	}

	/**
	 * Resilience4j circuit breaker per endpoint: while open, no calls are made to it (its
	 * messages wait), and half-open lets a few probe calls through.
	 *
	 * @param failureRateThreshold percentage of failed calls that opens the circuit
	 * @param minimumCalls calls needed before the rate counts
	 * @param openFor how long the circuit stays open
	 */
	public record Breaker(@Min(1) @Max(100) int failureRateThreshold, @Positive int minimumCalls,
			@NotNull Duration openFor) {
	}

}
