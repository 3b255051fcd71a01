package gov.maservice.platform.kafka;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Kafka settings every service shares ({@code platform.kafka.*}): the shape of the
 * topics it declares and how long a failing record is retried before it is parked on its
 * dead-letter topic.
 *
 * @param partitions partitions of every topic a service declares (its own topics and the
 * dead-letter topics it writes); the upper bound of consumers sharing one group's work
 * ({@code KAFKA_PARTITIONS})
 * @param replicas replication factor: 1 on one machine, 3 on a production cluster
 * ({@code KAFKA_REPLICAS})
 * @param retry back-off of a record whose listener failed with a retryable error
 */
@ConfigurationProperties("platform.kafka")
@Validated
public record PlatformKafkaProperties(@Positive @DefaultValue("3") int partitions,
		@Positive @DefaultValue("1") short replicas, @Valid @NotNull @DefaultValue Retry retry) {

	/**
	 * Bounded exponential back-off: long enough to ride out a store failover, short
	 * enough that one bad record holds its partition for seconds, not minutes.
	 *
	 * @param attempts retries after the first failure, then the record goes to
	 * {@code <topic>.dlt}
	 * @param initialInterval wait before the first retry
	 * @param multiplier growth of the wait per retry
	 * @param maxInterval longest wait between two retries
	 */
	public record Retry(@PositiveOrZero @DefaultValue("3") int attempts,
			@NotNull @DefaultValue("500ms") Duration initialInterval,
			@DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
			@NotNull @DefaultValue("5s") Duration maxInterval) {
	}

}
