package gov.maservice.qr.config;

import gov.maservice.platform.security.AuthorizationRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static gov.maservice.platform.security.Roles.ADMIN;
import static gov.maservice.platform.security.Roles.PUBLISHER;

/**
 * Who may call what. Images, posters and short links are public (they are printed on
 * walls); writes, exports and scan statistics need a gateway token with role
 * {@code PUBLISHER} or {@code ADMIN}; anything else is for admins. Token verification and
 * the 401/403 problem details are the platform's.
 */
@Component
class QrAuthorizationRules implements AuthorizationRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/q/**", "/api/v1/qr/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/q/**", "/api/v1/qr/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/posters/departments/**", "/api/v1/posters/localities/**")
			.permitAll()
			.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/api/v1/links/**", "/api/v1/links", "/api/v1/posters/exports/**",
					"/api/v1/posters/exports", "/api/v1/scans/**")
			.hasAnyRole(PUBLISHER, ADMIN)
			.anyRequest()
			.hasRole(ADMIN);
	}

}
