package gov.maservice.catalog.security;

import gov.maservice.platform.security.AuthorizationRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static gov.maservice.platform.security.Roles.ADMIN;
import static gov.maservice.platform.security.Roles.EDITOR;
import static gov.maservice.platform.security.Roles.PUBLISHER;

/**
 * Who may call what in the catalog: reads are public, writes need a gateway token whose
 * roles allow them. Token checks, 401/403 answers and the rest of the resource-server
 * setup are the platform's; editors' department limits are checked by the features
 * ({@link Actor#mayEdit}).
 */
@Component
class CatalogAuthorizationRules implements AuthorizationRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/api/v1/imports", "/api/v1/imports/**")
			.hasAnyRole(ADMIN, PUBLISHER)
			.requestMatchers("/api/v1/exports/**")
			.hasAnyRole(ADMIN, PUBLISHER, EDITOR)
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.OPTIONS, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/items")
			.hasAnyRole(EDITOR, PUBLISHER, ADMIN)
			.requestMatchers(HttpMethod.PUT, "/api/v1/items/*/draft")
			.hasAnyRole(EDITOR, PUBLISHER, ADMIN)
			.requestMatchers(HttpMethod.POST, "/api/v1/items/*/publish", "/api/v1/items/*/withdraw")
			.hasAnyRole(PUBLISHER, ADMIN)
			.requestMatchers(HttpMethod.POST, "/api/v1/items/*/forms")
			.hasAnyRole(EDITOR, PUBLISHER, ADMIN)
			.requestMatchers(HttpMethod.DELETE, "/api/v1/forms/*")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.PUT, "/api/v1/departments/*", "/api/v1/localities/*")
			.hasRole(ADMIN)
			.anyRequest()
			.authenticated();
	}

}
