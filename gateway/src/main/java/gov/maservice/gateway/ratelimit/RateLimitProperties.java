package gov.maservice.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Fair-use limits. Per-address limits are token buckets held in each gateway replica's memory;
 * per-key limits are counted in MongoDB so they hold across replicas (see docs/gateway.md).
 *
 * @param enabled turns every limit off, e.g. for a benchmark of the raw proxy
 * @param pages citizen pages per client address: generous, since a whole village may share one
 * NAT address when a poster is scanned at a meeting
 * @param anonymousApi public API reads without a key, per client address: modest, like most
 * public APIs; a key lifts it
 * @param apiKeyDefaultPerMinute the limit of a key issued without its own
 * @param maxTrackedAddresses the most client addresses one replica keeps buckets for; idle full
 * buckets are dropped first, so memory stays bounded under a flood of addresses
 */
@ConfigurationProperties("gateway.rate-limits")
@Validated
public record RateLimitProperties(boolean enabled, @Valid @NotNull Bucket pages, @Valid @NotNull Bucket anonymousApi,
		@Positive int apiKeyDefaultPerMinute, @Positive int maxTrackedAddresses) {

	/**
	 * A token bucket.
	 *
	 * @param capacity the burst a client may send at once
	 * @param refillPerSecond the sustained rate
	 */
	public record Bucket(@Positive int capacity, @Positive double refillPerSecond) {
	}

}
