package gov.maservice.platform.security;

import gov.maservice.platform.health.ManagementPaths;
import gov.maservice.platform.problem.ServletProblemAutoConfiguration;
import gov.maservice.platform.problem.ServletProblems;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Resource-server security for servlet services: tokens verified as {@link GatewayTokens}
 * says (gateway key from
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, issuer, expiry),
 * the one role mapping, stateless sessions, no CSRF (no cookies are ever trusted), and
 * every failure (401, 403, firewall rejection) a problem detail. Services contribute only
 * {@link AuthorizationRules}.
 */
@AutoConfiguration(after = ServletProblemAutoConfiguration.class, beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ HttpSecurity.class, JwtDecoder.class, OAuth2ResourceServerProperties.class })
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class ServletSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
		return GatewayTokens.decoder(properties.getJwt().getPublicKeyLocation());
	}

	@Bean
	@ConditionalOnMissingBean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		return GatewayTokens.authenticationConverter();
	}

	/**
	 * Also the firewall's {@code RequestRejectedHandler}: Spring Security picks up the
	 * unique bean.
	 */
	@Bean
	@ConditionalOnMissingBean
	ProblemSecurityHandlers problemSecurityHandlers(ServletProblems problems) {
		return new ProblemSecurityHandlers(problems);
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, ProblemSecurityHandlers handlers,
			JwtAuthenticationConverter authenticationConverter, ObjectProvider<AuthorizationRules> rules)
			throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> {
				// the error dispatch renders a problem for a request that already failed
				requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
				requests.requestMatchers("/error").permitAll();
				// probes are public and show only the status; every other actuator path
				// is for admins
				requests.requestMatchers(HttpMethod.GET, ManagementPaths.PUBLIC).permitAll();
				requests.requestMatchers(ManagementPaths.ALL).hasRole(ManagementPaths.REQUIRED_ROLE);
				boolean any = false;
				for (AuthorizationRules rule : rules.orderedStream().toList()) {
					rule.configure(requests);
					any = true;
				}
				if (!any) {
					requests.anyRequest().authenticated();
				}
			})
			.oauth2ResourceServer(
					(server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(authenticationConverter))
						.authenticationEntryPoint(handlers)
						.accessDeniedHandler(handlers))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
		return http.build();
	}

}
