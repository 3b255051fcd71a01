package gov.maservice.catalog.search;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin readings of Chinese characters, looked up once from pinyin4j into a
 * table.
 * <p>
 * A polyphonic character keeps every reading (行 → {@code xing, hang, heng}), most common
 * first as pinyin4j lists them: people type whichever reading they have in mind, and
 * pinyin4j has no word-level disambiguation we could trust, so a match on any reading
 * counts. Readings with ü are kept both as {@code v} (what Chinese input methods use) and
 * as {@code u} (what people type without one). Non-Chinese letters and digits read as
 * themselves.
 */
final class Pinyin {

	private static final int TABLE_START = 0x3400;

	private static final int TABLE_END = 0x9FFF;

	private static final String[][] TABLE = new String[TABLE_END - TABLE_START + 1][];

	private static final Set<String> SYLLABLES;

	private static final String[] NONE = new String[0];

	static {
		HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
		format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		format.setVCharType(HanyuPinyinVCharType.WITH_V);
		format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		Set<String> syllables = new HashSet<>();
		for (int c = TABLE_START; c <= TABLE_END; c++) {
			String[] readings = lookUp((char) c, format);
			TABLE[c - TABLE_START] = readings;
			syllables.addAll(Arrays.asList(readings));
		}
		SYLLABLES = Set.copyOf(syllables);
	}

	private Pinyin() {
	}

	private static String[] lookUp(char c, HanyuPinyinOutputFormat format) {
		String[] raw;
		try {
			raw = PinyinHelper.toHanyuPinyinStringArray(c, format);
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException("pinyin4j rejected a fixed output format", ex);
		}
		if (raw == null) {
			return NONE;
		}
		Set<String> readings = new LinkedHashSet<>();
		for (String reading : raw) {
			if (reading.matches("[a-z]+")) {
				readings.add(reading);
			}
		}
		for (String reading : Set.copyOf(readings)) {
			if (reading.indexOf('v') >= 0) {
				readings.add(reading.replace('v', 'u'));
			}
		}
		return readings.isEmpty() ? NONE : readings.toArray(String[]::new);
	}

	/** Whether the character is a Chinese character that has at least one reading. */
	static boolean isHan(char c) {
		return c >= TABLE_START && c <= TABLE_END && TABLE[c - TABLE_START].length > 0;
	}

	/**
	 * Readings of one character of normalized text: its pinyin for a Chinese character,
	 * the character itself for a letter or digit, nothing otherwise.
	 */
	static String[] readings(char c) {
		if (c >= TABLE_START && c <= TABLE_END) {
			String[] readings = TABLE[c - TABLE_START];
			if (readings.length > 0) {
				return readings;
			}
		}
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			return new String[] { String.valueOf(c) };
		}
		return NONE;
	}

	/** Readings of every character of normalized text. */
	static String[][] readingsOf(String normalized) {
		String[][] readings = new String[normalized.length()][];
		for (int i = 0; i < readings.length; i++) {
			readings[i] = readings(normalized.charAt(i));
		}
		return readings;
	}

	/** Whether {@code s} is a complete pinyin syllable (without tone). */
	static boolean isSyllable(String s) {
		return SYLLABLES.contains(s);
	}

	/** Whether some syllable starts with {@code prefix}. */
	static boolean isSyllablePrefix(String prefix) {
		return SyllablePrefixes.ALL.contains(prefix);
	}

	/** Longest syllable length; bounds how far a query is scanned for one syllable. */
	static final int MAX_SYLLABLE_LENGTH = 6;

	private static final class SyllablePrefixes {

		static final Set<String> ALL;

		static {
			Set<String> prefixes = new HashSet<>();
			for (String syllable : SYLLABLES) {
				for (int i = 1; i <= syllable.length(); i++) {
					prefixes.add(syllable.substring(0, i));
				}
			}
			ALL = Set.copyOf(prefixes);
		}

	}

}
