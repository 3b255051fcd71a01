package gov.maservice.gateway.ratelimit;

import java.util.List;
import java.util.Optional;

import gov.maservice.gateway.apikey.ApiKeyScope;

/** Which limit a request falls under, decided by its path. */
enum TrafficClass {

	/** Citizen pages and their assets: a generous per-address bucket. */
	PAGE,

	/** The JSON API: a key's own limit, or a modest per-address bucket without a key. */
	API,

	/**
	 * One LED board's paths ({@code /api/v1/boards/{id}/stream}, notices, heartbeat,
	 * acks...) and the board page: per board and per address.
	 */
	BOARD,

	/** Not limited here: health, docs. */
	UNLIMITED;

	private static final List<String> UNLIMITED_PREFIXES = List.of("/actuator/", "/v3/api-docs", "/swagger-ui",
			"/webjars/", "/fallback/");

	private static final List<String> CATALOG = List.of("items", "departments", "localities", "search", "forms",
			"exports", "imports");

	private static final List<String> QR = List.of("qr", "posters", "links", "scans");

	private static final List<String> NOTICES = List.of("notices", "cap", "boards");

	static TrafficClass of(String path) {
		if (path.equals("/swagger-ui.html") || UNLIMITED_PREFIXES.stream().anyMatch(path::startsWith)) {
			return UNLIMITED;
		}
		if (boardId(path) != null || path.equals("/board") || path.startsWith("/board/")) {
			return BOARD;
		}
		if (path.startsWith("/api/")) {
			return API;
		}
		return PAGE;
	}

	/**
	 * The scope a key needs to read this API path, if any (the gateway's own endpoints
	 * need none).
	 */
	static Optional<ApiKeyScope> requiredScope(String path) {
		if (!path.startsWith("/api/v1/")) {
			return Optional.empty();
		}
		String rest = path.substring("/api/v1/".length());
		int slash = rest.indexOf('/');
		String resource = (slash < 0) ? rest : rest.substring(0, slash);
		if (CATALOG.contains(resource)) {
			return Optional.of(ApiKeyScope.CATALOG_READ);
		}
		if (QR.contains(resource)) {
			return Optional.of(ApiKeyScope.QR_READ);
		}
		if (NOTICES.contains(resource)) {
			return Optional.of(ApiKeyScope.NOTICES_READ);
		}
		if (resource.equals("webhooks")) {
			return Optional.of(ApiKeyScope.WEBHOOKS);
		}
		return Optional.empty();
	}

	/**
	 * The board id of a board-scoped path ({@code /api/v1/boards/{id}/...}), else
	 * {@code null}.
	 */
	static String boardId(String path) {
		if (!path.startsWith("/api/v1/boards/")) {
			return null;
		}
		String rest = path.substring("/api/v1/boards/".length());
		int slash = rest.indexOf('/');
		return (slash > 0 && slash < rest.length() - 1) ? rest.substring(0, slash) : null;
	}

}
