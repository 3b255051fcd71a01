package gov.maservice.qr.link;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import gov.maservice.platform.problem.Problems;
import gov.maservice.qr.config.QrProperties;
import gov.maservice.qr.scan.ScanCounter;

/**
 * The address every printed code holds. Answers {@code 302 Found} to the target's current
 * page and counts the scan before answering, with {@code Cache-Control: no-store} so that
 * no browser or proxy replays the redirect without counting it. A withdrawn item still
 * redirects (its page shows the withdrawal banner). An unknown token gets a friendly
 * Chinese page, or a problem detail when the client asks for JSON. HEAD requests redirect
 * without counting (link previews). Links are answered from memory ({@link LinkTable}),
 * so a scan does not wait for the store.
 */
@RestController
@Tag(name = "Short links", description = "The /q/{token} redirect every printed QR code holds")
class RedirectController {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{1,32}");

	private static final MediaType TEXT_HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final LinkService links;

	private final LinkTable table;

	private final ScanCounter scans;

	private final ITemplateEngine templates;

	private final QrProperties properties;

	RedirectController(LinkService links, LinkTable table, ScanCounter scans, ITemplateEngine templates,
			QrProperties properties) {
		this.links = links;
		this.table = table;
		this.scans = scans;
		this.templates = templates;
		this.properties = properties;
	}

	@GetMapping("/q/{token}")
	@Operation(summary = "Follow a printed QR code",
			description = "302 to `${PUBLIC_BASE_URL}/g/{item}`, `/d/{department}`, `/l/{locality}` or the custom URL; "
					+ "each GET counts one scan for (token, day).")
	@ApiResponse(responseCode = "302", description = "Location: the current target; Cache-Control: no-store")
	@ApiResponse(responseCode = "404",
			description = "unknown token: a Chinese HTML page, or a problem detail for Accept: application/json")
	ResponseEntity<?> follow(@Parameter(example = "k7m2x9qa") @PathVariable String token, HttpServletRequest request) {
		Optional<ShortLink> found = TOKEN.matcher(token).matches() ? lookUp(token) : Optional.empty();
		if (found.isEmpty()) {
			return notFound(token, request);
		}
		ShortLink link = found.get();
		if (!"HEAD".equals(request.getMethod())) {
			this.scans.count(link.token(), link.kind().name(), link.targetCode(), link.attributedLocality());
		}
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(this.links.targetUrl(link)))
			.cacheControl(CacheControl.noStore())
			.build();
	}

	/**
	 * From memory; only a token minted a moment ago on another replica needs the store.
	 */
	private Optional<ShortLink> lookUp(String token) {
		try {
			return this.table.find(token);
		}
		catch (LinkStoreUnavailableException ex) {
			throw Problems.unavailable("This code's link cannot be looked up right now; please try again shortly.");
		}
	}

	private ResponseEntity<?> notFound(String token, HttpServletRequest request) {
		if (wantsJson(request.getHeader(HttpHeaders.ACCEPT))) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"No QR code link has this token.");
			problem.setTitle("Unknown short link");
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.cacheControl(CacheControl.noStore())
				.body(problem);
		}
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("token", TOKEN.matcher(token).matches() ? token : null);
		context.setVariable("districtName", this.properties.districtName());
		context.setVariable("homeUrl", this.properties.publicBaseUrl() + "/");
		String html = this.templates.process("link-not-found", context);
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(TEXT_HTML_UTF8)
			.cacheControl(CacheControl.noStore())
			.body(html);
	}

	/** JSON wins only when the client names a JSON type at least as highly as HTML. */
	private static boolean wantsJson(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			double html = 0;
			double json = 0;
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (type.isWildcardType() || type.isWildcardSubtype()) {
					continue;
				}
				if (type.getSubtype().equals("html")) {
					html = Math.max(html, type.getQualityValue());
				}
				else if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
					json = Math.max(json, type.getQualityValue());
				}
			}
			return json > 0 && json >= html;
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
