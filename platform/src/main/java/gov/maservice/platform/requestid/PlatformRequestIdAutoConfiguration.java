package gov.maservice.platform.requestid;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Request ids: taken from or set on X-Request-Id, put in the log context, passed on to
 * Kafka headers and read back by consumers.
 */
@AutoConfiguration
public class PlatformRequestIdAutoConfiguration {

}
