package gov.maservice.qr.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import gov.maservice.qr.config.QrProperties;

/**
 * Validated rendering options of one image request.
 *
 * @param size edge of the code in pixels (SVG: its nominal width)
 * @param ecc error correction (H when {@code logo})
 * @param margin quiet zone in modules, at least 4 as the QR standard asks
 * @param foreground dark colour of the modules
 * @param background light colour around them
 * @param caption whether the name and code are printed under the code
 * @param logo whether a centre mark is drawn
 */
record ImageOptions(int size, ErrorCorrection ecc, int margin, Rgb foreground, Rgb background, boolean caption,
		boolean logo) {

	/**
	 * Smallest quiet zone: ISO/IEC 18004 asks for four modules, and cheap phones need
	 * them.
	 */
	static final int MIN_MARGIN = 4;

	/** Largest quiet zone; more only wastes pixels. */
	static final int MAX_MARGIN = 16;

	/**
	 * Checks the raw parameters against the configured bounds and answers 400 with every
	 * wrong field listed.
	 */
	static ImageOptions of(ImageRequest request, QrProperties.Render limits) {
		List<Map<String, String>> errors = new ArrayList<>();
		int size = (request.size() != null) ? request.size() : limits.defaultSize();
		if (size < limits.minSize() || size > limits.maxSize()) {
			errors.add(error("size", "must be between " + limits.minSize() + " and " + limits.maxSize()));
		}
		int margin = (request.margin() != null) ? request.margin() : MIN_MARGIN;
		if (margin < MIN_MARGIN || margin > MAX_MARGIN) {
			errors.add(error("margin", "must be between " + MIN_MARGIN + " and " + MAX_MARGIN + " modules"));
		}
		Rgb foreground = colour(request.fg(), Rgb.BLACK, "fg", errors);
		Rgb background = colour(request.bg(), Rgb.WHITE, "bg", errors);
		if (foreground != null && background != null) {
			if (foreground.luminance() >= background.luminance()) {
				errors.add(error("fg", "must be darker than bg: scanners read dark modules on a light background"));
			}
			else if (Rgb.contrast(foreground, background) < limits.minContrast()) {
				errors.add(error("fg", String.format("contrast with bg is %.1f:1, at least %.1f:1 is needed",
						Rgb.contrast(foreground, background), limits.minContrast())));
			}
		}
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		boolean logo = Boolean.TRUE.equals(request.logo());
		ErrorCorrection ecc = logo ? ErrorCorrection.H : (request.ecc() != null) ? request.ecc() : ErrorCorrection.M;
		return new ImageOptions(size, ecc, margin, foreground, background, Boolean.TRUE.equals(request.caption()),
				logo);
	}

	/** Canonical text of the options, part of the image's ETag. */
	String canonical() {
		return this.size + "|" + this.ecc + "|" + this.margin + "|" + this.foreground.hex() + "|"
				+ this.background.hex() + "|" + this.caption + "|" + this.logo;
	}

	static ErrorResponseException invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The image parameters are invalid.");
		problem.setTitle("Bad Request");
		problem.setProperty("errors", errors);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private static Rgb colour(String text, Rgb fallback, String field, List<Map<String, String>> errors) {
		if (text == null || text.isEmpty()) {
			return fallback;
		}
		try {
			return Rgb.parse(text);
		}
		catch (IllegalArgumentException ex) {
			errors.add(error(field, "must be a colour #RRGGBB"));
			return null;
		}
	}

}
