package gov.maservice.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * The problem-details contract: every error of every service, in MVC and WebFlux, is an
 * RFC 9457 problem detail with a request id.
 */
@AutoConfiguration
public class PlatformProblemAutoConfiguration {

}
