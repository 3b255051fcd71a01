package gov.maservice.qr.config;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the QR service. Every value has a default that works on one machine and can
 * be overridden through the environment (see {@code application.yml}).
 *
 * @param publicBaseUrl the gateway's public address: every QR code encodes
 * {@code publicBaseUrl + "/q/" + token} and every redirect points below it, so it must be
 * the address citizens' phones can reach, and changing it means reprinting
 * @param districtName shown on posters and on the "unknown link" page so a resident knows
 * whose code it is
 * @param render limits of the image endpoints
 * @param poster poster and bulk-export settings
 * @param fontPath the WenQuanYi Zen Hei collection ({@code wqy-zenhei.ttc}); the only CJK
 * font PDFBox can embed here, needed for captions and posters
 */
@ConfigurationProperties("qr")
@Validated
public record QrProperties(
		@NotBlank @Pattern(regexp = "https?://[^\\s/]+(/[^\\s]*)?[^/\\s]",
				message = "must be an http(s) URL without a trailing slash") String publicBaseUrl,
		@NotBlank String districtName, @NotNull @Valid Render render, @NotNull @Valid Poster poster,
		@NotNull Path fontPath) {

	/**
	 * Bounds of the image endpoints: they are public, so every parameter is bounded to
	 * keep one request from costing seconds or megabytes.
	 *
	 * @param minSize smallest image edge in pixels; below about 96 px a short link has
	 * fewer than two pixels per module, which decoders miss (larger codes are refused per
	 * image as well)
	 * @param maxSize largest image edge in pixels; 2048 px prints sharply at 17 cm and
	 * 300 dpi
	 * @param defaultSize edge used when the request names none
	 * @param minContrast smallest WCAG contrast ratio between background and a darker
	 * foreground; cheap phone cameras misread codes below about 4.5:1
	 * @param cacheEntries how many rendered images one instance keeps in memory
	 * @param captionMaxAge how long a captioned image may be cached: its caption carries
	 * the item's current name, which can change, unlike the bare code
	 */
	public record Render(@Min(21) int minSize, @Max(8192) int maxSize, @Positive int defaultSize,
			@DecimalMin("1.5") double minContrast, @Min(0) int cacheEntries, @NotNull Duration captionMaxAge) {
	}

	/**
	 * Posters for notice boards.
	 *
	 * @param maxAge how long browsers and the gateway may keep a poster before
	 * revalidating its ETag; short, because a renamed item must reach the next print
	 * @param cacheEntries rendered posters one instance keeps in memory, keyed by content
	 * @param exportStaleAfter a running export whose progress has not moved for this long
	 * is reported as failed (its instance died); any replica can answer the progress
	 * query
	 */
	public record Poster(@NotNull Duration maxAge, @Min(0) int cacheEntries, @NotNull Duration exportStaleAfter) {
	}

}
