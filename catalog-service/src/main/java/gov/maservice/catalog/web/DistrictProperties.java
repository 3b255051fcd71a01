package gov.maservice.catalog.web;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The district every service shares ({@code DISTRICT_CODE}, {@code DISTRICT_NAME} in the
 * environment, see docs/ARCHITECTURE.md): pages name the hall after it. Public because
 * templates read it.
 *
 * @param code statistical division code of the district, parent of its towns and streets
 * @param name district name shown in page headers and footers
 */
@ConfigurationProperties("district")
@Validated
public record DistrictProperties(@DefaultValue("410471") @NotBlank String code,
		@DefaultValue("平顶山高新技术产业开发区") @NotBlank String name) {
}
