package gov.maservice.qr.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.google.zxing.common.BitMatrix;

import org.springframework.stereotype.Service;

import gov.maservice.qr.font.CjkFont;
import gov.maservice.qr.link.PrintableLink;

/**
 * Renders the code of a printable link in the asked format and options. The image depends
 * only on the short link and the options (plus the caption text when asked for), which is
 * what makes it cacheable forever: the guide behind the link may change, the image does
 * not.
 */
@Service
class QrImageService {

	/** Bump when the rendering changes, so that cached images get new ETags. */
	private static final String RENDERER_VERSION = "qr-1";

	private final RenderedImageCache cache;

	private final CjkFont font;

	QrImageService(RenderedImageCache cache, CjkFont font) {
		this.cache = cache;
		this.font = font;
	}

	/** Strong ETag of the image, computed without rendering it. */
	String etag(PrintableLink link, ImageOptions options, ImageFormat format) {
		StringBuilder canonical = new StringBuilder(RENDERER_VERSION).append('|')
			.append(format)
			.append('|')
			.append(link.url())
			.append('|')
			.append(options.canonical());
		if (options.caption()) {
			canonical.append('|').append(link.title()).append('|').append(link.code());
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	byte[] image(PrintableLink link, ImageOptions options, ImageFormat format, String etag) {
		byte[] cached = this.cache.get(etag);
		if (cached != null) {
			return cached;
		}
		byte[] rendered = render(link, options, format);
		this.cache.put(etag, rendered);
		return rendered;
	}

	byte[] render(PrintableLink link, ImageOptions options, ImageFormat format) {
		BitMatrix matrix = QrEncoder.encode(link.url(), options.ecc(), options.logo());
		String[] caption = options.caption() ? new String[] { link.title(), link.code() } : null;
		try {
			if (format == ImageFormat.SVG) {
				return SvgEncoder
					.svg(matrix, options.margin(), options.size(), options.foreground(), options.background(), caption)
					.getBytes(StandardCharsets.UTF_8);
			}
			if (caption != null) {
				return CaptionedPng.render(matrix, options.margin(), options.size(), options.foreground(),
						options.background(), caption, this.font.awt());
			}
			return PngEncoder.bitmap(matrix, options.margin(), options.size(), options.foreground(),
					options.background());
		}
		catch (IllegalArgumentException ex) {
			throw ImageOptions.invalid(List.of(ImageOptions.error("size", ex.getMessage())));
		}
	}

}
