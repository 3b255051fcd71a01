package gov.maservice.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * What a servlet service contributes to its security: who may call which path. Everything
 * else (token verification, role mapping, 401/403 problem details, stateless sessions, no
 * CSRF for a token-only API) is the platform's. Beans are applied in {@code @Order}; the
 * service's own rules, unordered, come last and should end with {@code anyRequest()}.
 * Without any rule bean every request needs a valid token.
 */
@FunctionalInterface
public interface AuthorizationRules {

	/** Adds request matchers and their access rules. */
	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
