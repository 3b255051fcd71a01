package gov.maservice.qr.link;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;
import gov.maservice.qr.config.QrProperties;

/**
 * Decides which targets a custom short link may have: a path on the district's own site
 * ({@code /g/...}, resolved against the public base URL when scanned), or an absolute
 * http(s) URL whose host is the site's own or on {@code qr.links.allowed-hosts}.
 * Everything else is refused with a 400 problem naming the field.
 */
@Component
class LinkTargetPolicy {

	private final Set<String> exactHosts = new LinkedHashSet<>();

	private final Set<String> domainSuffixes = new LinkedHashSet<>();

	LinkTargetPolicy(LinkProperties links, QrProperties qr) {
		this.exactHosts.add(normalizedHost(URI.create(qr.publicBaseUrl()).getHost()));
		for (String entry : links.allowedHosts()) {
			String host = entry.strip().toLowerCase(Locale.ROOT);
			if (host.startsWith("*.")) {
				this.domainSuffixes.add(normalizedHost(host.substring(1)));
			}
			else {
				this.exactHosts.add(normalizedHost(host));
			}
		}
	}

	/**
	 * Checks a target as an admin sent it.
	 * @param field the field name to report
	 * @param target the target
	 * @return the target to store: a path on the own site, or the absolute URL
	 * @throws org.springframework.web.ErrorResponseException 400 when the target is not
	 * allowed
	 */
	String checked(String field, String target) {
		String trimmed = target.strip();
		if (trimmed.startsWith("/")) {
			return checkedPath(field, trimmed);
		}
		URI uri = parse(trimmed);
		String scheme = (uri != null && uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()
				|| uri.getRawUserInfo() != null) {
			throw invalid(field, "must be an absolute http or https URL on an allowed host, or a path on this site "
					+ "starting with /");
		}
		if (!allows(uri.getHost())) {
			throw invalid(field, "host " + normalizedHost(uri.getHost()) + " is not on the allow-list: allowed are "
					+ describeAllowed() + " (qr.links.allowed-hosts)");
		}
		return trimmed;
	}

	/**
	 * Whether a stored target would still be accepted (stored links keep resolving either
	 * way).
	 */
	boolean allowsStored(String target) {
		if (target == null) {
			return false;
		}
		if (target.startsWith("/")) {
			return isSafePath(target);
		}
		URI uri = parse(target);
		return uri != null && uri.getHost() != null && allows(uri.getHost());
	}

	private String checkedPath(String field, String path) {
		if (!isSafePath(path)) {
			throw invalid(field, "a path on this site must start with a single / and contain no backslash, "
					+ "spaces or control characters");
		}
		return path;
	}

	/**
	 * A path that stays on the own site once appended to the base URL: not {@code //host}
	 * or {@code /\host} (browsers read both as another host), no whitespace or control
	 * characters.
	 */
	private static boolean isSafePath(String path) {
		if (!path.startsWith("/") || path.startsWith("//") || path.indexOf('\\') >= 0
				|| path.codePoints().anyMatch((c) -> Character.isWhitespace(c) || Character.isISOControl(c))) {
			return false;
		}
		URI uri = parse(path);
		return uri != null && uri.getScheme() == null && uri.getRawAuthority() == null;
	}

	private boolean allows(String rawHost) {
		String host = normalizedHost(rawHost);
		if (this.exactHosts.contains(host)) {
			return true;
		}
		return this.domainSuffixes.stream()
			.anyMatch((suffix) -> host.endsWith(suffix) && host.length() > suffix.length());
	}

	private String describeAllowed() {
		List<String> all = new ArrayList<>(this.exactHosts);
		this.domainSuffixes.forEach((suffix) -> all.add("*" + suffix));
		return String.join(", ", all);
	}

	private static String normalizedHost(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
	}

	private static URI parse(String value) {
		try {
			return new URI(value);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static RuntimeException invalid(String field, String message) {
		return Problems.invalid("The link target is not allowed.", List.of(new FieldMessage(field, message)));
	}

}
