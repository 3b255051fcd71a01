package gov.maservice.catalog.search;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTests {

	private final SearchIndex index = SearchCorpus.index();

	private List<String> names(String q) {
		return names(q, SearchFilters.NONE);
	}

	private List<String> names(String q, SearchFilters filters) {
		return this.index.search(SearchQuery.parse(q), filters, 0, 50)
			.hits()
			.stream()
			.map((hit) -> hit.item().name())
			.toList();
	}

	@Test
	void everyWayOfTypingBusinessLicenceRanksTheBusinessLicenceItemsFirst() {
		for (String q : List.of("营业执照", "执照", "yyzz", "yingyezhizhao", "YYZZ", "ｙｙｚｚ", "yingyezhizh", "yyzhizhao",
				"营业 执照")) {
			List<String> names = names(q);
			assertThat(names).as(q).hasSizeGreaterThanOrEqualTo(3);
			assertThat(names.subList(0, 3)).as(q).allMatch((name) -> name.contains("营业执照"));
		}
	}

	@Test
	void decoysSharingCharactersArePlacedAfterOrNotFound() {
		assertThat(names("营业执照")).containsSubsequence("营业执照遗失补领", "营业性演出许可")
			.contains("食品经营许可（新办）")
			.noneMatch((name) -> name.contains("执业"));
		assertThat(names("执照")).noneMatch((name) -> name.contains("执业"));
		assertThat(names("yyzz")).noneMatch((name) -> name.contains("演出") || name.contains("执业"));
		assertThat(names("执业")).containsExactlyInAnyOrder("医师执业注册", "护士执业注册", "律师执业证书申领");
	}

	@Test
	void aMaterialMatchRanksBelowEveryNameMatch() {
		List<SearchIndex.SearchHit> hits = this.index.search(SearchQuery.parse("营业执照"), SearchFilters.NONE, 0, 50)
			.hits();
		List<Relevance.MatchedIn> kinds = hits.stream().map((hit) -> hit.matches().get(0).matchedIn()).toList();
		assertThat(kinds).containsExactly(Relevance.MatchedIn.NAME, Relevance.MatchedIn.NAME, Relevance.MatchedIn.NAME,
				Relevance.MatchedIn.MATERIAL, Relevance.MatchedIn.MATERIAL);
		assertThat(hits.get(3).score()).isLessThan(hits.get(2).score());
	}

	@Test
	void theShorterNameContainingTheWholeQueryComesFirst() {
		assertThat(names("营业执照").get(0)).isEqualTo("营业执照遗失补领");
	}

	@Test
	void conditionsCountLightly() {
		assertThat(names("残疾人")).containsExactly("残疾人证办理", "就业困难人员认定");
	}

	@Test
	void polyphonicCharactersMatchByAnyReading() {
		assertThat(names("changqi")).containsExactly("长期居住证明开具");
		assertThat(names("zhangqi")).containsExactly("长期居住证明开具");
		assertThat(names("yinhang")).startsWith("银行业金融机构网点设立备案");
		assertThat(names("yhy")).containsExactly("银行业金融机构网点设立备案");
	}

	@Test
	void pairsOfTheQueryFoundApartStillMatchTheName() {
		assertThat(names("食品许可")).startsWith("食品经营许可（新办）");
	}

	@Test
	void everyTermMustMatch() {
		assertThat(names("营业执照 变更")).containsExactly("企业营业执照变更登记");
		assertThat(names("营业执照 演出")).containsExactly("营业性演出许可");
		assertThat(names("营业执照 不存在的词")).isEmpty();
	}

	@Test
	void charactersFollowedByPinyinAreTwoTerms() {
		assertThat(names("营业执照bl")).containsExactly("营业执照遗失补领");
		assertThat(SearchQuery.parse("营业执照bl 410471-XK00101-001").terms()).extracting(SearchQuery.Term::raw)
			.containsExactly("营业执照", "bl", "410471-xk00101-001");
	}

	@Test
	void unknownWordsFindNothing() {
		assertThat(names("飞机")).isEmpty();
		assertThat(names("qqqq")).isEmpty();
	}

	@Test
	void itemAndBasicCodesAreFoundExactly() {
		assertThat(names("410471-XK00101-001")).containsExactly("食品经营许可（新办）");
		assertThat(names("xk00101")).containsExactly("食品经营许可（新办）");
	}

	@Test
	void filtersNarrowTheResults() {
		assertThat(names("营业执照", new SearchFilters("whgly", null, null))).containsExactly("营业性演出许可");
		assertThat(names("证", new SearchFilters(null, null, "CONFIRMATION"))).containsExactly("长期居住证明开具", "律师执业证书申领");
	}

	@Test
	void aTownFilterFindsItemsDelegatedToItsVillages() {
		assertThat(names("", new SearchFilters(null, SearchCorpus.TOWN, null))).containsExactly("营业执照遗失补领");
		assertThat(names("", new SearchFilters(null, SearchCorpus.VILLAGE, null))).containsExactly("营业执照遗失补领",
				"就业困难人员认定");
		assertThat(names("", new SearchFilters(null, SearchCorpus.STREET, null))).containsExactly("长期居住证明开具");
	}

	@Test
	void aBlankQueryListsEverythingByCodeAndPages() {
		SearchIndex.SearchPage first = this.index.search(SearchQuery.parse("  "), SearchFilters.NONE, 0, 5);
		SearchIndex.SearchPage third = this.index.search(SearchQuery.parse(null), SearchFilters.NONE, 2, 5);
		assertThat(first.total()).isEqualTo(12);
		assertThat(first.hits()).extracting((hit) -> hit.item().code())
			.containsExactly("410471-DJ00101-001", "410471-DJ00102-001", "410471-DJ00103-001", "410471-GF00601-001",
					"410471-GF00602-001");
		assertThat(third.hits()).hasSize(2);
		assertThat(this.index.search(SearchQuery.parse(""), SearchFilters.NONE, 3, 5).hits()).isEmpty();
	}

	@Test
	void rankedResultsPageWithoutLosingOrDuplicatingHits() {
		List<String> all = names("证");
		List<String> paged = new java.util.ArrayList<>();
		for (int page = 0; page < 4; page++) {
			this.index.search(SearchQuery.parse("证"), SearchFilters.NONE, page, 2)
				.hits()
				.forEach((hit) -> paged.add(hit.item().name()));
		}
		assertThat(paged).isEqualTo(all);
		assertThat(this.index.search(SearchQuery.parse("证"), SearchFilters.NONE, 0, 2).total()).isEqualTo(all.size());
	}

	@Test
	void equalScoresAreOrderedByCode() {
		SearchIndex tied = new SearchIndex();
		for (String code : List.of("410471-C-003", "410471-A-001", "410471-B-002")) {
			tied.put(IndexedItem.of(SearchDocument.published(
					SearchCorpus.guide(code, "社会保障卡申领", "rsj", "PUBLIC_SERVICE", List.of(), List.of(), List.of()),
					Instant.EPOCH)));
		}
		assertThat(tied.search(SearchQuery.parse("shbzk"), SearchFilters.NONE, 0, 10).hits())
			.extracting((hit) -> hit.item().code())
			.containsExactly("410471-A-001", "410471-B-002", "410471-C-003");
	}

	@Test
	void aNewerRevisionReplacesTheTokensOfTheOldOne() {
		IndexableGuide renamed = new IndexableGuide("410471-XK00301-001", "XK00301", "医师多点执业备案", null, "wsjkw", "卫健委",
				"FILING", List.of(), List.of(), List.of("备案表"), List.of(), 2, 2);
		assertThat(this.index.put(IndexedItem.of(SearchDocument.published(renamed, Instant.now())))).isTrue();
		assertThat(names("医师执业注册")).doesNotContain("医师执业注册");
		assertThat(names("多点执业")).containsExactly("医师多点执业备案");
		assertThat(names("医师资格证书")).isEmpty();
	}

	@Test
	void anOlderRevisionNeverOverwritesANewerOne() {
		IndexableGuide stale = new IndexableGuide("410471-XK00301-001", "XK00301", "旧名称", null, "wsjkw", "卫健委",
				"LICENSE", List.of(), List.of(), List.of(), List.of(), 0, 0);
		assertThat(this.index.put(IndexedItem.of(SearchDocument.published(stale, Instant.now())))).isFalse();
		assertThat(names("旧名称")).isEmpty();
		assertThat(names("医师执业注册")).startsWith("医师执业注册");
	}

	@Test
	void aWithdrawnGuideIsNoLongerFound() {
		assertThat(this.index.remove("410471-XK00201-001", 2)).isTrue();
		assertThat(names("演出")).isEmpty();
		assertThat(this.index.size()).isEqualTo(11);
		assertThat(names("yyzz")).hasSize(3);
	}

}
