package gov.maservice.notification.config;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Shape of the topics this service creates.
 *
 * @param partitions partitions per topic: the upper bound of consumers sharing one group's work
 * @param replicas replication factor: 1 on one machine, 3 on a production cluster
 */
@ConfigurationProperties("notification.kafka")
@Validated
public record KafkaTopicProperties(@Positive int partitions, @Positive short replicas) {
}
