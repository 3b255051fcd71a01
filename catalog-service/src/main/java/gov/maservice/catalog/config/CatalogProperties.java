package gov.maservice.catalog.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the catalog service ({@code catalog.*}). Every default works on one
 * machine.
 *
 * @param seed loading the shipped district catalog on first start
 * @param forms uploaded blank forms and samples
 * @param imports bulk import limits
 */
@ConfigurationProperties("catalog")
@Validated
public record CatalogProperties(@Valid @NotNull @DefaultValue Seed seed, @Valid @NotNull @DefaultValue Forms forms,
		@Valid @NotNull @DefaultValue Imports imports) {

	/**
	 * The seed: a fresh installation must serve the district's real catalog at once, but
	 * a restart must never overwrite what admins changed since.
	 *
	 * @param enabled whether to load the seed when the catalog is empty (or was
	 * interrupted midway)
	 * @param location folder holding {@code departments.json}, {@code localities.json}
	 * and {@code items/*.json} (JSON arrays of guides)
	 * @param batchSize items stored per batch; bounds memory and the burst of events
	 * handed to the relay
	 */
	public record Seed(@DefaultValue("true") boolean enabled,
			@NotBlank @DefaultValue("classpath:seed/") String location,
			@Positive @Max(5000) @DefaultValue("200") int batchSize) {
	}

	/**
	 * Forms (所需表格) uploaded by admins.
	 *
	 * @param maxSize largest accepted file; larger uploads answer 413
	 */
	public record Forms(@NotNull @DefaultValue("10MB") DataSize maxSize) {
	}

	/**
	 * Bulk import.
	 *
	 * @param maxSize largest accepted import body; larger ones answer 413
	 * @param maxRows most rows in one import, so one request cannot occupy the service
	 * for long
	 */
	public record Imports(@NotNull @DefaultValue("50MB") DataSize maxSize,
			@Positive @DefaultValue("200000") int maxRows) {
	}

}
