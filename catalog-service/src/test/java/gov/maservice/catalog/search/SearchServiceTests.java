package gov.maservice.catalog.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import gov.maservice.platform.problem.FieldMessage;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SearchServiceTests {

	private final SearchService service = new SearchService(SearchCorpus.index(), new SearchProperties(10, 50, 1000,
			100, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMinutes(10)));

	@Test
	void answersHitsWithDepartmentReasonAndHighlight() {
		SearchResult result = this.service.search(" 营业执照 ", null, null, null, null, null);
		assertThat(result.query()).isEqualTo("营业执照");
		assertThat(result.total()).isEqualTo(5);
		assertThat(result.page()).isZero();
		assertThat(result.size()).isEqualTo(10);
		SearchResult.Hit first = result.hits().get(0);
		assertThat(first.code()).isEqualTo("410471-DJ00103-001");
		assertThat(first.departmentName()).isEqualTo("scjgj名称");
		assertThat(first.matchedIn()).isEqualTo("NAME");
		assertThat(first.highlights()).containsExactly(new SearchResult.Highlight(0, 4));
		SearchResult.Hit material = result.hits().get(3);
		assertThat(material.matchedIn()).isEqualTo("MATERIAL");
		assertThat(material.name()).isEqualTo("食品经营许可（新办）");
		assertThat(material.matchedMaterial()).isEqualTo("营业执照");
		assertThat(result.hits().get(4).matchedMaterial()).isEqualTo("营业执照副本");
		assertThat(material.highlights()).isEmpty();
	}

	@Test
	void highlightsPointIntoTheOriginalNameAroundPunctuation() {
		SearchResult.Hit hit = this.service.search("xinban", null, null, null, null, null).hits().get(0);
		assertThat(hit.name().substring(hit.highlights().get(0).start(), hit.highlights().get(0).end()))
			.isEqualTo("新办");
		SearchResult.Hit pinyin = this.service.search("yyzz", null, null, null, null, null).hits().get(2);
		assertThat(pinyin.name()).isEqualTo("个体工商户营业执照设立登记");
		assertThat(pinyin.matchedIn()).isEqualTo("PINYIN");
		assertThat(pinyin.highlights()).containsExactly(new SearchResult.Highlight(5, 9));
	}

	@Test
	void pagesAreBoundedAndNumbered() {
		SearchResult result = this.service.search("", "scjgj", null, "LICENSE", 1, 2);
		assertThat(result.total()).isEqualTo(4);
		assertThat(result.hits()).extracting(SearchResult.Hit::code)
			.containsExactly("410471-DJ00103-001", "410471-XK00101-001");
		assertThat(result.hits()).allMatch((hit) -> hit.matchedIn() == null);
	}

	@Test
	void rejectsOverlongQueriesOperatorsAndMalformedFiltersNamingEveryField() {
		Map<String, String> bad = Map.of("q", "{\"$gt\":\"\"}", "department", "{\"$ne\":null}", "locality", "$where",
				"itemType", "NOT_A_TYPE", "page", "-1", "size", "51");
		ErrorResponseException error = catchThrowableOfType(ErrorResponseException.class, () -> this.service
			.search(bad.get("q"), bad.get("department"), bad.get("locality"), bad.get("itemType"), -1, 51));
		assertThat(error.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		@SuppressWarnings("unchecked")
		List<FieldMessage> errors = (List<FieldMessage>) error.getBody().getProperties().get("errors");
		assertThat(errors).extracting(FieldMessage::field)
			.containsExactlyInAnyOrder("q", "department", "locality", "itemType", "page", "size");
		ErrorResponseException tooLong = catchThrowableOfType(ErrorResponseException.class,
				() -> this.service.search("营".repeat(101), null, null, null, null, null));
		assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.service.search("营".repeat(100), null, null, null, null, null).total()).isZero();
	}

}
