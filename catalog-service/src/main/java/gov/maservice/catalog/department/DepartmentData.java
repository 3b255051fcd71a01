package gov.maservice.catalog.department;

import gov.maservice.catalog.guide.Codes;
import gov.maservice.platform.validation.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A department as the seed file ({@code departments.json}) and admins describe it.
 *
 * @param code stable code, short pinyin initials
 * @param name full name
 * @param shortName short name
 * @param hallWindow where in the hall it serves
 * @param phone enquiry phone
 */
public record DepartmentData(@NotBlank @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code,
		@NotBlank @Size(max = 100) @SingleLineText String name, @Size(max = 50) @SingleLineText String shortName,
		@Size(max = 200) @SingleLineText String hallWindow, @Size(max = 64) @SingleLineText String phone) {
}
