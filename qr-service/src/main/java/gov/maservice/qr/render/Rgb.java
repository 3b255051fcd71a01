package gov.maservice.qr.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An sRGB colour written {@code #RRGGBB}, with the WCAG relative luminance used to refuse
 * colour pairs a phone camera cannot separate.
 *
 * @param red 0-255
 * @param green 0-255
 * @param blue 0-255
 */
public record Rgb(int red, int green, int blue) {

	public static final Rgb BLACK = new Rgb(0, 0, 0);

	public static final Rgb WHITE = new Rgb(255, 255, 255);

	private static final Pattern HEX = Pattern.compile("#?[0-9A-Fa-f]{6}");

	/**
	 * Parses {@code #RRGGBB} (the {@code #} may be omitted, as {@code %23} is awkward in
	 * URLs).
	 */
	public static Rgb parse(String text) {
		if (text == null || !HEX.matcher(text).matches()) {
			throw new IllegalArgumentException("must be a colour #RRGGBB");
		}
		int value = Integer.parseInt(text.startsWith("#") ? text.substring(1) : text, 16);
		return new Rgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
	}

	/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
	public double luminance() {
		return 0.2126 * linear(this.red) + 0.7152 * linear(this.green) + 0.0722 * linear(this.blue);
	}

	/** WCAG 2 contrast ratio between two colours, 1 to 21. */
	public static double contrast(Rgb a, Rgb b) {
		double lighter = Math.max(a.luminance(), b.luminance());
		double darker = Math.min(a.luminance(), b.luminance());
		return (lighter + 0.05) / (darker + 0.05);
	}

	public int argb() {
		return 0xFF000000 | (this.red << 16) | (this.green << 8) | this.blue;
	}

	public String hex() {
		return String.format(Locale.ROOT, "#%02X%02X%02X", this.red, this.green, this.blue);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
