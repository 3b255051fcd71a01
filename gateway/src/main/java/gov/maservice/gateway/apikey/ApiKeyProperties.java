package gov.maservice.gateway.apikey;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How API keys are looked up.
 *
 * @param cacheTtl how long a replica trusts a key it has looked up; a revocation takes
 * effect at once on the replica that handled it and within this time on the others
 * @param cacheSize the most keys (valid or not) one replica remembers
 */
@ConfigurationProperties("gateway.api-keys")
@Validated
public record ApiKeyProperties(@NotNull Duration cacheTtl, @Positive int cacheSize) {
}
