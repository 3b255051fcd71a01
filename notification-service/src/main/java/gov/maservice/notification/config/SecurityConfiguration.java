package gov.maservice.notification.config;

import tools.jackson.databind.json.JsonMapper;

import gov.maservice.notification.board.BoardCredentialAuthentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Two kinds of callers: people with a gateway-issued JWT (roles {@code ADMIN}, {@code PUBLISHER})
 * and LED boards with their own credential, which reaches only that board's stream, polling,
 * heartbeat and acknowledgements. Reads of notices and the CAP feed are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	static final String BOARD_ID = "boardId";

	private static final String[] BOARD_PATHS = { "/api/v1/boards/{boardId}/stream",
			"/api/v1/boards/{boardId}/notices", "/api/v1/boards/{boardId}/heartbeat",
			"/api/v1/boards/{boardId}/acks" };

	@Bean
	@Order(1)
	SecurityWebFilterChain boardChain(ServerHttpSecurity http, BoardCredentialAuthentication boards,
			JsonMapper json) {
		var entryPoint = entryPoint(json, "A valid board credential is required");
		var authentication = new AuthenticationWebFilter(boards.authenticationManager());
		authentication.setServerAuthenticationConverter(boards.converter());
		authentication.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(entryPoint));
		authentication.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
		return stateless(http).securityMatcher(ServerWebExchangeMatchers.pathMatchers(BOARD_PATHS))
			.addFilterAt(authentication, SecurityWebFiltersOrder.AUTHENTICATION)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/api/v1/boards/{boardId}/**")
				.access((auth, context) -> boards.isSameBoard(auth, context.getVariables().get(BOARD_ID))))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(deniedHandler(json, "This credential belongs to another board")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityWebFilterChain apiChain(ServerHttpSecurity http, JsonMapper json) {
		var entryPoint = entryPoint(json, "A valid bearer token is required");
		var denied = deniedHandler(json, "The token lacks the role this operation needs");
		return stateless(http)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(HttpMethod.GET, "/api/v1/notices/*/receipts")
				.hasAnyRole("ADMIN", "PUBLISHER")
				.pathMatchers(HttpMethod.GET, "/api/v1/notices", "/api/v1/notices/*", "/api/v1/cap/**")
				.permitAll()
				.pathMatchers("/api/v1/notices/**", "/api/v1/boards/**")
				.hasAnyRole("ADMIN", "PUBLISHER")
				.pathMatchers("/api/**")
				.authenticated()
				.anyExchange()
				.permitAll())
			.oauth2ResourceServer((oauth) -> oauth.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(denied)
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(rolesConverter())))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
			.build();
	}

	private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
	}

	/** Maps the gateway's {@code roles} claim to {@code ROLE_*} authorities. */
	private static ReactiveJwtAuthenticationConverterAdapter rolesConverter() {
		var authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("roles");
		authorities.setAuthorityPrefix("ROLE_");
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return new ReactiveJwtAuthenticationConverterAdapter(converter);
	}

	private static ServerAuthenticationEntryPoint entryPoint(JsonMapper json, String detail) {
		return (exchange, ex) -> Problems.write(exchange, json, HttpStatus.UNAUTHORIZED, detail);
	}

	private static ServerAccessDeniedHandler deniedHandler(JsonMapper json, String detail) {
		return (exchange, ex) -> Problems.write(exchange, json, HttpStatus.FORBIDDEN, detail);
	}

}
