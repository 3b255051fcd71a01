package gov.maservice.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A query split into terms at white space and where Chinese characters meet letters or
 * digits. Every term must match (a guide found by 营业执照 and by 注销 is what "营业执照 注销" asks
 * for); a term of Chinese characters is matched by its characters, any other term as
 * pinyin or as an item code (typed with its hyphens).
 *
 * @param text the query as typed, trimmed
 * @param terms its terms, at most {@link #MAX_TERMS}
 */
record SearchQuery(String text, List<Term> terms) {

	/**
	 * More words than anyone types into a guide search; bounds the work one query can
	 * cause.
	 */
	static final int MAX_TERMS = 8;

	/**
	 * One term of the query.
	 *
	 * @param raw the term as typed, lower case (item codes keep their hyphens)
	 * @param normalized letters, digits and Chinese characters only
	 * @param chinese whether it is made of Chinese characters
	 */
	record Term(String raw, String normalized, boolean chinese) {
	}

	static SearchQuery parse(String text) {
		String trimmed = (text != null) ? text.strip() : "";
		List<Term> terms = new ArrayList<>();
		for (String part : trimmed.split("[\\s\\u3000]+")) {
			for (String run : scriptRuns(NormalizedText.normalize(part))) {
				boolean chinese = Pinyin.isHan(run.charAt(0));
				String normalized = (!chinese && run.length() > PinyinMatcher.MAX_TERM_LENGTH)
						? run.substring(0, PinyinMatcher.MAX_TERM_LENGTH) : run;
				String raw = (!chinese && run.length() == NormalizedText.normalize(part).length()) ? part : run;
				if (terms.size() < MAX_TERMS) {
					terms.add(new Term(raw.toLowerCase(Locale.ROOT), normalized, chinese));
				}
			}
		}
		return new SearchQuery(trimmed, List.copyOf(terms));
	}

	/**
	 * Splits text where it changes between Chinese characters and letters or digits, so
	 * input typed half in characters and half in pinyin (营业执照zx) becomes two terms.
	 */
	private static List<String> scriptRuns(String normalized) {
		List<String> runs = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= normalized.length(); i++) {
			if (i == normalized.length()
					|| Pinyin.isHan(normalized.charAt(i)) != Pinyin.isHan(normalized.charAt(i - 1))) {
				runs.add(normalized.substring(start, i));
				start = i;
			}
		}
		return runs;
	}

	boolean isBlank() {
		return this.terms.isEmpty();
	}

}
