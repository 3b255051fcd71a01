package gov.maservice.catalog.guide;

import gov.maservice.platform.validation.MultiLineText;
import gov.maservice.platform.validation.SingleLineText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Fees (收费). When {@code charged}, the basis and the amount are mandatory.
 *
 * @param charged whether a fee is charged
 * @param basis legal basis of the fee
 * @param amount amount as citizens read it, e.g. 每件10元
 */
public record Fee(@NotNull Boolean charged, @Size(max = Guide.MAX_TEXT) @MultiLineText String basis,
		@Size(max = Guide.MAX_NAME) @SingleLineText String amount) {
}
