package gov.maservice.gateway.auth;

import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import gov.maservice.platform.security.GatewayTokens;
import gov.maservice.platform.security.ReactiveProblemSecurityHandlers;
import gov.maservice.platform.security.ReactiveSecurityAutoConfiguration;

/**
 * Who may pass the gateway. The gateway checks early and cheaply; every service checks
 * again on its own, so nothing depends on the gateway alone:
 * <ul>
 * <li>its own user and API-key endpoints need an ADMIN token;</li>
 * <li>any write (POST, PUT, PATCH, DELETE) to a service needs a valid token (roles are
 * the services' business);</li>
 * <li>board-scoped paths ({@code /api/v1/boards/{id}/...}) need a credential of some
 * kind, but a board credential is not a JWT, so it is passed on for notification-service
 * to check;</li>
 * <li>reads are open, yet a request that does carry a bad token is refused.</li>
 * </ul>
 * Errors are problem details. No session, no cookie, so no CSRF token is needed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
			ReactiveProblemSecurityHandlers problems, HttpSecurityProperties properties) {
		ServerAuthenticationEntryPoint entryPoint = problems
			.entryPoint("This request needs a valid access token: send 'Authorization: Bearer <token>' "
					+ "obtained from POST /api/v1/auth/token.");
		ServerAccessDeniedHandler accessDenied = problems
			.accessDenied("Your token does not carry a role that may do this.");
		ReactiveSecurityAutoConfiguration.stateless(http)
			.cors(cors -> cors.configurationSource(corsConfigurationSource(properties)))
			.headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable)
				.frameOptions(frame -> frame.mode(Mode.SAMEORIGIN))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.hsts(hsts -> {
					if (properties.hsts().enabled()) {
						hsts.maxAge(properties.hsts().maxAge())
							.includeSubdomains(properties.hsts().includeSubdomains());
					}
					else {
						hsts.disable();
					}
				}))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.oauth2ResourceServer(
					resourceServer -> resourceServer.bearerTokenConverter(new GatewayBearerTokenConverter())
						.authenticationEntryPoint(entryPoint)
						.accessDeniedHandler(accessDenied)
						.jwt(jwt -> jwt.jwtDecoder(jwtDecoder)
							.jwtAuthenticationConverter(ReactiveSecurityAutoConfiguration.roleMapping())))
			.authorizeExchange(exchanges -> {
				ReactiveSecurityAutoConfiguration.managementRules(exchanges);
				exchanges.pathMatchers("/fallback/**")
					.denyAll()
					.pathMatchers("/api/v1/users/**", "/api/v1/api-keys/**")
					.hasRole(Role.ADMIN.name())
					.pathMatchers(HttpMethod.POST, "/api/v1/auth/token")
					.permitAll()
					.matchers(BoardPaths.MATCHER)
					.access(credentialPresentOrAuthenticated())
					.pathMatchers("/api/v1/webhooks", "/api/v1/webhooks/**")
					.access(apiKeyPresentOrAuthenticated())
					.pathMatchers(HttpMethod.GET, "/**")
					.permitAll()
					.pathMatchers(HttpMethod.HEAD, "/**")
					.permitAll()
					.pathMatchers(HttpMethod.OPTIONS, "/**")
					.permitAll()
					.anyExchange()
					.authenticated();
			});
		return http.build();
	}

	/**
	 * Board-scoped paths: let a request through when it carries any credential
	 * (notification-service decides whether it is the right board's), or a JWT the
	 * gateway has already verified.
	 */
	private static ReactiveAuthorizationManager<AuthorizationContext> credentialPresentOrAuthenticated() {
		return (authentication, context) -> {
			if (BoardPaths.carriesCredential(context.getExchange().getRequest())) {
				return Mono.<AuthorizationResult>just(new AuthorizationDecision(true));
			}
			return authentication.<AuthorizationResult>map(auth -> new AuthorizationDecision(auth.isAuthenticated()))
				.defaultIfEmpty(new AuthorizationDecision(false));
		};
	}

	/**
	 * Webhook subscriptions: an admin token, or an API key (its scope and validity are
	 * checked by the rate-limit filter, which passes the key on as a gateway token).
	 */
	private static ReactiveAuthorizationManager<AuthorizationContext> apiKeyPresentOrAuthenticated() {
		return (authentication, context) -> {
			if (context.getExchange().getRequest().getHeaders().containsHeader("X-API-Key")) {
				return Mono.<AuthorizationResult>just(new AuthorizationDecision(true));
			}
			return authentication.<AuthorizationResult>map(auth -> new AuthorizationDecision(auth.isAuthenticated()))
				.defaultIfEmpty(new AuthorizationDecision(false));
		};
	}

	private static CorsConfigurationSource corsConfigurationSource(HttpSecurityProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (properties.corsAllowedOrigins().isEmpty()) {
			return source;
		}
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(properties.corsAllowedOrigins());
		cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(
				List.of("Authorization", "Content-Type", "X-API-Key", "X-Request-Id", "Last-Event-ID", "If-Match"));
		cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location", "ETag", "X-RateLimit-Remaining"));
		cors.setMaxAge(3600L);
		source.registerCorsConfiguration("/api/**", cors);
		source.registerCorsConfiguration("/board/**", cors);
		source.registerCorsConfiguration("/v3/api-docs/**", cors);
		return source;
	}

	@Bean
	JwtKeys jwtKeys(AuthProperties properties) {
		return JwtKeys.load(properties);
	}

	@Bean
	JwtEncoder jwtEncoder(JwtKeys keys) {
		RSAKey key = new RSAKey.Builder(keys.publicKey()).privateKey(keys.privateKey()).build();
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
	}

	/**
	 * The same checks every service makes (signature, issuer, expiry):
	 * {@link GatewayTokens}. Depends on {@link JwtKeys} so a mismatched pair stops the
	 * start first.
	 */
	@Bean
	ReactiveJwtDecoder jwtDecoder(JwtKeys keys, AuthProperties properties) {
		return GatewayTokens.reactiveDecoder(properties.publicKeyLocation());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
