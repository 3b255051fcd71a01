package gov.maservice.gateway.auth;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads {@code Authorization: Bearer} like Spring Security does, except on board-scoped
 * paths, where a token that is not a JWT is a board credential and is left for
 * notification-service.
 */
class GatewayBearerTokenConverter extends ServerBearerTokenAuthenticationConverter {

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		Mono<Authentication> bearer = super.convert(exchange);
		if (!BoardPaths.isBoardScoped(exchange.getRequest().getPath().value())) {
			return bearer;
		}
		return bearer.onErrorResume(ex -> Mono.empty())
			.filter(auth -> auth instanceof BearerTokenAuthenticationToken token
					&& BoardPaths.looksLikeJwt(token.getToken()));
	}

}
