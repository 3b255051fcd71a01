package gov.maservice.gateway.auth;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Paths that belong to one LED board ({@code /api/v1/boards/{boardId}/stream}, heartbeat,
 * acknowledgements...). Boards authenticate with their own credential, which only
 * notification-service can check; the gateway must not mistake it for a bad JWT.
 */
final class BoardPaths {

	/** Any path below one board. */
	static final ServerWebExchangeMatcher MATCHER = ServerWebExchangeMatchers.matchers(
			new PathPatternParserServerWebExchangeMatcher("/api/v1/boards/{boardId}/{action}"),
			new PathPatternParserServerWebExchangeMatcher("/api/v1/boards/{boardId}/{action}/**"));

	private BoardPaths() {
	}

	static boolean isBoardScoped(String path) {
		if (!path.startsWith("/api/v1/boards/")) {
			return false;
		}
		String rest = path.substring("/api/v1/boards/".length());
		int slash = rest.indexOf('/');
		return slash > 0 && slash < rest.length() - 1;
	}

	static boolean carriesCredential(ServerHttpRequest request) {
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return (authorization != null && !authorization.isBlank())
				|| request.getQueryParams().getFirst("access_token") != null;
	}

	/** A JWT has three dot-separated parts; a board credential does not. */
	static boolean looksLikeJwt(String token) {
		int first = token.indexOf('.');
		return first > 0 && token.indexOf('.', first + 1) > first + 1;
	}

}
