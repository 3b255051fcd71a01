package gov.maservice.notification.changes;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The change log behind the pull feed and webhooks.
 *
 * @param consumerGroup Kafka group that records changes, once per cluster
 * @param settle how old an entry must be before the feed shows it: replicas number and
 * write entries concurrently, so an entry with a lower position may land a moment after a
 * higher one; waiting this long keeps a reader's cursor from skipping it
 * @param maxWait the longest long-poll a reader may ask for
 */
@ConfigurationProperties("notification.changes")
@Validated
public record ChangeProperties(@NotBlank String consumerGroup, @NotNull Duration settle, @NotNull Duration maxWait) {
}
