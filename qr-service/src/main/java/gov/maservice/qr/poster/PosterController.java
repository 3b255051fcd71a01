package gov.maservice.qr.poster;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import gov.maservice.qr.config.QrProperties;

/**
 * Printable posters of a department or a locality. Public like the codes. They change
 * when the catalog renames something on them, so they are cached briefly
 * ({@code qr.poster.max-age}) and revalidated by ETag: a {@code 304} costs a few store
 * reads and no rendering.
 */
@RestController
@Tag(name = "Posters", description = "Printable PDFs with a grid of captioned codes")
class PosterController {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final PosterService posters;

	private final QrProperties properties;

	PosterController(PosterService posters, QrProperties properties) {
		this.posters = posters;
		this.properties = properties;
	}

	@GetMapping("/api/v1/posters/departments/{code}.pdf")
	@Operation(summary = "Poster of a department",
			description = "Header with the department's name, its own code, then every published item.")
	@ApiResponse(responseCode = "200", description = "application/pdf with ETag")
	@ApiResponse(responseCode = "304", description = "If-None-Match matched")
	@ApiResponse(responseCode = "400", description = "unknown paper (problem detail)")
	@ApiResponse(responseCode = "404", description = "unknown department")
	ResponseEntity<byte[]> department(@Parameter(example = "scjgj") @PathVariable String code,
			@Parameter(example = "A4") @RequestParam(defaultValue = "A4") Paper paper,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		return poster(code, paper, ifNoneMatch, this.posters::departmentContent, "department");
	}

	@GetMapping("/api/v1/posters/localities/{code}.pdf")
	@Operation(summary = "Poster of a locality",
			description = "Header with the locality's name, its own code, then every published item delegated to it.")
	@ApiResponse(responseCode = "200", description = "application/pdf with ETag")
	@ApiResponse(responseCode = "304", description = "If-None-Match matched")
	@ApiResponse(responseCode = "400", description = "unknown paper (problem detail)")
	@ApiResponse(responseCode = "404", description = "unknown locality")
	ResponseEntity<byte[]> locality(@Parameter(example = "410471100201") @PathVariable String code,
			@Parameter(example = "A4") @RequestParam(defaultValue = "A4") Paper paper,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		return poster(code, paper, ifNoneMatch, this.posters::localityContent, "locality");
	}

	private ResponseEntity<byte[]> poster(String code, Paper paper, String ifNoneMatch,
			Function<String, Optional<PosterContent>> contentOf, String kind) {
		PosterContent content = (CODE.matcher(code).matches() ? contentOf.apply(code) : Optional.<PosterContent>empty())
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
					ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + kind + " " + code + " is known."),
					null));
		String etag = "\"" + content.fingerprint(paper) + "\"";
		CacheControl cacheControl = CacheControl.maxAge(this.properties.poster().maxAge()).cachePublic();
		if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
		}
		byte[] pdf = this.posters.pdf(content, paper);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.eTag(etag)
			.cacheControl(cacheControl)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(code + "-" + paper + ".pdf").build().toString())
			.body(pdf);
	}

}
