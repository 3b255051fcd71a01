package gov.maservice.catalog.guide;

import gov.maservice.platform.validation.MultiLineText;
import gov.maservice.platform.validation.SingleLineText;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One application material (申请材料). A conditional material ({@code required = false})
 * names the condition under which it is needed, so an applicant knows at once whether it
 * applies.
 *
 * @param name material name
 * @param form original, copy or electronic
 * @param copies number of copies, at least one
 * @param required whether every applicant must hand it in
 * @param condition when a conditional material is needed; mandatory when not required
 * @param source who provides it
 * @param issuer issuing body when the source is {@link MaterialSource#ISSUER}
 * @param notes remarks (e.g. 申请人签字或盖章)
 * @param formName name of the blank form/sample to download, if any (所需表格)
 */
public record Material(@NotBlank @Size(max = Guide.MAX_NAME) @SingleLineText String name, @NotNull MaterialForm form,
		@NotNull @Min(1) Integer copies, @NotNull Boolean required,
		@Size(max = Guide.MAX_TEXT) @MultiLineText String condition, MaterialSource source,
		@Size(max = Guide.MAX_NAME) @SingleLineText String issuer,
		@Size(max = Guide.MAX_TEXT) @MultiLineText String notes,
		@Size(max = Guide.MAX_NAME) @SingleLineText String formName) {
}
