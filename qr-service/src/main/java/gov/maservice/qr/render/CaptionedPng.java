package gov.maservice.qr.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

import com.google.zxing.common.BitMatrix;

/**
 * A code with its caption under it (Chinese name, then the code), drawn with Java2D so
 * the text is anti-aliased, and written as RGB PNG. The code itself is drawn module by
 * module on whole pixels, exactly as in the bare 1-bit image.
 */
final class CaptionedPng {

	private CaptionedPng() {
	}

	static byte[] render(BitMatrix matrix, int margin, int size, Rgb foreground, Rgb background, String[] caption,
			Font baseFont) {
		int n = matrix.getWidth();
		int scale = PngEncoder.moduleScale(n, margin, size);
		int offset = (size - n * scale) / 2;
		Font titleFont = baseFont.deriveFont((float) Math.max(11, Math.round(size * 0.065)));
		Font codeFont = baseFont.deriveFont((float) Math.max(9, Math.round(size * 0.05)));
		BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		Graphics2D probeGraphics = probe.createGraphics();
		FontMetrics titleMetrics = probeGraphics.getFontMetrics(titleFont);
		FontMetrics codeMetrics = probeGraphics.getFontMetrics(codeFont);
		probeGraphics.dispose();
		int textWidth = (int) (size * 0.92);
		List<String> titleLines = Captions.wrap(caption[0], 2, textWidth, titleMetrics::stringWidth);
		String code = Captions.wrap(caption[1], 1, textWidth, codeMetrics::stringWidth).stream().findFirst().orElse("");
		int lineHeight = titleMetrics.getHeight();
		int captionTop = size;
		int height = captionTop + lineHeight * titleLines.size() + codeMetrics.getHeight() + lineHeight / 2;

		BufferedImage image = new BufferedImage(size, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(new Color(background.argb()));
			g.fillRect(0, 0, size, height);
			g.setColor(new Color(foreground.argb()));
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
					g.fillRect(offset + x * scale, offset + y * scale, (end - x) * scale, scale);
					x = end;
				}
			}
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setFont(titleFont);
			int baseline = captionTop + titleMetrics.getAscent();
			for (String line : titleLines) {
				g.drawString(line, (size - titleMetrics.stringWidth(line)) / 2, baseline);
				baseline += lineHeight;
			}
			g.setFont(codeFont);
			g.drawString(code, (size - codeMetrics.stringWidth(code)) / 2,
					baseline - titleMetrics.getAscent() + codeMetrics.getAscent());
		}
		finally {
			g.dispose();
		}
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		return PngEncoder.rgb(pixels, size, height);
	}

}
