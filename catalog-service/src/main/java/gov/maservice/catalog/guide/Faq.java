package gov.maservice.catalog.guide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A frequently asked question (常见问题).
 *
 * @param question the question
 * @param answer the answer
 */
public record Faq(@NotBlank @Size(max = Guide.MAX_TEXT) String question,
		@NotBlank @Size(max = Guide.MAX_TEXT) String answer) {
}
