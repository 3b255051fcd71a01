package gov.maservice.notification.delivery;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Live push to the boards connected to this instance.
 *
 * @param instanceId identifies this instance; its fan-out consumer group is
 * {@code notification-fanout-<instanceId>} so that every instance sees every notice
 * event. Random per start by default, because a restarted instance must not resume an old
 * group's offsets
 * @param keepAlive interval of the SSE keep-alive comment; below the idle timeouts of
 * proxies and LED controllers' network stacks
 * @param reconnectGrace on reconnect with {@code Last-Event-ID}, removals are re-sent for
 * changes up to this long before the cursor, to absorb clock skew between instances and
 * late events
 * @param refreshInterval how often the instance reconciles its view of notices with the
 * store, which repairs anything a fan-out consumer missed (e.g. while its partitions were
 * being assigned)
 * @param tombstoneRetention how long expired notices are remembered so that reconnecting
 * boards are told to drop them
 * @param sessionBuffer events buffered for one slow board before its stream is closed;
 * the board reconnects and resynchronises instead of growing the heap
 * @param workers threads that write events to board streams (0: one per CPU core);
 * publishing on these instead of the caller's thread keeps a fan-out to 10,000 boards off
 * the Kafka consumer
 */
@ConfigurationProperties("notification.delivery")
@Validated
public record DeliveryProperties(@NotBlank String instanceId, @NotNull Duration keepAlive,
		@NotNull Duration reconnectGrace, @NotNull Duration refreshInterval, @NotNull Duration tombstoneRetention,
		@Min(8) int sessionBuffer, @PositiveOrZero int workers) {

	/** The consumer group this instance's fan-out listener joins. */
	public String fanoutGroupId() {
		return "notification-fanout-" + this.instanceId;
	}

	int effectiveWorkers() {
		return (this.workers > 0) ? this.workers : Runtime.getRuntime().availableProcessors();
	}

}
