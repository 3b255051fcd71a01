package gov.maservice.qr.poster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.stereotype.Component;

import gov.maservice.qr.font.CjkFont;
import gov.maservice.qr.render.Captions;
import gov.maservice.qr.render.ErrorCorrection;
import gov.maservice.qr.render.QrEncoder;

/**
 * Lays a poster out as a PDF: the name as header, a grid of codes each with its caption
 * (name on up to two lines, then the code), the district and "第 n 页 / 共 m 页" at the foot
 * of each page. Codes are vector rectangles (one per run of dark modules) at level Q,
 * which survives a poster's wear, with a four-module quiet zone. Zen Hei is embedded as a
 * subset. The document ID is derived from the content, so the same content gives
 * byte-identical PDFs on every replica.
 */
@Component
public class PosterRenderer {

	private static final float MARGIN = 36;

	private static final float HEADER_HEIGHT = 78;

	private static final float FOOTER_HEIGHT = 30;

	private static final int QUIET_ZONE = 4;

	private final CjkFont cjkFont;

	public PosterRenderer(CjkFont cjkFont) {
		this.cjkFont = cjkFont;
	}

	public byte[] render(PosterContent content, Paper paper) {
		String fingerprint = content.fingerprint(paper);
		try (CjkFont.PdfFont pdfFont = this.cjkFont.openPdf(); PDDocument document = new PDDocument()) {
			document.setDocumentId(Long.parseUnsignedLong(fingerprint.substring(0, 15), 16));
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(content.title());
			info.setCreator("码上服务 qr-service");
			PDType0Font font = PDType0Font.load(document, pdfFont.font(), true);
			List<PosterContent.Entry> entries = content.entries();
			int pages = Math.max(1, (entries.size() + paper.perPage() - 1) / paper.perPage());
			for (int page = 0; page < pages; page++) {
				int from = page * paper.perPage();
				List<PosterContent.Entry> onPage = entries.subList(Math.min(from, entries.size()),
						Math.min(from + paper.perPage(), entries.size()));
				drawPage(document, font, content, paper, onPage, page + 1, pages);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Rendering the poster " + content.title() + " failed", ex);
		}
	}

	private void drawPage(PDDocument document, PDType0Font font, PosterContent content, Paper paper,
			List<PosterContent.Entry> entries, int pageNumber, int pages) throws IOException {
		PDRectangle size = paper.size();
		PDPage page = new PDPage(size);
		document.addPage(page);
		float scale = paper.typeScale();
		float width = size.getWidth();
		float height = size.getHeight();
		try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
			stream.setNonStrokingColor(0f, 0f, 0f);
			float titleSize = 22 * scale;
			String title = Captions.wrap(content.title(), 1, width - 2 * MARGIN, (text) -> width(font, text, titleSize))
				.stream()
				.findFirst()
				.orElse("");
			centred(stream, font, titleSize, title, width / 2, height - MARGIN - titleSize);
			centred(stream, font, 11 * scale, content.subtitle(), width / 2, height - MARGIN - titleSize - 22 * scale);
			stream.setLineWidth(0.8f);
			float ruleY = height - MARGIN - HEADER_HEIGHT * scale + 8;
			stream.moveTo(MARGIN, ruleY);
			stream.lineTo(width - MARGIN, ruleY);
			stream.stroke();

			float gridTop = height - MARGIN - HEADER_HEIGHT * scale;
			float gridBottom = MARGIN + FOOTER_HEIGHT;
			float cellWidth = (width - 2 * MARGIN) / paper.columns();
			float cellHeight = (gridTop - gridBottom) / paper.rows();
			float nameSize = 9.5f * scale;
			float codeSize = 7.5f * scale;
			float captionHeight = nameSize * 1.25f * 2 + codeSize * 1.4f;
			float codeSide = Math.min(cellWidth * 0.86f, cellHeight - captionHeight - 6);
			for (int i = 0; i < entries.size(); i++) {
				PosterContent.Entry entry = entries.get(i);
				float cellLeft = MARGIN + (i % paper.columns()) * cellWidth;
				float cellTop = gridTop - (i / paper.columns()) * cellHeight;
				float codeLeft = cellLeft + (cellWidth - codeSide) / 2;
				float codeBottom = cellTop - codeSide;
				drawCode(stream, entry.url(), codeLeft, codeBottom, codeSide);
				float textWidth = cellWidth - 8;
				List<String> lines = Captions.wrap(entry.name(), 2, textWidth, (text) -> width(font, text, nameSize));
				float baseline = codeBottom - nameSize * 0.6f;
				for (String line : lines) {
					centred(stream, font, nameSize, line, cellLeft + cellWidth / 2, baseline);
					baseline -= nameSize * 1.25f;
				}
				centred(stream, font, codeSize, entry.code(), cellLeft + cellWidth / 2, baseline - codeSize * 0.2f);
			}
			float footerY = MARGIN + 6;
			text(stream, font, 9 * scale, content.footer(), MARGIN, footerY);
			String pageText = "第 " + pageNumber + " 页 / 共 " + pages + " 页";
			text(stream, font, 9 * scale, pageText, width - MARGIN - width(font, pageText, 9 * scale), footerY);
		}
	}

	private static void drawCode(PDPageContentStream stream, String url, float left, float bottom, float side)
			throws IOException {
		BitMatrix matrix = QrEncoder.encode(url, ErrorCorrection.Q, false);
		int n = matrix.getWidth();
		float module = side / (n + 2 * QUIET_ZONE);
		float originX = left + QUIET_ZONE * module;
		float originTop = bottom + side - QUIET_ZONE * module;
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
				stream.addRect(originX + x * module, originTop - (y + 1) * module, (end - x) * module, module);
				x = end;
			}
		}
		stream.fill();
	}

	private static void centred(PDPageContentStream stream, PDType0Font font, float size, String text, float centreX,
			float baseline) throws IOException {
		text(stream, font, size, text, centreX - width(font, text, size) / 2, baseline);
	}

	private static void text(PDPageContentStream stream, PDType0Font font, float size, String text, float x, float y)
			throws IOException {
		if (text == null || text.isEmpty()) {
			return;
		}
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, y);
		stream.showText(text);
		stream.endText();
	}

	private static float width(PDType0Font font, String text, float size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException | IllegalArgumentException ex) {
			return (float) Captions.estimatedWidth(text, size);
		}
	}

}
