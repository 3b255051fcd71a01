package gov.maservice.platform.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Store and Kafka health, readiness that reflects only what a service cannot work without, details and metrics only for authorized callers.
 */
@AutoConfiguration
public class PlatformHealthAutoConfiguration {

}
