package gov.maservice.qr.render;

import java.util.List;

import com.google.zxing.common.BitMatrix;

/**
 * Writes a code as SVG for print: the viewBox is in modules and all dark modules are one
 * {@code <path>} of row runs ({@code M x y h w v1 h-w z}), so it scales to any size
 * without blur and stays small. The optional caption is real text (vector too), in the
 * WenQuanYi/Noto/YaHei family the printing machine has.
 */
public final class SvgEncoder {

	private static final String FONTS = "'WenQuanYi Zen Hei','Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif";

	private SvgEncoder() {
	}

	/**
	 * @param caption {title, code} or {@code null} for a bare code
	 */
	public static String svg(BitMatrix matrix, int margin, int size, Rgb foreground, Rgb background, String[] caption) {
		int n = matrix.getWidth();
		int total = n + 2 * margin;
		double fontSize = total * 0.07;
		List<String> titleLines = List.of();
		double captionHeight = 0;
		if (caption != null) {
			titleLines = Captions.wrap(caption[0], 2, total * 0.92, (text) -> Captions.estimatedWidth(text, fontSize));
			captionHeight = fontSize * 1.3 * titleLines.size() + fontSize * 0.85 * 1.3 + fontSize * 0.6;
		}
		double height = total + captionHeight;
		StringBuilder svg = new StringBuilder(256 + n * n);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
			.append(size)
			.append("\" height=\"")
			.append(Math.round(size * height / total))
			.append("\" viewBox=\"0 0 ")
			.append(total)
			.append(' ')
			.append(decimal(height))
			.append("\" shape-rendering=\"crispEdges\">\n<rect width=\"")
			.append(total)
			.append("\" height=\"")
			.append(decimal(height))
			.append("\" fill=\"")
			.append(background.hex())
			.append("\"/>\n<path fill=\"")
			.append(foreground.hex())
			.append("\" d=\"");
		for (int y = 0; y < n; y++) {
			int x = 0;
			while (x < n) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int end = x + 1;
				while (end < n && matrix.get(end, y)) {
					end++;
				}
				int run = end - x;
				svg.append('M')
					.append(x + margin)
					.append(' ')
					.append(y + margin)
					.append('h')
					.append(run)
					.append("v1h-")
					.append(run)
					.append('z');
				x = end;
			}
		}
		svg.append("\"/>\n");
		if (caption != null) {
			double baseline = total + fontSize * 1.05;
			for (String line : titleLines) {
				text(svg, line, total / 2.0, baseline, fontSize, foreground);
				baseline += fontSize * 1.3;
			}
			text(svg, caption[1], total / 2.0, baseline - fontSize * 0.15, fontSize * 0.85, foreground);
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void text(StringBuilder svg, String text, double x, double y, double fontSize, Rgb fill) {
		svg.append("<text x=\"")
			.append(decimal(x))
			.append("\" y=\"")
			.append(decimal(y))
			.append("\" font-size=\"")
			.append(decimal(fontSize))
			.append("\" text-anchor=\"middle\" font-family=\"")
			.append(FONTS)
			.append("\" fill=\"")
			.append(fill.hex())
			.append("\">")
			.append(escape(text))
			.append("</text>\n");
	}

	private static String decimal(double value) {
		long rounded = Math.round(value * 100);
		return (rounded % 100 == 0) ? Long.toString(rounded / 100) : Double.toString(rounded / 100.0);
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
