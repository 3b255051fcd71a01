package gov.maservice.notification.layout;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LedLayoutTests {

	@Test
	void chineseCharactersTakeAFullCellAndLatinHalf() {
		assertThat(LedLayout.width("张村")).isEqualTo(4);
		assertThat(LedLayout.width("ab12")).isEqualTo(4);
		assertThat(LedLayout.width("，。")).isEqualTo(4);
		assertThat(LedLayout.width("Ａ")).isEqualTo(2);
	}

	@Test
	void breaksChineseAtTheBoardWidth() {
		List<String> lines = LedLayout.layout(List.of("遵化店镇全镇明日上午八点至十二点停电检修"), 8);
		assertThat(lines).containsExactly("遵化店镇全镇明日", "上午八点至十二点", "停电检修");
	}

	@Test
	void aLineHoldsTwiceAsManyLatinCharacters() {
		assertThat(LedLayout.layout(List.of("停水8:00至18:00"), 8)).containsExactly("停水8:00至18:00");
		assertThat(LedLayout.layout(List.of("停水八点至十八点整天"), 8)).containsExactly("停水八点至十八点", "整天");
	}

	@Test
	void keepsLatinWordsTogether() {
		assertThat(LedLayout.layout(List.of("请访问 www.hnzwfw.gov.cn 办理"), 10)).containsExactly("请访问",
				"www.hnzwfw.gov.cn 办", "理");
		assertThat(LedLayout.layout(List.of("Notice for the village board"), 8)).containsExactly("Notice for the",
				"village board");
	}

	@Test
	void splitsWordsLongerThanALineWhereTheyStand() {
		assertThat(LedLayout.layout(List.of("请访问 www.hnzwfw.gov.cn 办理"), 8)).containsExactly("请访问 www.hnzwf",
				"w.gov.cn 办理");
	}

	@Test
	void splitsWordsLongerThanALine() {
		List<String> lines = LedLayout.layout(List.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), 4);
		assertThat(lines).containsExactly("ABCDEFGH", "IJKLMNOP", "QRSTUVWX", "YZ");
	}

	@Test
	void closingPunctuationNeverStartsALine() {
		List<String> lines = LedLayout.layout(List.of("请各位村民注意，明天停水。"), 7);
		assertThat(lines).containsExactly("请各位村民注", "意，明天停水。");
		lines.forEach((line) -> assertThat(line).doesNotStartWith("，").doesNotStartWith("。"));
	}

	@Test
	void openingPunctuationNeverEndsALine() {
		List<String> lines = LedLayout.layout(List.of("请携带身份证《申请表》"), 6);
		assertThat(lines).containsExactly("请携带身份证", "《申请表》");
		assertThat(LedLayout.layout(List.of("请携带身份《申请表》"), 6)).containsExactly("请携带身份", "《申请表》");
	}

	@Test
	void paragraphsStartOnANewLineAndBlanksAreSkipped() {
		assertThat(LedLayout.layout(java.util.Arrays.asList("标题", null, " ", "正文\n第二行"), 8)).containsExactly("标题",
				"正文 第二行");
	}

	@ParameterizedTest
	@ValueSource(ints = { 4, 5, 8, 12, 16, 32 })
	void noLineIsEverWiderThanTheBoard(int charsPerLine) {
		String text = "【紧急】暴雨红色预警：受强降雨影响，遵化店镇ABC-12345号水库水位上涨，请沿河居民于18:30前转移至村委会（安置点），"
				+ "详情访问 https://www.hnzwfw.gov.cn/notice?id=12345 或拨打 0375-2616001。";
		List<String> lines = LedLayout.layout(List.of(text), charsPerLine);
		assertThat(lines).isNotEmpty()
			.allSatisfy((line) -> assertThat(LedLayout.width(line)).isLessThanOrEqualTo(2 * charsPerLine));
		assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
	}

}
