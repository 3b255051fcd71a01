package gov.maservice.catalog.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import gov.maservice.catalog.guide.Codes;
import gov.maservice.catalog.guide.ItemType;
import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;

import org.springframework.stereotype.Service;

/**
 * Guide search for citizens and API clients: validates the request, asks this replica's
 * {@link SearchIndex} and shapes the page. Only published guides are ever found.
 */
@Service
public class SearchService {

	private final SearchIndex index;

	private final SearchProperties properties;

	SearchService(SearchIndex index, SearchProperties properties) {
		this.index = index;
		this.properties = properties;
	}

	/**
	 * Searches published guides.
	 * @param q what the user typed (Chinese, pinyin, initials, or an item code); blank
	 * lists by the filters
	 * @param department department code filter
	 * @param locality locality code filter (the item is offered there or somewhere inside
	 * it)
	 * @param itemType item type filter
	 * @param page zero-based page, {@code null} for the first
	 * @param size page size, {@code null} for the default
	 * @return the page
	 * @throws org.springframework.web.ErrorResponseException 400 naming every bad
	 * parameter
	 */
	public SearchResult search(String q, String department, String locality, String itemType, Integer page,
			Integer size) {
		List<FieldMessage> errors = new ArrayList<>();
		checkQuery(q, errors);
		checkCode("department", department, errors);
		checkCode("locality", locality, errors);
		if (blankToNull(itemType) != null
				&& Arrays.stream(ItemType.values()).noneMatch((t) -> t.name().equals(itemType))) {
			errors.add(new FieldMessage("itemType", "must be one of " + Arrays.toString(ItemType.values())));
		}
		int pageNumber = (page != null) ? page : 0;
		int pageSize = (size != null) ? size : this.properties.defaultPageSize();
		if (pageNumber < 0 || pageNumber > this.properties.maxPage()) {
			errors.add(new FieldMessage("page", "must be between 0 and " + this.properties.maxPage()));
		}
		if (pageSize < 1 || pageSize > this.properties.maxPageSize()) {
			errors.add(new FieldMessage("size", "must be between 1 and " + this.properties.maxPageSize()));
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid("The search request has invalid parameters", errors);
		}
		SearchQuery query = SearchQuery.parse(q);
		SearchFilters filters = new SearchFilters(blankToNull(department), blankToNull(locality),
				blankToNull(itemType));
		SearchIndex.SearchPage found = this.index.search(query, filters, pageNumber, pageSize);
		List<SearchResult.Hit> hits = found.hits().stream().map(SearchService::hit).toList();
		return new SearchResult(query.text(), found.total(), pageNumber, pageSize, hits);
	}

	/**
	 * Every published guide of a department, or delegated to a locality (exactly that
	 * locality, not the places inside it), in code order, from memory: the department and
	 * locality pages list them without reading the store.
	 * @param department department code, or {@code null}
	 * @param locality locality code, or {@code null}
	 */
	public List<ListedGuide> list(String department, String locality) {
		return this.index
			.list((item) -> (department == null || department.equals(item.departmentCode()))
					&& (locality == null || item.localityCodes().contains(locality)))
			.stream()
			.map((item) -> new ListedGuide(item.code(), item.name(), item.itemType(), item.departmentCode(),
					item.departmentName(), item.localityCodes(), item.revision(), item.indexedAt()))
			.toList();
	}

	/**
	 * A published guide in a list.
	 *
	 * @param code item code
	 * @param name item name
	 * @param itemType item type constant
	 * @param departmentCode implementing department
	 * @param departmentName its name
	 * @param localityCodes localities it is delegated to
	 * @param revision item revision it was indexed at
	 * @param indexedAt when it was indexed, an upper bound of its last change
	 */
	public record ListedGuide(String code, String name, String itemType, String departmentCode, String departmentName,
			List<String> localityCodes, long revision, Instant indexedAt) {
	}

	private void checkQuery(String q, List<FieldMessage> errors) {
		if (q == null) {
			return;
		}
		if (q.length() > this.properties.maxQueryLength()) {
			errors.add(new FieldMessage("q", "must be at most " + this.properties.maxQueryLength() + " characters"));
		}
		for (int i = 0; i < q.length(); i++) {
			char c = q.charAt(i);
			if (c == '$' || c == '{' || c == '}' || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
				errors.add(new FieldMessage("q", "must not contain '$', braces or control characters"));
				return;
			}
		}
	}

	private static void checkCode(String field, String value, List<FieldMessage> errors) {
		if (blankToNull(value) != null && !Codes.isValid(value)) {
			errors.add(new FieldMessage(field, Codes.MESSAGE));
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static SearchResult.Hit hit(SearchIndex.SearchHit hit) {
		IndexedItem item = hit.item();
		List<SearchResult.Highlight> highlights = new ArrayList<>();
		NormalizedText name = null;
		String matchedIn = null;
		String matchedMaterial = null;
		for (Relevance.TermMatch match : hit.matches()) {
			if (matchedIn == null) {
				matchedIn = match.matchedIn().name();
			}
			if (match.material() >= 0 && matchedMaterial == null) {
				matchedMaterial = item.materials().get(match.material());
			}
			if (match.start() >= 0) {
				if (name == null) {
					name = NormalizedText.of(item.name());
				}
				int start = name.sourceIndex()[match.start()];
				int last = name.sourceIndex()[match.end() - 1];
				highlights
					.add(new SearchResult.Highlight(start, last + Character.charCount(item.name().codePointAt(last))));
			}
		}
		highlights.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return new SearchResult.Hit(item.code(), item.name(), item.departmentCode(), item.departmentName(),
				item.itemType(), matchedIn, List.copyOf(highlights), matchedMaterial);
	}

}
