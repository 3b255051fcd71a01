package gov.maservice.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A query split into terms at white space. Every term must match (a guide found by 营业执照 and
 * by 注销 is what "营业执照 注销" asks for); a term with a Chinese character is matched by its
 * characters, any other term as pinyin or as an item code.
 *
 * @param text the query as typed, trimmed
 * @param terms its terms, at most {@link #MAX_TERMS}
 */
record SearchQuery(String text, List<Term> terms) {

	/** More words than anyone types into a guide search; bounds the work one query can cause. */
	static final int MAX_TERMS = 8;

	/**
	 * One term of the query.
	 *
	 * @param raw the term as typed, lower case (item codes keep their hyphens)
	 * @param normalized letters, digits and Chinese characters only
	 * @param chinese whether it contains a Chinese character
	 */
	record Term(String raw, String normalized, boolean chinese) {
	}

	static SearchQuery parse(String text) {
		String trimmed = (text != null) ? text.strip() : "";
		List<Term> terms = new ArrayList<>();
		for (String part : trimmed.split("[\\s\\u3000]+")) {
			String normalized = NormalizedText.normalize(part);
			if (normalized.isEmpty()) {
				continue;
			}
			boolean chinese = normalized.chars().anyMatch(c -> Pinyin.isHan((char) c));
			if (!chinese && normalized.length() > PinyinMatcher.MAX_TERM_LENGTH) {
				normalized = normalized.substring(0, PinyinMatcher.MAX_TERM_LENGTH);
			}
			terms.add(new Term(part.toLowerCase(Locale.ROOT), normalized, chinese));
			if (terms.size() == MAX_TERMS) {
				break;
			}
		}
		return new SearchQuery(trimmed, List.copyOf(terms));
	}

	boolean isBlank() {
		return this.terms.isEmpty();
	}

}
