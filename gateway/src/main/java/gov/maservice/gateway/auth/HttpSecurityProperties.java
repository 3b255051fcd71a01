package gov.maservice.gateway.auth;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Browser-facing HTTP settings of the gateway.
 *
 * @param corsAllowedOrigins origin patterns (e.g. {@code https://*.example.gov.cn}) whose
 * web pages may call the API from a browser; empty allows no cross-origin calls
 * @param hsts Strict-Transport-Security, sent only on HTTPS requests (behind a TLS proxy
 * set {@code server.forward-headers-strategy=framework} so the gateway sees the scheme)
 */
@ConfigurationProperties("gateway.http")
@Validated
public record HttpSecurityProperties(@NotNull List<String> corsAllowedOrigins, @Valid @NotNull Hsts hsts) {

	/**
	 * HSTS settings.
	 *
	 * @param enabled whether to send the header at all (off while a site is still tried
	 * on plain HTTP)
	 * @param maxAge how long browsers remember to use HTTPS only
	 * @param includeSubdomains whether the rule also covers subdomains
	 */
	public record Hsts(boolean enabled, @NotNull Duration maxAge, boolean includeSubdomains) {
	}

}
