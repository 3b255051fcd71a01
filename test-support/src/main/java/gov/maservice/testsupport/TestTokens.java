package gov.maservice.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints tokens shaped like the gateway's (RS256, issuer {@code maservice-gateway},
 * {@code roles} and {@code departments} claims) with the test private key in
 * {@code jwt/jwt-private.pem}, so that each service's tests exercise its real
 * resource-server configuration. The matching public key is
 * {@code classpath:jwt/jwt-public.pem}. Test use only.
 */
public final class TestTokens {

	/** The issuer every service accepts. */
	public static final String ISSUER = "maservice-gateway";

	private static final RSAPrivateKey KEY = loadKey();

	private TestTokens() {
	}

	/** A token for {@code subject} with the roles and departments given. */
	public static String token(String subject, List<String> roles, List<String> departments) {
		return sign(new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(subject)
			.claim("roles", roles)
			.claim("departments", departments)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.build());
	}

	/** A token from another issuer (or the right one), for tests of issuer checks. */
	public static String token(String issuer, String subject, List<String> roles) {
		return sign(new JWTClaimsSet.Builder().issuer(issuer)
			.subject(subject)
			.claim("roles", roles)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.build());
	}

	/** An {@code Authorization} header value for {@code subject} with the roles given. */
	public static String bearer(String subject, String... roles) {
		return "Bearer " + token(subject, List.of(roles), List.of());
	}

	/** An admin token. */
	public static String admin() {
		return token("admin", List.of("ADMIN"), List.of());
	}

	/** A publisher token. */
	public static String publisher() {
		return token("publisher", List.of("PUBLISHER"), List.of());
	}

	/** An editor token limited to some departments (none given = all). */
	public static String editor(String... departments) {
		return token("editor", List.of("EDITOR"), List.of(departments));
	}

	/** A token with a claim set of the caller's choosing (expired, wrong issuer...). */
	public static String sign(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner(KEY));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAPrivateKey loadKey() {
		try (InputStream input = TestTokens.class.getResourceAsStream("/jwt/jwt-private.pem")) {
			String pem = new String(input.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
				.replaceAll("\\s", "");
			return (RSAPrivateKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
