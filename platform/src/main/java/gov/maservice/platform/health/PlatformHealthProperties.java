package gov.maservice.platform.health;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the platform's health indicators check their dependency
 * ({@code platform.health.*}).
 *
 * @param kafka the broker check
 * @param store the store check
 */
@ConfigurationProperties("platform.health")
@Validated
public record PlatformHealthProperties(@Valid @NotNull @DefaultValue Kafka kafka,
		@Valid @NotNull @DefaultValue Store store) {

	/**
	 * The broker check: {@code describeCluster} with a short timeout.
	 *
	 * @param timeout how long the check may take; probes must answer quickly
	 * @param cacheFor how long a result is reused, so frequent probes do not load the
	 * broker
	 */
	public record Kafka(@NotNull @DefaultValue("2s") Duration timeout, @NotNull @DefaultValue("5s") Duration cacheFor) {
	}

	/**
	 * The store check: one plain query, which real MongoDB and the MongoDB-wire server
	 * (which lacks {@code hello}) both answer.
	 *
	 * @param timeout how long the query may take
	 * @param probeCollection collection queried (it need not exist; the query still goes
	 * to the server)
	 */
	public record Store(@NotNull @DefaultValue("2s") Duration timeout,
			@NotBlank @DefaultValue("health_probe") String probeCollection) {
	}

}
