package gov.maservice.qr.config;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Images, posters and short links are public (they are printed on walls);
 * writes, exports and scan statistics need a gateway-issued JWT with role {@code PUBLISHER} or
 * {@code ADMIN}. The token is verified with the gateway's public key (see
 * {@code spring.security.oauth2.resourceserver.jwt.*}), so a request that bypasses the gateway
 * gains nothing. Failures answer as RFC 9457 problem details like every other error.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Issuer of every token this service accepts (the gateway, see ARCHITECTURE.md). */
	static final String ISSUER = "maservice-gateway";

	/**
	 * Verifies tokens with the gateway's public key and checks issuer and expiry. Declared here
	 * because Boot's issuer support would try to discover the issuer over HTTP.
	 */
	@Bean
	JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) throws IOException {
		Resource location = properties.getJwt().getPublicKeyLocation();
		if (location == null || !location.exists()) {
			throw new IllegalStateException("The JWT public key is missing at " + location
					+ ": set JWT_PUBLIC_KEY_LOCATION (spring.security.oauth2.resourceserver.jwt.public-key-location)");
		}
		RSAPublicKey key;
		try (InputStream in = location.getInputStream()) {
			key = RsaKeyConverters.x509().convert(in);
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
		return decoder;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper jsonMapper) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/q/**", "/api/v1/qr/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/q/**", "/api/v1/qr/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/posters/departments/**", "/api/v1/posters/localities/**")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
				.requestMatchers("/api/v1/links/**", "/api/v1/links", "/api/v1/posters/exports/**",
						"/api/v1/posters/exports", "/api/v1/scans/**")
				.hasAnyRole("PUBLISHER", "ADMIN")
				.anyRequest()
				.hasRole("ADMIN"))
			.oauth2ResourceServer((oauth2) -> oauth2.jwt(Customizer.withDefaults())
				.authenticationEntryPoint((request, response, ex) -> writeProblem(jsonMapper, request, response,
						HttpStatus.UNAUTHORIZED, "A valid bearer token is required.")))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> writeProblem(jsonMapper, request, response,
						HttpStatus.UNAUTHORIZED, "A valid bearer token is required."))
				.accessDeniedHandler((request, response, ex) -> writeProblem(jsonMapper, request, response,
						HttpStatus.FORBIDDEN, "The token lacks the role PUBLISHER or ADMIN.")));
		return http.build();
	}

	private static void writeProblem(JsonMapper jsonMapper, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		jsonMapper.writeValue(response.getOutputStream(), problem);
	}

}
