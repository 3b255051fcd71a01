package gov.maservice.qr.render;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import gov.maservice.qr.config.QrProperties;
import gov.maservice.qr.link.LinkKind;
import gov.maservice.qr.link.LinkService;
import gov.maservice.qr.link.LinkTarget;
import gov.maservice.qr.link.PrintableLink;

/**
 * QR images of items, departments, localities and any short link, public and heavily
 * cached. A bare code is immutable for given parameters
 * ({@code Cache-Control: public, max-age=31536000,
 * immutable} and a strong ETag); a captioned one carries the current name, so it may be
 * cached only for {@code qr.render.caption-max-age} and its ETag changes with the name.
 * Both answer {@code 304} to a matching {@code If-None-Match} without rendering.
 */
@RestController
@Tag(name = "QR images", description = "PNG and SVG codes that encode ${PUBLIC_BASE_URL}/q/{token}")
class QrImageController {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final LinkService links;

	private final QrImageService images;

	private final QrProperties properties;

	QrImageController(LinkService links, QrImageService images, QrProperties properties) {
		this.links = links;
		this.images = images;
		this.properties = properties;
	}

	@GetMapping("/api/v1/qr/{kind}/{code}.{format}")
	@Operation(summary = "QR code image",
			description = "kind: items, departments, localities or links (code = token). format: png or svg. "
					+ "Example: /api/v1/qr/items/410471-XK00101-001.png?size=512&ecc=Q&caption=true")
	@ApiResponse(responseCode = "200", description = "image/png or image/svg+xml, with ETag and Cache-Control")
	@ApiResponse(responseCode = "304", description = "If-None-Match matched")
	@ApiResponse(responseCode = "400",
			description = "size, ecc, margin, colours or contrast invalid (problem detail with errors)")
	@ApiResponse(responseCode = "404", description = "unknown kind, format, item, department, locality or token")
	ResponseEntity<byte[]> image(
			@Parameter(schema = @Schema(allowableValues = { "items", "departments", "localities", "links" }),
					example = "items") @PathVariable String kind,
			@Parameter(example = "410471-XK00101-001") @PathVariable String code,
			@Parameter(schema = @Schema(allowableValues = { "png", "svg" }),
					example = "png") @PathVariable String format,
			@ParameterObject @ModelAttribute ImageRequest request,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		ImageFormat imageFormat = format(format);
		ImageOptions options = ImageOptions.of(request, this.properties.render());
		PrintableLink link = resolve(kind, code, request.locality(), options.caption());
		String etag = this.images.etag(link, options, imageFormat);
		CacheControl cacheControl = options.caption()
				? CacheControl.maxAge(this.properties.render().captionMaxAge()).cachePublic() : IMMUTABLE;
		if (matches(ifNoneMatch, etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
		}
		byte[] body = this.images.image(link, options, imageFormat, etag);
		return ResponseEntity.ok()
			.contentType(imageFormat.mediaType())
			.eTag(etag)
			.cacheControl(cacheControl)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(code + "." + format).build().toString())
			.body(body);
	}

	private PrintableLink resolve(String kind, String code, String locality, boolean caption) {
		if (locality != null && !CODE.matcher(locality).matches()) {
			throw ImageOptions.invalid(List.of(ImageOptions.error("locality", "must be a locality code")));
		}
		if (!CODE.matcher(code).matches()) {
			throw notFound("No code " + code + " is known.");
		}
		if (kind.equals("links")) {
			return this.links.printable(code, caption)
				.orElseThrow(() -> notFound("No short link has the token " + code + "."));
		}
		LinkKind linkKind = switch (kind) {
			case "items" -> LinkKind.ITEM;
			case "departments" -> LinkKind.DEPARTMENT;
			case "localities" -> LinkKind.LOCALITY;
			default -> throw notFound("Unknown kind " + kind + ": use items, departments, localities or links.");
		};
		if (locality != null && linkKind != LinkKind.ITEM) {
			throw ImageOptions.invalid(List.of(ImageOptions.error("locality", "applies to item codes only")));
		}
		LinkTarget target = new LinkTarget(linkKind, code, locality);
		return this.links.printable(target, caption)
			.orElseThrow(() -> notFound(
					(locality != null) ? "Item " + code + " is not known or not delegated to locality " + locality + "."
							: "No " + linkKind.name().toLowerCase(Locale.ROOT) + " " + code + " is known."));
	}

	private static ImageFormat format(String format) {
		return switch (format) {
			case "png" -> ImageFormat.PNG;
			case "svg" -> ImageFormat.SVG;
			default -> throw notFound("Unknown image format " + format + ": use png or svg.");
		};
	}

	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals("*") || tag.equals(etag)) {
				return true;
			}
		}
		return false;
	}

	private static ErrorResponseException notFound(String detail) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
	}

}
