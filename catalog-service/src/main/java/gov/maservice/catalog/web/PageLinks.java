package gov.maservice.catalog.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * Links between citizen pages. A reader in large-text mode ({@code ?large=1}) stays in it
 * from page to page; the mode lives in the address rather than a cookie, so every variant
 * of a page has its own URL and shared caches never mix them up.
 *
 * Public because templates call it.
 *
 * @param large whether links keep the large-text mode
 */
public record PageLinks(boolean large) {

	public String home() {
		return this.large ? "/?large=1" : "/";
	}

	public String guide(String code) {
		return withMode("/g/" + segment(code));
	}

	public String department(String code) {
		return withMode("/d/" + segment(code));
	}

	public String locality(String code) {
		return withMode("/l/" + segment(code));
	}

	/** The results page; {@code null} arguments are left out. */
	public String search(String q, String department, String locality, Integer page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
		if (q != null && !q.isBlank()) {
			uri.queryParam("q", q);
		}
		if (department != null) {
			uri.queryParam("department", department);
		}
		if (locality != null) {
			uri.queryParam("locality", locality);
		}
		if (page != null && page > 0) {
			uri.queryParam("page", page);
		}
		if (this.large) {
			uri.queryParam("large", 1);
		}
		return uri.encode(StandardCharsets.UTF_8).build().toUriString();
	}

	private String withMode(String path) {
		return this.large ? path + "?large=1" : path;
	}

	private static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

}
