package gov.maservice.catalog.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Sends a {@link RenderedPage} the way slow phones and shared caches want it: gzip when
 * accepted, strong ETag and Last-Modified, a short public {@code max-age}, and 304
 * without a body when the client's copy is current.
 */
final class PageResponses {

	static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private PageResponses() {
	}

	static ResponseEntity<byte[]> send(HttpServletRequest request, RenderedPage page, HttpStatus status,
			Duration maxAge) {
		boolean gzip = acceptsGzip(request);
		String etag = gzip ? page.gzipEtag() : page.etag();
		CacheControl cache = (status == HttpStatus.OK) ? CacheControl.maxAge(maxAge).cachePublic()
				: CacheControl.noCache();
		if (status == HttpStatus.OK && notModified(request, etag, page.lastModified())) {
			ResponseEntity.BodyBuilder notModified = ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(etag)
				.cacheControl(cache)
				.varyBy(HttpHeaders.ACCEPT_ENCODING);
			if (page.lastModified() != null) {
				notModified.lastModified(page.lastModified());
			}
			return notModified.build();
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
			.contentType(HTML)
			.cacheControl(cache)
			.varyBy(HttpHeaders.ACCEPT_ENCODING);
		if (status == HttpStatus.OK) {
			response.eTag(etag);
			if (page.lastModified() != null) {
				response.lastModified(page.lastModified());
			}
		}
		if (gzip) {
			response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
			return response.body(page.gzip());
		}
		return response.body(page.html());
	}

	static boolean acceptsGzip(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accept == null) {
			return false;
		}
		for (String coding : accept.split(",")) {
			String[] parts = coding.trim().split(";");
			if (parts[0].trim().equalsIgnoreCase("gzip")) {
				return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	/**
	 * RFC 9110 §13.1: If-None-Match (weak comparison) decides; without it,
	 * If-Modified-Since.
	 */
	static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.trim();
				if (tag.startsWith("W/")) {
					tag = tag.substring(2);
				}
				if (tag.equals("*") || tag.equals(etag)) {
					return true;
				}
			}
			return false;
		}
		if (lastModified == null) {
			return false;
		}
		long since;
		try {
			since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return since >= 0 && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(Instant.ofEpochMilli(since));
	}

}
