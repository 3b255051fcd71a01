package gov.maservice.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches a typed pinyin term against the characters of a name, the way Chinese input
 * methods read abbreviations: each character is typed as one of its full readings
 * ({@code ying}), as its first letter ({@code y}), as its initial consonant
 * {@code zh}/{@code ch}/{@code sh}, or, for the last character typed so far, as any
 * beginning of a reading ({@code yingyezhizh}). So {@code yyzz}, {@code yingyezhizhao}
 * and {@code yingyzz} all find 营业执照.
 */
final class PinyinMatcher {

	/** Longest pinyin term matched; a match is tracked as a bit set of term positions. */
	static final int MAX_TERM_LENGTH = 60;

	private PinyinMatcher() {
	}

	/**
	 * A match of the term on the characters {@code [start, end)} of the normalized name.
	 *
	 * @param start first matched character
	 * @param end one past the last matched character
	 * @param fullSyllables whether every character was typed as a full reading (or the
	 * beginning of one for the last), which is a surer sign of intent than initials
	 */
	record Match(int start, int end, boolean fullSyllables) {
	}

	/**
	 * Finds where the term matches, earliest start first.
	 * @param readings readings of each character of the normalized name
	 * @param term lower-case letters and digits, at most {@link #MAX_TERM_LENGTH}
	 * @return the match, or {@code null}
	 */
	static Match match(String[][] readings, String term) {
		int length = term.length();
		if (length == 0 || length > MAX_TERM_LENGTH) {
			return null;
		}
		char first = term.charAt(0);
		for (int start = 0; start < readings.length; start++) {
			if (!startsAny(readings[start], first)) {
				continue;
			}
			Match match = matchFrom(readings, term, start);
			if (match != null) {
				return match;
			}
		}
		return null;
	}

	private static boolean startsAny(String[] readings, char c) {
		for (String reading : readings) {
			if (reading.charAt(0) == c) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConsonantPair(String reading) {
		return reading.length() > 2 && reading.charAt(1) == 'h' && "zcs".indexOf(reading.charAt(0)) >= 0;
	}

	private static Match matchFrom(String[][] readings, String term, int start) {
		int length = term.length();
		long reach = 1L;
		long fullReach = 1L;
		for (int c = start; c < readings.length; c++) {
			long next = 0;
			long nextFull = 0;
			boolean done = false;
			boolean doneFull = false;
			for (long bits = reach; bits != 0; bits &= bits - 1) {
				int p = Long.numberOfTrailingZeros(bits);
				boolean full = (fullReach & (1L << p)) != 0;
				for (String reading : readings[c]) {
					if (reading.charAt(0) != term.charAt(p)) {
						continue;
					}
					int rest = length - p;
					if (reading.length() <= rest && term.startsWith(reading, p)) {
						int q = p + reading.length();
						if (q == length) {
							done = true;
							doneFull |= full;
						}
						else {
							next |= 1L << q;
							nextFull |= full ? (1L << q) : 0;
						}
					}
					else if (reading.length() > rest && reading.startsWith(term.substring(p))) {
						done = true;
						doneFull |= full && rest > 1;
					}
					if (p + 1 == length) {
						done = true;
					}
					else {
						next |= 1L << (p + 1);
					}
					if (isConsonantPair(reading) && p + 2 <= length && term.charAt(p + 1) == 'h') {
						if (p + 2 == length) {
							done = true;
						}
						else {
							next |= 1L << (p + 2);
						}
					}
				}
			}
			if (done) {
				return new Match(start, c + 1, doneFull);
			}
			if (next == 0) {
				return null;
			}
			reach = next;
			fullReach = nextFull;
		}
		return null;
	}

	/**
	 * The sequences of first letters the term may stand for, used to retrieve candidates
	 * by {@link SearchTokens#INITIAL_PAIR} tokens before {@link #match} verifies them. A
	 * term splits into pieces (a syllable, a single letter, zh/ch/sh, or a syllable's
	 * beginning at the end); each piece's first letter is the first letter of one
	 * character. Only splits with the fewest pieces or one more are kept, at most
	 * {@code limit}: those are the readings people mean.
	 */
	static List<String> initialSequences(String term, int limit) {
		int length = term.length();
		if (length == 0 || length > MAX_TERM_LENGTH) {
			return List.of();
		}
		List<List<Integer>> steps = new ArrayList<>(length);
		for (int i = 0; i < length; i++) {
			steps.add(pieceLengths(term, i));
		}
		int[] fewest = new int[length + 1];
		Arrays.fill(fewest, Integer.MAX_VALUE / 2);
		fewest[length] = 0;
		for (int i = length - 1; i >= 0; i--) {
			for (int step : steps.get(i)) {
				fewest[i] = Math.min(fewest[i], 1 + fewest[i + step]);
			}
		}
		Set<String> sequences = new LinkedHashSet<>();
		for (int budget = fewest[0]; budget <= fewest[0] + 1 && sequences.size() < limit; budget++) {
			collect(term, steps, fewest, 0, budget, new StringBuilder(), sequences, limit);
		}
		return List.copyOf(sequences);
	}

	private static void collect(String term, List<List<Integer>> steps, int[] fewest, int position, int budget,
			StringBuilder initials, Set<String> out, int limit) {
		if (out.size() >= limit) {
			return;
		}
		if (position == term.length()) {
			if (budget == 0) {
				out.add(initials.toString());
			}
			return;
		}
		if (budget < fewest[position]) {
			return;
		}
		for (int step : steps.get(position)) {
			initials.append(term.charAt(position));
			collect(term, steps, fewest, position + step, budget - 1, initials, out, limit);
			initials.setLength(initials.length() - 1);
		}
	}

	private static List<Integer> pieceLengths(String term, int i) {
		List<Integer> lengths = new ArrayList<>(4);
		int rest = term.length() - i;
		for (int k = Math.min(Pinyin.MAX_SYLLABLE_LENGTH, rest); k >= 2; k--) {
			String piece = term.substring(i, i + k);
			boolean consonant = k == 2 && piece.charAt(1) == 'h' && "zcs".indexOf(piece.charAt(0)) >= 0;
			boolean lastPiece = k == rest && Pinyin.isSyllablePrefix(piece);
			if (Pinyin.isSyllable(piece) || consonant || lastPiece) {
				lengths.add(k);
			}
		}
		lengths.add(1);
		return lengths;
	}

}
