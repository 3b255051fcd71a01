package gov.maservice.notification.board;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How board liveness is judged.
 *
 * @param heartbeatInterval how often a board is expected to heartbeat (an open stream
 * counts as one); told to boards so they pace themselves
 * @param offlineFactor a board is offline once it has been silent for this many
 * intervals: a little over one, so one late heartbeat under load does not raise a false
 * alarm
 * @param sweepInterval how often each replica looks for boards that fell silent; bounds
 * how late a "went offline" event can be
 */
@ConfigurationProperties("notification.boards")
@Validated
public record BoardProperties(@NotNull Duration heartbeatInterval, @DecimalMin("1.0") double offlineFactor,
		@NotNull Duration sweepInterval) {

	/** Silence after which a board counts as offline. */
	public Duration offlineAfter() {
		return Duration.ofMillis((long) (this.heartbeatInterval.toMillis() * this.offlineFactor));
	}

}
