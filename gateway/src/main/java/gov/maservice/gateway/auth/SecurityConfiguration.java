package gov.maservice.gateway.auth;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import gov.maservice.gateway.config.ProblemResponses;

/**
 * Who may pass the gateway. The gateway checks early and cheaply; every service checks again on
 * its own, so nothing depends on the gateway alone:
 * <ul>
 * <li>its own user and API-key endpoints need an ADMIN token;</li>
 * <li>any write (POST, PUT, PATCH, DELETE) to a service needs a valid token (roles are the
 * services' business);</li>
 * <li>board-scoped paths ({@code /api/v1/boards/{id}/...}) need a credential of some kind, but a
 * board credential is not a JWT, so it is passed on for notification-service to check;</li>
 * <li>reads are open, yet a request that does carry a bad token is refused.</li>
 * </ul>
 * Errors are problem details. No session, no cookie, so no CSRF token is needed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
			ProblemResponses problems, HttpSecurityProperties properties) {
		ServerAuthenticationEntryPoint entryPoint = (exchange, ex) -> problems.write(exchange, HttpStatus.UNAUTHORIZED,
				unauthorizedDetail(ex), Map.of("WWW-Authenticate", "Bearer"));
		ServerAccessDeniedHandler accessDenied = (exchange, ex) -> problems.write(exchange, HttpStatus.FORBIDDEN,
				"Your token does not carry a role that may do this.");
		http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.cors(cors -> cors.configurationSource(corsConfigurationSource(properties)))
			.headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable)
				.frameOptions(frame -> frame.mode(Mode.SAMEORIGIN))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.hsts(hsts -> {
					if (properties.hsts().enabled()) {
						hsts.maxAge(properties.hsts().maxAge()).includeSubdomains(properties.hsts().includeSubdomains());
					}
					else {
						hsts.disable();
					}
				}))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenConverter(new GatewayBearerTokenConverter())
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied)
				.jwt(jwt -> jwt.jwtDecoder(jwtDecoder).jwtAuthenticationConverter(jwtAuthenticationConverter())))
			.authorizeExchange(exchanges -> exchanges.pathMatchers("/fallback/**")
				.denyAll()
				.pathMatchers("/api/v1/users/**", "/api/v1/api-keys/**")
				.hasRole(Role.ADMIN.name())
				.pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.pathMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.pathMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.matchers(BoardPaths.MATCHER)
				.access(credentialPresentOrAuthenticated())
				.pathMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.pathMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.pathMatchers(HttpMethod.OPTIONS, "/**")
				.permitAll()
				.anyExchange()
				.authenticated());
		return http.build();
	}

	private static String unauthorizedDetail(AuthenticationException ex) {
		if (ex instanceof InvalidBearerTokenException) {
			return "The access token is invalid or has expired: get a new one from POST /api/v1/auth/token.";
		}
		return "This request needs a valid access token: send 'Authorization: Bearer <token>' "
				+ "obtained from POST /api/v1/auth/token.";
	}

	/**
	 * Board-scoped paths: let a request through when it carries any credential (notification-service
	 * decides whether it is the right board's), or a JWT the gateway has already verified.
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

	private static ReactiveJwtAuthenticationConverterAdapter jwtAuthenticationConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("roles");
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return new ReactiveJwtAuthenticationConverterAdapter(converter);
	}

	private static CorsConfigurationSource corsConfigurationSource(HttpSecurityProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (properties.corsAllowedOrigins().isEmpty()) {
			return source;
		}
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(properties.corsAllowedOrigins());
		cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-API-Key", "X-Request-Id", "Last-Event-ID", "If-Match"));
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

	@Bean
	ReactiveJwtDecoder jwtDecoder(JwtKeys keys, AuthProperties properties) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(keys.publicKey())
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
		return decoder;
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
