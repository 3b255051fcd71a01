package gov.maservice.catalog.guide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A legal basis (设定依据/实施依据) of an item.
 *
 * @param law name of the law or regulation, e.g. 《中华人民共和国食品安全法》
 * @param article article cited, e.g. 第三十五条
 * @param text the cited text
 */
public record LegalBasis(@NotBlank @Size(max = 200) String law, @Size(max = 200) String article,
		@Size(max = Guide.MAX_TEXT) String text) {
}
