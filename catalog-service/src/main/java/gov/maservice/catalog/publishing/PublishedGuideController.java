package gov.maservice.catalog.publishing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import gov.maservice.catalog.guide.Codes;
import gov.maservice.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The published guide as JSON for third parties (e.g. a WeChat official account backend),
 * with validators so that polling clients mostly get 304.
 */
@RestController
@Tag(name = "Published guides", description = "What citizens read, for third-party clients")
class PublishedGuideController {

	private final PublishedGuides guides;

	private final JsonMapper jsonMapper;

	PublishedGuideController(PublishedGuides guides, JsonMapper jsonMapper) {
		this.guides = guides;
		this.jsonMapper = jsonMapper;
	}

	@GetMapping("/api/v1/items/{code}/guide")
	@Operation(summary = "The published guide of an item",
			description = "Published or withdrawn (status WITHDRAWN with withdrawnReason). Answers ETag and "
					+ "Last-Modified; If-None-Match / If-Modified-Since answer 304.")
	@ApiResponse(responseCode = "200", description = "The published guide with edition metadata and forms")
	@ApiResponse(responseCode = "304", description = "Unchanged since the validator sent")
	@ApiResponse(responseCode = "404", description = "Unknown code or never published",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<byte[]> guide(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code,
			WebRequest request) {
		PublishedGuideView view = this.guides.findByCode(code)
			.orElseThrow(() -> Problems.notFound("Published guide", code));
		byte[] body = this.jsonMapper.writeValueAsBytes(view);
		String etag = "\"" + sha256(body) + "\"";
		Instant lastModified = (view.withdrawnAt() != null && view.withdrawnAt().isAfter(view.publishedAt()))
				? view.withdrawnAt() : view.publishedAt();
		// Same short freshness as the guide pages: clients and proxies may reuse it for a
		// minute,
		// then revalidate cheaply with the ETag.
		CacheControl cache = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
		if (request.checkNotModified(etag, lastModified.toEpochMilli())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.eTag(etag)
			.lastModified(lastModified)
			.cacheControl(cache)
			.body(body);
	}

	private static String sha256(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
