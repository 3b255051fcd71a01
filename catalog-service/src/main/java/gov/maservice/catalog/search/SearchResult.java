package gov.maservice.catalog.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of search results.
 *
 * @param query the query as understood (trimmed)
 * @param total how many published guides match
 * @param page zero-based page number
 * @param size page size
 * @param hits the guides on this page, best first
 */
@Schema(description = "One page of search results, best match first")
public record SearchResult(@Schema(example = "营业执照") String query, @Schema(example = "23") long total,
		@Schema(example = "0") int page, @Schema(example = "10") int size, List<Hit> hits) {

	/**
	 * A published guide that matched.
	 *
	 * @param code item code, the guide page is {@code /g/{code}}
	 * @param name item name
	 * @param departmentCode implementing department
	 * @param departmentName its name
	 * @param itemType item type constant
	 * @param matchedIn why it was found: {@code CODE}, {@code NAME}, {@code PINYIN},
	 * {@code MATERIAL}, {@code CONDITION} (of the first query term), {@code null} when
	 * listing without a query
	 * @param highlights character ranges of {@code name} that matched, for bold text
	 * @param matchedMaterial the material that matched, when {@code matchedIn} is
	 * {@code MATERIAL}
	 */
	@Schema(description = "A published guide that matched")
	public record Hit(@Schema(example = "410471-DJ00101-001") String code,
			@Schema(example = "个体工商户营业执照设立登记") String name, @Schema(example = "scjgj") String departmentCode,
			@Schema(example = "市场监督管理局") String departmentName, @Schema(example = "LICENSE") String itemType,
			@Schema(example = "NAME") String matchedIn, List<Highlight> highlights,
			@Schema(example = "营业执照副本") String matchedMaterial) {
	}

	/**
	 * A matched part of a name.
	 *
	 * @param start index of the first matched character (UTF-16, as JavaScript counts)
	 * @param end index after the last matched character
	 */
	@Schema(description = "Matched character range of the name, [start, end)")
	public record Highlight(@Schema(example = "5") int start, @Schema(example = "9") int end) {
	}

}
