package gov.maservice.qr.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a caption into at most a few lines that fit a width, ending the last with "…"
 * when the text is longer. Chinese has no spaces, so lines break between any two
 * characters. Shared by the PNG, SVG and PDF writers, each with its own way to measure
 * text.
 */
public final class Captions {

	/** Longest caption text considered at all; item names are at most 200 characters. */
	public static final int MAX_CHARS = 200;

	private static final String ELLIPSIS = "…";

	private Captions() {
	}

	public static List<String> wrap(String text, int maxLines, double maxWidth, ToDoubleFunction<String> width) {
		String remaining = normalise(text);
		List<String> lines = new ArrayList<>();
		while (!remaining.isEmpty() && lines.size() < maxLines) {
			boolean last = lines.size() == maxLines - 1;
			int fit = fitting(remaining, maxWidth, width);
			if (fit >= remaining.length()) {
				lines.add(remaining);
				break;
			}
			if (last) {
				int cut = fitting(remaining, maxWidth - width.applyAsDouble(ELLIPSIS), width);
				lines.add(remaining.substring(0, Math.max(cut, 0)) + ELLIPSIS);
				break;
			}
			int take = Math.max(fit, 1);
			lines.add(remaining.substring(0, take));
			remaining = remaining.substring(take).stripLeading();
		}
		return lines;
	}

	/**
	 * Width estimate for writers without font metrics (SVG): CJK one em, Latin about
	 * half.
	 */
	public static double estimatedWidth(String text, double fontSize) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += (text.charAt(i) < 0x2E80) ? 0.55 : 1.0;
		}
		return width * fontSize;
	}

	private static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String single = text.replaceAll("\\s+", " ").strip();
		return (single.length() > MAX_CHARS) ? single.substring(0, MAX_CHARS) : single;
	}

	private static int fitting(String text, double maxWidth, ToDoubleFunction<String> width) {
		int low = 0;
		int high = text.length();
		while (low < high) {
			int mid = (low + high + 1) >>> 1;
			if (width.applyAsDouble(text.substring(0, mid)) <= maxWidth) {
				low = mid;
			}
			else {
				high = mid - 1;
			}
		}
		return low;
	}

}
