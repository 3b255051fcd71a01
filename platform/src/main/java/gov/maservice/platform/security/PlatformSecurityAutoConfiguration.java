package gov.maservice.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Resource-server security: the gateway's tokens (signature, issuer, expiry), one role
 * mapping, one 401/403 writer.
 */
@AutoConfiguration
public class PlatformSecurityAutoConfiguration {

}
