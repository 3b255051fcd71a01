package gov.maservice.catalog.guide;

import gov.maservice.platform.validation.MultiLineText;
import gov.maservice.platform.validation.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A legal basis (设定依据/实施依据) of an item.
 *
 * @param law name of the law or regulation, e.g. 《中华人民共和国食品安全法》
 * @param article article cited, e.g. 第三十五条
 * @param text the cited text
 */
public record LegalBasis(@NotBlank @Size(max = 200) @SingleLineText String law,
		@Size(max = 200) @SingleLineText String article, @Size(max = Guide.MAX_TEXT) @MultiLineText String text) {
}
