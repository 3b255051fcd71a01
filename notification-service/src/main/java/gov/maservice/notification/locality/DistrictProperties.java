package gov.maservice.notification.locality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The district this deployment serves. Its code is the root of the locality hierarchy, so
 * a notice addressed to it reaches every board even before the catalog has told us about
 * any locality.
 *
 * @param code statistical division code of the district (e.g. {@code 410471}); always a
 * known area
 * @param name display name used as the CAP {@code areaDesc} of district-wide notices
 */
@ConfigurationProperties("notification.district")
@Validated
public record DistrictProperties(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String code,
		@NotBlank String name) {
}
