package gov.maservice.catalog.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens a guide is found by. Chinese has no spaces, so words are approximated by
 * overlapping character bigrams (营业执照 → 营业, 业执, 执照), which find any word of two or more
 * characters without a dictionary; single characters of the name are kept too, for
 * one-character queries. Pinyin is indexed by the first letters of each character's
 * readings, alone and in consecutive pairs: that is enough to retrieve candidates for
 * initials ({@code yyzz}), full pinyin ({@code yingyezhizhao}) and any mix, which
 * {@link PinyinMatcher} then verifies exactly. Every token carries a prefix naming the
 * field it came from, because a hit in the name weighs far more than one in the
 * conditions.
 */
final class SearchTokens {

	/** A single character of the name. */
	static final String NAME_CHAR = "n1:";

	/** Two consecutive characters of the name. */
	static final String NAME_BIGRAM = "n2:";

	/** Two consecutive characters of a material name. */
	static final String MATERIAL_BIGRAM = "m2:";

	/** Two consecutive characters of an acceptance condition. */
	static final String CONDITION_BIGRAM = "c2:";

	/** First letter of a reading of a name character. */
	static final String INITIAL = "p1:";

	/** First letters of readings of two consecutive name characters. */
	static final String INITIAL_PAIR = "p2:";

	/** Item code or basic code, lower case, matched whole. */
	static final String CODE = "k:";

	/**
	 * Bumped whenever the tokens or their meaning change, so stored search documents of
	 * an older format are rebuilt at start.
	 */
	static final int FORMAT = 1;

	private SearchTokens() {
	}

	static List<String> of(IndexableGuide guide) {
		Set<String> tokens = new LinkedHashSet<>();
		String name = NormalizedText.normalize(guide.name());
		addCharacters(NAME_CHAR, name, tokens);
		addBigrams(NAME_BIGRAM, name, tokens);
		String shortName = NormalizedText.normalize(guide.shortName());
		addCharacters(NAME_CHAR, shortName, tokens);
		addBigrams(NAME_BIGRAM, shortName, tokens);
		addInitials(name, tokens);
		for (String material : guide.materials()) {
			addBigrams(MATERIAL_BIGRAM, NormalizedText.normalize(material), tokens);
		}
		for (String condition : guide.conditions()) {
			addBigrams(CONDITION_BIGRAM, NormalizedText.normalize(condition), tokens);
		}
		tokens.add(CODE + guide.code().toLowerCase(Locale.ROOT));
		if (guide.basicCode() != null && !guide.basicCode().isBlank()) {
			tokens.add(CODE + guide.basicCode().toLowerCase(Locale.ROOT));
		}
		return List.copyOf(tokens);
	}

	static void addCharacters(String prefix, String text, Set<String> tokens) {
		for (int i = 0; i < text.length(); i++) {
			tokens.add(prefix + text.charAt(i));
		}
	}

	static void addBigrams(String prefix, String text, Set<String> tokens) {
		for (int i = 0; i + 1 < text.length(); i++) {
			tokens.add(prefix + text.substring(i, i + 2));
		}
	}

	private static void addInitials(String name, Set<String> tokens) {
		String previous = "";
		for (int i = 0; i < name.length(); i++) {
			String current = initialsOf(Pinyin.readings(name.charAt(i)));
			for (int j = 0; j < current.length(); j++) {
				tokens.add(INITIAL + current.charAt(j));
				for (int k = 0; k < previous.length(); k++) {
					tokens.add(INITIAL_PAIR + previous.charAt(k) + current.charAt(j));
				}
			}
			previous = current;
		}
	}

	/** The distinct first letters of a character's readings (行 → "xh"). */
	static String initialsOf(String[] readings) {
		StringBuilder initials = new StringBuilder(2);
		for (String reading : readings) {
			char initial = reading.charAt(0);
			if (initials.indexOf(String.valueOf(initial)) < 0) {
				initials.append(initial);
			}
		}
		return initials.toString();
	}

}
