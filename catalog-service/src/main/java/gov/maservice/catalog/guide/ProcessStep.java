package gov.maservice.catalog.guide;

import gov.maservice.platform.validation.MultiLineText;
import gov.maservice.platform.validation.SingleLineText;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One step of the handling process (办理流程), in order.
 *
 * @param step step name, e.g. 受理
 * @param actor who performs it
 * @param description what happens
 * @param days working days the step takes
 */
public record ProcessStep(@NotBlank @Size(max = Guide.MAX_NAME) @SingleLineText String step,
		@Size(max = Guide.MAX_NAME) @SingleLineText String actor,
		@Size(max = Guide.MAX_TEXT) @MultiLineText String description, @Min(0) Integer days) {
}
