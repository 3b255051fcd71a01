package gov.maservice.platform.outbox;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox relay. Writes nudge it at once; the sweep only matters after a crash, a
 * failed send, or for events another replica wrote and could not send.
 *
 * @param enabled whether this replica relays events (on one machine and on every replica:
 * yes)
 * @param sweepInterval how often to look for events nobody sent
 * @param lease how long one relay round owns a document's events; a crashed replica's
 * events are taken over after this. Longer than {@code send-timeout}, so a live round
 * never loses its lease.
 * @param batchSize documents claimed per round
 * @param sendTimeout how long to wait for the broker to acknowledge a round's events; the
 * producer gives up on a record after the same time, so a record is not resent while its
 * first send may still succeed
 * @param backoff pause after a failed round (the broker is away), doubling up to a
 * maximum
 */
@ConfigurationProperties("platform.outbox")
@Validated
public record OutboxProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DurationMin(millis = 10) @DefaultValue("5s") Duration sweepInterval,
		@NotNull @DefaultValue("30s") Duration lease, @Positive @Max(1000) @DefaultValue("100") int batchSize,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("10s") Duration sendTimeout,
		@Valid @NotNull @DefaultValue Backoff backoff) {

	/**
	 * A lease shorter than a send would let a second replica send the same events
	 * meanwhile.
	 */
	@AssertTrue(message = "lease must be longer than send-timeout")
	public boolean isLeaseLongerThanSendTimeout() {
		return this.lease == null || this.sendTimeout == null || this.lease.compareTo(this.sendTimeout) > 0;
	}

	/**
	 * Back-off after a failed round.
	 *
	 * @param initial first pause
	 * @param max longest pause
	 */
	public record Backoff(@NotNull @DurationMin(millis = 1) @DefaultValue("1s") Duration initial,
			@NotNull @DefaultValue("1m") Duration max) {
	}

}
