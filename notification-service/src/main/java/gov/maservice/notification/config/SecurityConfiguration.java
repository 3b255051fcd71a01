package gov.maservice.notification.config;

import gov.maservice.notification.board.BoardCredentialAuthentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import gov.maservice.platform.security.ReactiveAuthorizationRules;
import gov.maservice.platform.security.ReactiveProblemSecurityHandlers;
import gov.maservice.platform.security.ReactiveSecurityAutoConfiguration;
import gov.maservice.platform.security.Roles;

/**
 * Two kinds of callers: people with a gateway-issued JWT (roles {@code ADMIN},
 * {@code PUBLISHER}) and LED boards with their own credential, which reaches only that
 * board's stream, polling, heartbeat and acknowledgements. Reads of notices and the CAP
 * feed are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	static final String BOARD_ID = "boardId";

	private static final String[] BOARD_PATHS = { "/api/v1/boards/{boardId}/stream", "/api/v1/boards/{boardId}/notices",
			"/api/v1/boards/{boardId}/heartbeat", "/api/v1/boards/{boardId}/acks" };

	@Bean
	@Order(1)
	SecurityWebFilterChain boardChain(ServerHttpSecurity http, BoardCredentialAuthentication boards,
			ReactiveProblemSecurityHandlers problems) {
		var entryPoint = problems.entryPoint("A valid board credential is required");
		var authentication = new AuthenticationWebFilter(boards.authenticationManager());
		authentication.setServerAuthenticationConverter(boards.converter());
		authentication.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(entryPoint));
		authentication.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
		return ReactiveSecurityAutoConfiguration.stateless(http)
			.securityMatcher(ServerWebExchangeMatchers.pathMatchers(BOARD_PATHS))
			.addFilterAt(authentication, SecurityWebFiltersOrder.AUTHENTICATION)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/api/v1/boards/{boardId}/**")
				.access((auth, context) -> boards.isSameBoard(auth, context.getVariables().get(BOARD_ID))))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(problems.accessDenied("This credential belongs to another board")))
			.build();
	}

	/**
	 * People with a gateway token; the platform's chain (token checks, role mapping,
	 * problem details) applies these rules after the board chain.
	 */
	@Bean
	ReactiveAuthorizationRules apiRules() {
		return (exchanges) -> exchanges.pathMatchers(HttpMethod.GET, "/api/v1/notices/*/receipts")
			.hasAnyRole(Roles.ADMIN, Roles.PUBLISHER)
			.pathMatchers(HttpMethod.GET, "/api/v1/notices", "/api/v1/notices/*", "/api/v1/cap/**")
			.permitAll()
			.pathMatchers("/api/v1/notices/**", "/api/v1/boards/**")
			.hasAnyRole(Roles.ADMIN, Roles.PUBLISHER)
			.pathMatchers("/api/**")
			.authenticated()
			.anyExchange()
			.permitAll();
	}

}
