package gov.maservice.catalog.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizedTextTests {

	@Test
	void keepsLettersDigitsAndChineseInLowerCaseHalfWidth() {
		assertThat(NormalizedText.normalize("食品经营许可（新办）")).isEqualTo("食品经营许可新办");
		assertThat(NormalizedText.normalize("ＹＹＺＺ １２")).isEqualTo("yyzz12");
		assertThat(NormalizedText.normalize("《中华人民共和国食品安全法》")).isEqualTo("中华人民共和国食品安全法");
		assertThat(NormalizedText.normalize(null)).isEmpty();
	}

	@Test
	void mapsEveryKeptCharacterBackToTheOriginal() {
		NormalizedText text = NormalizedText.of("食品经营许可（新办）");
		assertThat(text.sourceIndex()[6]).isEqualTo(7);
		assertThat(text.sourceIndex()[7]).isEqualTo(8);
	}

}
