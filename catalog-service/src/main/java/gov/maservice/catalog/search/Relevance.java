package gov.maservice.catalog.search;

/**
 * How well one query term matches one guide, as a score whose bands never overlap, so the
 * order of kinds of match is guaranteed and only ties inside a band are decided by how
 * much of the name the term covers:
 * <ol>
 * <li>item code or basic code typed exactly (1000, 950)</li>
 * <li>name (or short name) equal to the term (900)</li>
 * <li>name contains the term (700–880; the larger the share of the name, the higher, and
 * a bit more when the name starts with it)</li>
 * <li>most of the term's character pairs occur in the name (500–680)</li>
 * <li>pinyin of the name matches (300–480; whole name, full syllables, share of
 * name)</li>
 * <li>a material is or contains the term, or most of its pairs (150–280)</li>
 * <li>almost all pairs occur in the acceptance conditions (50–70)</li>
 * </ol>
 * A guide with none of these does not match. Scores of several terms add up.
 */
final class Relevance {

	/** What a term matched, shown to clients as the reason a guide was found. */
	enum MatchedIn {

		CODE, NAME, PINYIN, MATERIAL, CONDITION

	}

	/**
	 * The outcome for one term and one guide.
	 *
	 * @param score the score in its band
	 * @param matchedIn the kind of match
	 * @param start first matched character of the normalized name, or -1
	 * @param end one past the last matched character, or -1
	 * @param material index of the matched material, or -1
	 */
	record TermMatch(double score, MatchedIn matchedIn, int start, int end, int material) {

		static TermMatch name(double score, int start, int end) {
			return new TermMatch(score, MatchedIn.NAME, start, end, -1);
		}

	}

	static final double CODE_EXACT = 1000;

	static final double BASIC_CODE_EXACT = 950;

	static final double NAME_EXACT = 900;

	/** Share of the name below which a pair-coverage match is not trusted. */
	static final double NAME_COVERAGE_THRESHOLD = 0.5;

	/** Materials are many and short; demand most of the pairs. */
	static final double MATERIAL_COVERAGE_THRESHOLD = 0.67;

	/** Conditions are long prose; only an (almost) complete phrase counts. */
	static final double CONDITION_COVERAGE_THRESHOLD = 0.8;

	private Relevance() {
	}

	static double nameContains(int termLength, int nameLength, boolean atStart) {
		return 700 + 160.0 * termLength / Math.max(nameLength, termLength) + (atStart ? 20 : 0);
	}

	static double nameCoverage(double coverage) {
		return 500 + 180 * coverage;
	}

	static double pinyin(PinyinMatcher.Match match, int nameLength) {
		if (match.start() == 0 && match.end() == nameLength) {
			return match.fullSyllables() ? 480 : 470;
		}
		double share = (double) (match.end() - match.start()) / nameLength;
		return 300 + 140 * share + (match.start() == 0 ? 10 : 0) + (match.fullSyllables() ? 10 : 0);
	}

	static double materialExact() {
		return 280;
	}

	static double materialContains(int termLength, int materialLength) {
		return 220 + 40.0 * termLength / Math.max(materialLength, termLength);
	}

	static double materialCoverage(double coverage) {
		return 150 + 50 * coverage;
	}

	static double conditionCoverage(double coverage) {
		return 50 + 20 * coverage;
	}

}
