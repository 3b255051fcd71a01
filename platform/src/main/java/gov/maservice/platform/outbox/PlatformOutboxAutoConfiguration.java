package gov.maservice.platform.outbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * The in-document outbox: events written in the same document as the state change, relayed to Kafka under a lease.
 */
@AutoConfiguration
public class PlatformOutboxAutoConfiguration {

}
