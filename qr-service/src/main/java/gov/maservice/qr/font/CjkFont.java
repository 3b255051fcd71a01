package gov.maservice.qr.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import gov.maservice.qr.config.QrProperties;

/**
 * The Chinese font of captions and posters: WenQuanYi Zen Hei from the
 * {@code fonts-wqy-zenhei} package. It is the CJK font PDFBox can embed here (Noto CJK's
 * CFF outlines fail when saved), and it must be loaded from the collection ({@code .ttc})
 * by name. A missing font does not stop the service (redirects and bare codes need none);
 * what needs it answers 503 with the path to fix.
 */
@Component
public class CjkFont {

	/** PostScript name of the face inside the collection. */
	static final String FACE = "WenQuanYiZenHei";

	private static final Logger logger = LoggerFactory.getLogger(CjkFont.class);

	private final Path path;

	private volatile Font awtFont;

	@Autowired
	public CjkFont(QrProperties properties) {
		this(properties.fontPath());
	}

	public CjkFont(Path path) {
		this.path = path;
		if (!Files.isReadable(path)) {
			logger.warn("CJK font {} is missing: captions and posters will fail until fonts-wqy-zenhei is "
					+ "installed or qr.font-path (QR_FONT_PATH) points at wqy-zenhei.ttc", path);
		}
	}

	/** The font for Java2D (PNG captions), at size 1; derive the size you need. */
	public Font awt() {
		Font font = this.awtFont;
		if (font == null) {
			synchronized (this) {
				if (this.awtFont == null) {
					this.awtFont = loadAwt();
				}
				font = this.awtFont;
			}
		}
		return font;
	}

	/**
	 * Opens the collection for one PDF document. Keep it open until the document is
	 * saved: the embedded subset is written at save time. Each document opens its own, so
	 * concurrent posters never share a parser.
	 */
	public PdfFont openPdf() {
		requireFile();
		try {
			TrueTypeCollection collection = new TrueTypeCollection(this.path.toFile());
			TrueTypeFont font = collection.getFontByName(FACE);
			if (font == null) {
				collection.close();
				throw unavailable("The font collection " + this.path + " has no face " + FACE + ".");
			}
			return new PdfFont(collection, font);
		}
		catch (IOException ex) {
			throw unavailable("The CJK font " + this.path + " cannot be read: " + ex.getMessage());
		}
	}

	private Font loadAwt() {
		requireFile();
		try {
			Font[] fonts = Font.createFonts(this.path.toFile());
			for (Font candidate : fonts) {
				if (FACE.equals(candidate.getPSName()) || "WenQuanYi Zen Hei".equals(candidate.getFamily())) {
					return candidate;
				}
			}
			return fonts[0];
		}
		catch (IOException | FontFormatException ex) {
			throw unavailable("The CJK font " + this.path + " cannot be read: " + ex.getMessage());
		}
	}

	private void requireFile() {
		if (!Files.isReadable(this.path)) {
			throw unavailable("The CJK font " + this.path + " is missing: install fonts-wqy-zenhei "
					+ "(apt-get install -y fonts-wqy-zenhei) or set QR_FONT_PATH to wqy-zenhei.ttc.");
		}
	}

	private static ErrorResponseException unavailable(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setTitle("Font unavailable");
		return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
	}

	/**
	 * A collection opened for one document, and its Zen Hei face.
	 *
	 * @param collection close after the document is saved
	 * @param font the face to load with {@code PDType0Font.load(document, font, true)}
	 */
	public record PdfFont(TrueTypeCollection collection, TrueTypeFont font) implements AutoCloseable {

		@Override
		public void close() {
			try {
				this.collection.close();
			}
			catch (IOException ex) {
				logger.debug("Closing the font collection failed", ex);
			}
		}

	}

}
