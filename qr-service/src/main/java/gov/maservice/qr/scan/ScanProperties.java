package gov.maservice.qr.scan;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How scans are counted.
 *
 * @param flushInterval how often counted scans are written to the store
 * ({@code QR_SCAN_FLUSH_INTERVAL}, default 1 s). A redirect never waits for the store:
 * scans are added up in memory and written as one {@code $inc} per (token, day) at this
 * interval, and on shutdown. A crash of the process loses at most the scans of the last
 * interval; a store outage loses none (they are kept and written once it is back).
 */
@Validated
@ConfigurationProperties("qr.scans")
public record ScanProperties(@NotNull Duration flushInterval) {

	public ScanProperties {
		if (flushInterval == null) {
			flushInterval = Duration.ofSeconds(1);
		}
	}

}
