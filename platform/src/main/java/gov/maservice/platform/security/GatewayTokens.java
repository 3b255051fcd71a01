package gov.maservice.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;

import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * How every service verifies the tokens only the gateway mints: RS256 with the gateway's
 * public key, issuer {@value #ISSUER}, not expired (default clock skew), {@code roles}
 * claim mapped to {@code ROLE_*} authorities. One definition, so no service can accept
 * what another refuses.
 */
public final class GatewayTokens {

	/** Issuer of every token the gateway mints. */
	public static final String ISSUER = "maservice-gateway";

	private GatewayTokens() {
	}

	/** Signature, issuer and expiry checks for blocking (MVC) services. */
	public static NimbusJwtDecoder decoder(Resource publicKey) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(publicKey)).build();
		decoder.setJwtValidator(validator());
		return decoder;
	}

	/** The same checks for reactive (WebFlux) services. */
	public static NimbusReactiveJwtDecoder reactiveDecoder(Resource publicKey) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(publicKey(publicKey)).build();
		decoder.setJwtValidator(validator());
		return decoder;
	}

	/** Issuer and timestamps (expiry, not-before). */
	public static OAuth2TokenValidator<Jwt> validator() {
		return JwtValidators.createDefaultWithIssuer(ISSUER);
	}

	/**
	 * {@code roles} claim to {@code ROLE_*} authorities, the only role mapping there is.
	 */
	public static JwtAuthenticationConverter authenticationConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(Roles.CLAIM);
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

	/** Reads an X.509 (SubjectPublicKeyInfo) PEM public key. */
	public static RSAPublicKey publicKey(Resource location) {
		if (location == null) {
			throw new IllegalStateException(
					"spring.security.oauth2.resourceserver.jwt.public-key-location (JWT_PUBLIC_KEY_LOCATION) must be set");
		}
		try (InputStream input = location.getInputStream()) {
			return RsaKeyConverters.x509().convert(input);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the token public key from " + location, ex);
		}
	}

}
