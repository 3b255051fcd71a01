package gov.maservice.platform.validation;

/**
 * The one rule for text users may store, and the one way to write stored text into XML.
 * Control characters, lone surrogates and the non-characters U+FFFE/U+FFFF have no place
 * in names or notices and make XML 1.0 invalid; checking them once here keeps every
 * service and every import path from drifting.
 */
public final class TextRules {

	private TextRules() {
	}

	/**
	 * Whether {@code text} is acceptable single-line text: no control character at all
	 * (U+0000 to U+001F, U+007F to U+009F), no lone surrogate, no U+FFFE or U+FFFF.
	 * {@code null} is acceptable (presence is another constraint's business).
	 */
	public static boolean isSingleLine(CharSequence text) {
		return firstInvalid(text, false) < 0;
	}

	/**
	 * Whether {@code text} is acceptable multi-line text: as {@link #isSingleLine}, but
	 * line feeds, tabs and carriage returns directly before a line feed are allowed.
	 */
	public static boolean isMultiLine(CharSequence text) {
		return firstInvalid(text, true) < 0;
	}

	/**
	 * The index of the first character that breaks the rule, or -1.
	 * @param text the text, may be {@code null}
	 * @param multiLine whether line feeds and tabs are allowed
	 * @return the index or -1
	 */
	public static int firstInvalid(CharSequence text, boolean multiLine) {
		if (text == null) {
			return -1;
		}
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (multiLine && (c == '\n' || c == '\t' || (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n'))) {
				continue;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (Character.isLowSurrogate(c) || isControl(c) || c == '\uFFFE' || c == '\uFFFF') {
				return i;
			}
		}
		return -1;
	}

	/**
	 * {@code text} with every character XML 1.0 does not allow removed (controls other
	 * than tab, line feed and carriage return, lone surrogates, U+FFFE, U+FFFF), for
	 * writers that must stay well-formed whatever was stored before the input rule
	 * existed. {@code null} stays {@code null}.
	 */
	public static String toXml(String text) {
		if (text == null) {
			return null;
		}
		int length = text.length();
		StringBuilder clean = null;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean keep;
			int width = 1;
			if (Character.isHighSurrogate(c)) {
				keep = i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
				width = keep ? 2 : 1;
			}
			else {
				keep = !Character.isLowSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'
						&& (c >= 0x20 || c == '\t' || c == '\n' || c == '\r');
			}
			if (!keep && clean == null) {
				clean = new StringBuilder(length).append(text, 0, i);
			}
			if (keep && clean != null) {
				clean.append(text, i, i + width);
			}
			i += width - 1;
		}
		return (clean != null) ? clean.toString() : text;
	}

	private static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F);
	}

}
