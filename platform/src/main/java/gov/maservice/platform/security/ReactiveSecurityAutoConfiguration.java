package gov.maservice.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

import gov.maservice.platform.health.ManagementPaths;
import gov.maservice.platform.problem.ReactiveProblemAutoConfiguration;
import gov.maservice.platform.problem.ReactiveProblemWriter;

/**
 * The resource-server setup of every WebFlux service: the gateway's tokens verified by
 * {@link GatewayTokens} (signature, issuer, expiry), one role mapping, one 401/403
 * writer. A service only declares {@link ReactiveAuthorizationRules}; a service with
 * callers of its own kind (LED boards) adds its chain with a lower {@code @Order} and
 * uses the same handlers.
 */
@AutoConfiguration(after = ReactiveProblemAutoConfiguration.class,
		before = ReactiveOAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass({ ServerHttpSecurity.class, ReactiveJwtDecoder.class })
public class ReactiveSecurityAutoConfiguration {

	/** After any chain a service declares for its own kind of caller. */
	public static final int CHAIN_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	@Bean
	@ConditionalOnMissingBean
	ReactiveProblemSecurityHandlers reactiveProblemSecurityHandlers(ReactiveProblemWriter writer) {
		return new ReactiveProblemSecurityHandlers(writer);
	}

	/** The public key every service verifies the gateway's tokens with. */
	@Bean
	@ConditionalOnMissingBean
	ReactiveJwtDecoder reactiveJwtDecoder(
			@Value("${spring.security.oauth2.resourceserver.jwt.public-key-location:#{null}}") Resource publicKey) {
		return GatewayTokens.reactiveDecoder(publicKey);
	}

	@Bean
	@Order(CHAIN_ORDER)
	@ConditionalOnBean(ReactiveAuthorizationRules.class)
	SecurityWebFilterChain platformSecurityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			ReactiveProblemSecurityHandlers handlers, ObjectProvider<ReactiveAuthorizationRules> rules) {
		var entryPoint = handlers.entryPoint("A valid bearer token is required");
		var denied = handlers.accessDenied("The token lacks the role this operation needs");
		return stateless(http).authorizeExchange((exchanges) -> {
			managementRules(exchanges);
			rules.orderedStream().forEach((rule) -> rule.configure(exchanges));
		})
			.oauth2ResourceServer((oauth) -> oauth.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(denied)
				.jwt((jwt) -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(roleMapping())))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
			.build();
	}

	/**
	 * Probes are public and show only the status; every other actuator path is for
	 * admins. Every chain that serves the actuator applies these first.
	 */
	public static void managementRules(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, ManagementPaths.PUBLIC)
			.permitAll()
			.pathMatchers(ManagementPaths.ALL)
			.hasRole(ManagementPaths.REQUIRED_ROLE);
	}

	/**
	 * {@code roles} claim to {@code ROLE_*} authorities
	 * ({@link GatewayTokens#authenticationConverter()}).
	 */
	public static ReactiveJwtAuthenticationConverterAdapter roleMapping() {
		return new ReactiveJwtAuthenticationConverterAdapter(GatewayTokens.authenticationConverter());
	}

	/**
	 * No session, no CSRF (tokens only), no login form or basic auth: the platform's
	 * baseline.
	 */
	public static ServerHttpSecurity stateless(ServerHttpSecurity http) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
	}

}
