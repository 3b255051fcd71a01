package gov.maservice.qr.link;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where custom short links may point. A printed code is trusted by whoever scans it; a
 * stolen publisher account must not be able to send every scan of a poster to an outside
 * site, so custom targets are limited to an allow-list of hosts.
 *
 * @param allowedHosts host names a custom link may point at (exact, case-insensitive; an
 * entry {@code *.example.gov.cn} also allows every subdomain); the host of
 * {@code qr.public-base-url} and paths on the own site ({@code /g/...}) are always
 * allowed
 * @param refreshInterval how often the in-memory link table reads the links other
 * replicas changed (see {@link LinkTable})
 * @param lookupTimeout how long a scan of a token not in memory waits for the store
 */
@ConfigurationProperties("qr.links")
@Validated
public record LinkProperties(@NotNull List<@NotBlank String> allowedHosts, Duration refreshInterval,
		Duration lookupTimeout) {

	public LinkProperties {
		allowedHosts = (allowedHosts != null) ? List.copyOf(allowedHosts) : List.of();
		if (refreshInterval == null || refreshInterval.isNegative() || refreshInterval.isZero()) {
			refreshInterval = Duration.ofSeconds(5);
		}
		if (lookupTimeout == null || lookupTimeout.isNegative() || lookupTimeout.isZero()) {
			lookupTimeout = Duration.ofSeconds(1);
		}
	}

}
