package gov.maservice.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

/** Mints gateway-style RS256 tokens with the test private key, for integration tests. */
public final class Tokens {

	private static final RSAPrivateKey KEY = loadKey();

	private Tokens() {
	}

	/** A bearer token for {@code subject} with the roles and departments given. */
	public static String token(String subject, List<String> roles, List<String> departments) {
		return sign(new JWTClaimsSet.Builder().issuer("maservice-gateway")
			.subject(subject)
			.claim("roles", roles)
			.claim("departments", departments)
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.build());
	}

	/** An admin token. */
	public static String admin() {
		return token("admin", List.of("ADMIN"), List.of());
	}

	/** A publisher token. */
	public static String publisher() {
		return token("publisher", List.of("PUBLISHER"), List.of());
	}

	/** An editor token limited to some departments (empty = all). */
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
		try (InputStream input = Tokens.class.getResourceAsStream("/jwt/jwt-private.pem")) {
			String pem = new String(input.readAllBytes(), StandardCharsets.US_ASCII)
				.replaceAll("-----[A-Z ]+-----", "")
				.replaceAll("\\s", "");
			return (RSAPrivateKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
