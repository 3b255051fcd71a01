package gov.maservice.catalog.search;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text as search compares it: NFKC (so full-width ｙｙｚｚ and half-width yyzz are the same),
 * lower case, letters and digits only. Punctuation and spaces carry no meaning in item
 * names (《》（）、) and would only break bigrams. {@link #sourceIndex} maps every kept
 * character back to its position in the original, so a match can be highlighted in the
 * text people read.
 *
 * @param text the normalized text
 * @param sourceIndex for each character of {@code text}, its index in the original string
 */
record NormalizedText(String text, int[] sourceIndex) {

	static NormalizedText of(String original) {
		if (original == null || original.isEmpty()) {
			return new NormalizedText("", new int[0]);
		}
		StringBuilder text = new StringBuilder(original.length());
		int[] source = new int[original.length() * 2];
		int i = 0;
		while (i < original.length()) {
			int codePoint = original.codePointAt(i);
			int width = Character.charCount(codePoint);
			String piece = (codePoint < 0x80) ? String.valueOf((char) codePoint)
					: Normalizer.normalize(original.substring(i, i + width), Normalizer.Form.NFKC);
			for (int j = 0; j < piece.length(); j++) {
				char c = piece.charAt(j);
				if (Character.isLetterOrDigit(c)) {
					if (text.length() == source.length) {
						source = Arrays.copyOf(source, source.length * 2);
					}
					source[text.length()] = i;
					text.append(Character.toLowerCase(c));
				}
			}
			i += width;
		}
		return new NormalizedText(text.toString(), Arrays.copyOf(source, text.length()));
	}

	/** The normalized text alone, for callers that need no highlighting. */
	static String normalize(String original) {
		return of(original).text();
	}

}
