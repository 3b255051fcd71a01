package gov.maservice.catalog.guide;

import gov.maservice.platform.validation.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A frequently asked question (常见问题).
 *
 * @param question the question
 * @param answer the answer
 */
public record Faq(@NotBlank @Size(max = Guide.MAX_TEXT) @MultiLineText String question,
		@NotBlank @Size(max = Guide.MAX_TEXT) @MultiLineText String answer) {
}
