package gov.maservice.notification.outbox;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The relay that moves events from documents' {@code pendingEvents} to Kafka.
 *
 * @param relayInterval how often the relay looks for pending events; writes also nudge it, so
 * this only bounds the delay after a crash or a failed send
 * @param lease how long one replica owns a document's pending events; longer than a send takes,
 * short enough that a crashed replica's work is picked up soon
 * @param batchSize documents claimed per relay pass
 */
@ConfigurationProperties("notification.outbox")
@Validated
public record OutboxProperties(@NotNull Duration relayInterval, @NotNull Duration lease, @Positive int batchSize) {
}
