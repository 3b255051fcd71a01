package gov.maservice.catalog.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTokensTests {

	private static IndexableGuide guide(String name, List<String> materials, List<String> conditions) {
		return new IndexableGuide("410471-XK00101-001", "XK00101", name, "简称", "scjgj", "市场监督管理局", "LICENSE", List.of(),
				List.of(), materials, conditions, 1, 1);
	}

	@Test
	void nameCharactersAndPairsIgnoringPunctuation() {
		List<String> tokens = SearchTokens.of(guide("营业执照（补领）", List.of(), List.of()));
		assertThat(tokens).contains("n1:营", "n1:照", "n2:营业", "n2:业执", "n2:执照", "n2:照补", "n2:补领")
			.contains("n1:简", "n2:简称")
			.noneMatch((token) -> token.contains("（") || token.contains("）"));
	}

	@Test
	void firstLettersOfEveryReadingAloneAndInConsecutivePairs() {
		List<String> tokens = SearchTokens.of(guide("银行开户", List.of(), List.of()));
		assertThat(tokens).contains("p1:y", "p1:x", "p1:h", "p1:k", "p2:yx", "p2:yh", "p2:xk", "p2:hk", "p2:kh")
			.doesNotContain("p2:yk");
	}

	@Test
	void materialsAndConditionsGivePairsOnlyAndCodesAreLowerCase() {
		List<String> tokens = SearchTokens.of(guide("护照", List.of("居民身份证"), List.of("年满十六周岁")));
		assertThat(tokens).contains("m2:居民", "m2:身份", "c2:年满", "c2:周岁", "k:410471-xk00101-001", "k:xk00101")
			.doesNotContain("m1:身", "n2:身份", "c2:护照");
	}

	@Test
	void tokensAreDistinct() {
		List<String> tokens = SearchTokens.of(guide("证证证", List.of("证明证明"), List.of()));
		assertThat(tokens).doesNotHaveDuplicates().contains("n1:证", "n2:证证", "m2:证明", "m2:明证");
	}

	@Test
	void polyphonicAndUmlautReadingsAreAllKept() {
		assertThat(Pinyin.readings('行')).contains("xing", "hang");
		assertThat(Pinyin.readings('绿')).contains("lv", "lu");
		assertThat(Pinyin.readings('A')).isEmpty();
		assertThat(Pinyin.readings('a')).containsExactly("a");
		assertThat(Pinyin.isSyllable("zhao")).isTrue();
		assertThat(Pinyin.isSyllable("zha0")).isFalse();
		assertThat(Pinyin.isSyllablePrefix("zh")).isTrue();
	}

}
