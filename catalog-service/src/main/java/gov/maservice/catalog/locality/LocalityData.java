package gov.maservice.catalog.locality;

import gov.maservice.catalog.guide.Codes;
import gov.maservice.platform.validation.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A locality as the seed file ({@code localities.json}) describes it.
 *
 * @param code 12-digit code
 * @param name name
 * @param level level in the hierarchy
 * @param parentCode enclosing locality or the district code
 */
public record LocalityData(@NotBlank @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code,
		@NotBlank @Size(max = 100) @SingleLineText String name, @NotNull LocalityLevel level,
		@NotBlank @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String parentCode) {
}
