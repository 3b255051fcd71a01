package gov.maservice.notification.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays text out in lines for an LED board. Widths are counted in half cells: a full-width
 * character (Chinese, full-width punctuation) takes two, a Latin letter, digit or ASCII
 * sign one, and a line of a board {@code n} characters wide holds {@code 2n} half cells.
 * No line is ever wider than the board.
 * <p>
 * Breaking: Chinese may break between any two characters; a run of Latin letters and
 * digits (a word, a number, a link) is kept together unless it is wider than a whole
 * line; spaces at a break disappear. Closing punctuation (，。！？ …) never starts a line and
 * opening punctuation (（《“ …) never ends one: the character before or after moves along
 * with it.
 */
public final class LedLayout {

	private static final String NO_LINE_START = "，。、；：！？）》」』】〕〉”’…,.;:!?)]}%";

	private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

	private LedLayout() {
	}

	/**
	 * Lays out paragraphs; each paragraph starts on a new line.
	 * @param paragraphs texts, blank ones are skipped
	 * @param charsPerLine board width in full-width characters
	 * @return the lines, none wider than the board
	 */
	public static List<String> layout(List<String> paragraphs, int charsPerLine) {
		if (charsPerLine < 1) {
			throw new IllegalArgumentException("charsPerLine must be positive");
		}
		int capacity = 2 * charsPerLine;
		List<String> lines = new ArrayList<>();
		for (String paragraph : paragraphs) {
			if (paragraph != null && !paragraph.isBlank()) {
				layoutParagraph(normalize(paragraph), capacity, lines);
			}
		}
		return lines;
	}

	/** Width of a text in half cells. */
	public static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			width += cellWidth(cp);
			i += Character.charCount(cp);
		}
		return width;
	}

	static int cellWidth(int cp) {
		if (cp < 0x1100) {
			return 1;
		}
		if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
				|| (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
				|| (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF)
				|| (cp >= 0x20000 && cp <= 0x3FFFD) || cp == 0x2026 || cp == 0x2014 || cp == 0x201C || cp == 0x201D
				|| cp == 0x2018 || cp == 0x2019) {
			return 2;
		}
		return 1;
	}

	private static String normalize(String text) {
		return text.replaceAll("[\\t\\r\\n\\u00A0\\u3000]+", " ").replaceAll(" {2,}", " ").strip();
	}

	private static void layoutParagraph(String text, int capacity, List<String> lines) {
		List<String> tokens = tokens(text);
		StringBuilder line = new StringBuilder();
		int width = 0;
		for (String token : tokens) {
			int tokenWidth = width(token);
			if (token.equals(" ")) {
				if (width > 0 && width + 1 <= capacity) {
					line.append(' ');
					width++;
				}
				continue;
			}
			if (tokenWidth > capacity) {
				for (String piece : split(token, capacity - width, capacity)) {
					if (width + width(piece) > capacity) {
						emit(line, lines);
						width = 0;
					}
					line.append(piece);
					width += width(piece);
				}
				continue;
			}
			if (width + tokenWidth > capacity) {
				String carried = carryForKinsoku(line, token);
				emit(line, lines);
				line.append(carried);
				width = width(carried);
				if (width + tokenWidth > capacity) {
					emit(line, lines);
					width = 0;
				}
			}
			line.append(token);
			width += tokenWidth;
		}
		emit(line, lines);
	}

	/**
	 * When {@code next} may not start a line, or the line would end with an opening mark,
	 * moves the last character of the line to the next line together with it.
	 */
	private static String carryForKinsoku(StringBuilder line, String next) {
		String trimmed = stripTrailingSpace(line);
		if (trimmed.isEmpty()) {
			return "";
		}
		int lastStart = trimmed.offsetByCodePoints(trimmed.length(), -1);
		String last = trimmed.substring(lastStart);
		boolean move = (isNoLineStart(next) && !isNoLineStart(last) && width(last) == 2) || isNoLineEnd(last);
		if (move && lastStart > 0) {
			line.setLength(lastStart);
			return last;
		}
		return "";
	}

	private static String stripTrailingSpace(StringBuilder line) {
		while (!line.isEmpty() && line.charAt(line.length() - 1) == ' ') {
			line.setLength(line.length() - 1);
		}
		return line.toString();
	}

	private static boolean isNoLineStart(String token) {
		return !token.isEmpty() && NO_LINE_START.indexOf(token.codePointAt(0)) >= 0;
	}

	private static boolean isNoLineEnd(String token) {
		return !token.isEmpty() && NO_LINE_END.indexOf(token.codePointBefore(token.length())) >= 0;
	}

	private static void emit(StringBuilder line, List<String> lines) {
		String text = stripTrailingSpace(line);
		if (!text.isEmpty()) {
			lines.add(text);
		}
		line.setLength(0);
	}

	/**
	 * Splits a token wider than a line: the first piece fills what is left of the current
	 * line.
	 */
	private static List<String> split(String token, int firstRoom, int capacity) {
		List<String> pieces = new ArrayList<>();
		StringBuilder piece = new StringBuilder();
		int room = (firstRoom >= 2) ? firstRoom : capacity;
		int width = 0;
		for (int i = 0; i < token.length();) {
			int cp = token.codePointAt(i);
			int w = cellWidth(cp);
			if (width + w > room) {
				pieces.add(piece.toString());
				piece.setLength(0);
				width = 0;
				room = capacity;
			}
			piece.appendCodePoint(cp);
			width += w;
			i += Character.charCount(cp);
		}
		if (!piece.isEmpty()) {
			pieces.add(piece.toString());
		}
		return pieces;
	}

	/**
	 * Splits text into unbreakable tokens: one full-width character, one space, or a run
	 * of half-width non-space characters (a Latin word, a number, a path).
	 */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (cp == ' ') {
				flush(word, tokens);
				tokens.add(" ");
			}
			else if (cellWidth(cp) == 2) {
				flush(word, tokens);
				tokens.add(new String(Character.toChars(cp)));
			}
			else {
				word.appendCodePoint(cp);
			}
		}
		flush(word, tokens);
		return tokens;
	}

	private static void flush(StringBuilder word, List<String> tokens) {
		if (!word.isEmpty()) {
			tokens.add(word.toString());
			word.setLength(0);
		}
	}

}
