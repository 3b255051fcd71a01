package gov.maservice.catalog.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** Public guide search. */
@RestController
@Tag(name = "Search", description = "Find published guides by Chinese words, pinyin, initials or item code")
class SearchController {

	private static final String BAD_REQUEST_EXAMPLE = """
			{"type":"https://maservice.gov/problems/invalid-request","title":"Invalid request","status":400,\
			"detail":"The search request has invalid parameters","instance":"/api/v1/search",\
			"errors":[{"field":"q","message":"must be at most 100 characters"}]}""";

	private static final String RESULT_EXAMPLE = """
			{"query":"yyzz","total":2,"page":0,"size":10,"hits":[\
			{"code":"410471-DJ00101-001","name":"个体工商户营业执照设立登记","departmentCode":"scjgj",\
			"departmentName":"市场监督管理局","itemType":"LICENSE","matchedIn":"PINYIN",\
			"highlights":[{"start":5,"end":9}],"matchedMaterial":null}]}""";

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Search published guides",
			description = """
					Finds published guides by words of the item name, material names and (lightly) the \
					acceptance conditions: Chinese (营业执照, 执照), full pinyin (yingyezhizhao, also typed \
					partially), pinyin initials (yyzz), or an item/basic code. Terms separated by spaces must \
					all match, and so do the parts of a term where characters meet pinyin (营业执照bl). Ranking: exact name, name contains the term, most of its character pairs in the \
					name, pinyin of the name, materials, conditions; ties by item code. A blank query lists \
					the guides matching the filters by code. The locality filter also finds items delegated to \
					villages or communities inside the given town or street. Only published guides are found. \
					Responses may be cached for 30 seconds (Cache-Control: public, max-age=30).""")
	@ApiResponse(responseCode = "200", description = "Results, best first",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = SearchResult.class),
					examples = @ExampleObject(value = RESULT_EXAMPLE)))
	@ApiResponse(responseCode = "400",
			description = "Query over 100 characters or containing $ / braces, malformed code filters, unknown item type, page or size out of range",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(value = BAD_REQUEST_EXAMPLE)))
	ResponseEntity<SearchResult> search(
			@Parameter(description = "What to look for; at most 100 characters",
					example = "营业执照") @RequestParam(name = "q", required = false) String q,
			@Parameter(description = "Department code", example = "scjgj") @RequestParam(name = "department",
					required = false) String department,
			@Parameter(description = "Locality code; a town or street also finds its villages' or communities' items",
					example = "410471100000") @RequestParam(name = "locality", required = false) String locality,
			@Parameter(description = "Item type constant", example = "LICENSE") @RequestParam(name = "itemType",
					required = false) String itemType,
			@Parameter(description = "Zero-based page number, at most 1000", example = "0") @RequestParam(name = "page",
					required = false) Integer page,
			@Parameter(description = "Hits per page, 1 to 50 (default 10)", example = "10") @RequestParam(name = "size",
					required = false) Integer size) {
		SearchResult result = this.search.search(q, department, locality, itemType, page, size);
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic()).body(result);
	}

}
