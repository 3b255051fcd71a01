package gov.maservice.catalog.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinMatcherTests {

	private static final String[][] BUSINESS_LICENCE = Pinyin.readingsOf("个体工商户营业执照设立登记");

	@Test
	void initialsFullPinyinAndMixturesMatchTheSameCharacters() {
		for (String term : new String[] { "yyzz", "yingyezhizhao", "yingyezz", "yyzhizhao", "yingyzhz" }) {
			PinyinMatcher.Match match = PinyinMatcher.match(BUSINESS_LICENCE, term);
			assertThat(match).as(term).isNotNull();
			assertThat(match.start()).as(term).isEqualTo(5);
			assertThat(match.end()).as(term).isEqualTo(9);
		}
	}

	@Test
	void fullSyllablesAreTellingMoreThanInitials() {
		assertThat(PinyinMatcher.match(BUSINESS_LICENCE, "yingyezhizhao").fullSyllables()).isTrue();
		assertThat(PinyinMatcher.match(BUSINESS_LICENCE, "yingyezhizh").fullSyllables()).isTrue();
		assertThat(PinyinMatcher.match(BUSINESS_LICENCE, "yyzz").fullSyllables()).isFalse();
	}

	@Test
	void theLastSyllableMayBeUnfinished() {
		assertThat(PinyinMatcher.match(BUSINESS_LICENCE, "yingyezhi")).isNotNull();
		assertThat(PinyinMatcher.match(BUSINESS_LICENCE, "getigongshanghu").start()).isZero();
		assertThat(PinyinMatcher.match(BUSINESS_LICENCE, "dengj").end()).isEqualTo(13);
	}

	@Test
	void aSyllableThatBelongsToNoCharacterDoesNotMatch() {
		assertThat(PinyinMatcher.match(BUSINESS_LICENCE, "yingyezhiye")).isNull();
		assertThat(PinyinMatcher.match(BUSINESS_LICENCE, "zhiye")).isNull();
		assertThat(PinyinMatcher.match(BUSINESS_LICENCE, "yyzx")).isNull();
		assertThat(PinyinMatcher.match(Pinyin.readingsOf("医师执业注册"), "zhizhao")).isNull();
	}

	@Test
	void initialSequencesCoverTheReadingsPeopleMean() {
		assertThat(PinyinMatcher.initialSequences("yyzz", 24)).containsExactly("yyzz");
		assertThat(PinyinMatcher.initialSequences("yingyezhizhao", 24)).contains("yyzz");
		assertThat(PinyinMatcher.initialSequences("xian", 24)).contains("x", "xa");
		assertThat(PinyinMatcher.initialSequences("yingyezhizhao", 5)).hasSizeLessThanOrEqualTo(5);
		assertThat(PinyinMatcher.initialSequences("a".repeat(61), 24)).isEmpty();
	}

	@Test
	void letterAndDigitCharactersReadAsThemselves() {
		assertThat(PinyinMatcher.match(Pinyin.readingsOf(NormalizedText.normalize("ICP备案")), "icpba")).isNotNull();
	}

}
