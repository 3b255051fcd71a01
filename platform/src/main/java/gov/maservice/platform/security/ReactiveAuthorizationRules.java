package gov.maservice.platform.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * What a WebFlux service contributes to its security: who may call which path. Everything
 * else (token verification, role mapping, 401/403 problem details, no session, no CSRF
 * for a token-only API) is the platform's. Beans are applied in {@code @Order}; the last
 * should end with {@code anyExchange()}; an exchange no rule matches is refused.
 */
@FunctionalInterface
public interface ReactiveAuthorizationRules {

	/** Adds exchange matchers and their access rules. */
	void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);

}
