package gov.maservice.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Fair-use limits. Per-address limits are token buckets held in each gateway replica's
 * memory; per-key limits are counted in MongoDB so they hold across replicas (see
 * docs/gateway.md).
 *
 * @param enabled turns every limit off, e.g. for a benchmark of the raw proxy
 * @param pages citizen pages per client address: generous, since a whole village may
 * share one NAT address when a poster is scanned at a meeting
 * @param anonymousApi public API reads without a key, per client address: modest, like
 * most public APIs; a key lifts it
 * @param apiKeyDefaultPerMinute the limit of a key issued without its own
 * @param maxTrackedAddresses the most client addresses (or board ids) one replica keeps
 * state for; idle entries are dropped first, so memory stays bounded under a flood of
 * addresses
 * @param login back-off for addresses that keep failing to log in
 * @param boards limits of the LED board paths (streams, polling, heartbeats,
 * acknowledgements, the board page)
 */
@ConfigurationProperties("gateway.rate-limits")
@Validated
public record RateLimitProperties(boolean enabled, @Valid @NotNull Bucket pages, @Valid @NotNull Bucket anonymousApi,
		@Positive int apiKeyDefaultPerMinute, @Positive int maxTrackedAddresses, @Valid @NotNull Login login,
		@Valid @NotNull Boards boards) {

	/**
	 * A token bucket.
	 *
	 * @param capacity the burst a client may send at once
	 * @param refillPerSecond the sustained rate
	 */
	public record Bucket(@Positive int capacity, @Positive double refillPerSecond) {
	}

	/**
	 * Per-address back-off on {@code POST /api/v1/auth/token}. Only the address that
	 * keeps failing waits; the account itself is never locked (that would let any
	 * stranger keep its owner out).
	 *
	 * @param freeFailures failed logins an address may make before it has to wait
	 * @param initialBackoff the first wait; doubles with each further failure
	 * @param maxBackoff the longest wait
	 * @param forgetAfter an address's failures are forgotten after this long without an
	 * attempt
	 */
	public record Login(@Positive int freeFailures, @NotNull Duration initialBackoff, @NotNull Duration maxBackoff,
			@NotNull Duration forgetAfter) {
	}

	/**
	 * Board traffic. A board holds one stream (reconnecting after a drop), heartbeats
	 * every 30 s, acknowledges each notice it shows (a burst on every reconnect: one per
	 * notice in force) and may poll instead of streaming; each request costs
	 * notification-service a credential lookup.
	 *
	 * @param perBoard per board id, for requests whose credential has not yet been seen
	 * accepted for that board on this replica (so a flood with wrong credentials cannot
	 * starve the real board)
	 * @param perAddress per client address, for every board request including the board
	 * page; a village office may run several boards behind one address
	 */
	public record Boards(@Valid @NotNull Bucket perBoard, @Valid @NotNull Bucket perAddress) {
	}

}
