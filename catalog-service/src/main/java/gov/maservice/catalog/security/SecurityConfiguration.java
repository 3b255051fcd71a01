package gov.maservice.catalog.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

import static gov.maservice.catalog.security.Roles.ADMIN;
import static gov.maservice.catalog.security.Roles.EDITOR;
import static gov.maservice.catalog.security.Roles.PUBLISHER;

/**
 * The catalog is an OAuth2 resource server: reads are public, writes need a gateway-signed JWT
 * (verified with the gateway's public key, issuer {@code maservice-gateway}) whose {@code roles}
 * allow them. Missing or invalid tokens answer 401, missing roles 403, both as problem details.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Issuer of every token the gateway mints. */
	static final String ISSUER = "maservice-gateway";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationHandlers handlers) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/api/v1/imports", "/api/v1/imports/**").hasAnyRole(ADMIN, PUBLISHER)
				.requestMatchers("/api/v1/exports/**").hasAnyRole(ADMIN, PUBLISHER, EDITOR)
				.requestMatchers(HttpMethod.GET, "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/items").hasAnyRole(EDITOR, PUBLISHER, ADMIN)
				.requestMatchers(HttpMethod.PUT, "/api/v1/items/*/draft").hasAnyRole(EDITOR, PUBLISHER, ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/v1/items/*/publish", "/api/v1/items/*/withdraw")
				.hasAnyRole(PUBLISHER, ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/v1/items/*/forms").hasAnyRole(EDITOR, PUBLISHER, ADMIN)
				.requestMatchers(HttpMethod.DELETE, "/api/v1/forms/*").hasRole(ADMIN)
				.requestMatchers(HttpMethod.PUT, "/api/v1/departments/*", "/api/v1/localities/*").hasRole(ADMIN)
				.requestMatchers("/error").permitAll()
				.anyRequest().authenticated())
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
		return http.build();
	}

	@Bean
	JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) throws IOException {
		Resource location = properties.getJwt().getPublicKeyLocation();
		if (location == null) {
			throw new IllegalStateException(
					"spring.security.oauth2.resourceserver.jwt.public-key-location (JWT_PUBLIC_KEY_LOCATION) must be set");
		}
		RSAPublicKey key;
		try (InputStream input = location.getInputStream()) {
			key = RsaKeyConverters.x509().convert(input);
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
		return decoder;
	}

	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(Roles.CLAIM);
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

}
