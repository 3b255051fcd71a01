package gov.maservice.gateway.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.function.Function;

import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The gateway's RSA key pair, loaded once at start. A missing or mismatched file stops
 * the start with a message that says which variable to fix, instead of failing on the
 * first login.
 */
record JwtKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey) {

	static JwtKeys load(AuthProperties properties) {
		RSAPrivateKey privateKey = read(properties.privateKeyLocation(), "JWT_PRIVATE_KEY_LOCATION",
				"PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)", in -> RsaKeyConverters.pkcs8().convert(in));
		RSAPublicKey publicKey = read(properties.publicKeyLocation(), "JWT_PUBLIC_KEY_LOCATION",
				"X.509 PEM (-----BEGIN PUBLIC KEY-----)", in -> RsaKeyConverters.x509().convert(in));
		JwtKeys keys = new JwtKeys(privateKey, publicKey);
		keys.checkPair();
		return keys;
	}

	private static <K> K read(Resource resource, String variable, String format, Function<InputStream, K> converter) {
		if (!resource.exists()) {
			throw new IllegalStateException("JWT key not found at " + resource.getDescription() + ": set " + variable
					+ " to a readable " + format + " file (e.g. file:/path/key.pem). Create a pair with: "
					+ "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out jwt-private.pem && "
					+ "openssl rsa -in jwt-private.pem -pubout -out jwt-public.pem");
		}
		try (InputStream in = resource.getInputStream()) {
			return converter.apply(in);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read the JWT key at " + resource.getDescription() + " (" + variable
					+ "): expected " + format, ex);
		}
	}

	private void checkPair() {
		try {
			byte[] probe = "maservice-gateway key pair check".getBytes(StandardCharsets.UTF_8);
			Signature signer = Signature.getInstance("SHA256withRSA");
			signer.initSign(this.privateKey);
			signer.update(probe);
			byte[] signature = signer.sign();
			Signature verifier = Signature.getInstance("SHA256withRSA");
			verifier.initVerify(this.publicKey);
			verifier.update(probe);
			if (!verifier.verify(signature)) {
				throw new IllegalStateException("JWT_PRIVATE_KEY_LOCATION and JWT_PUBLIC_KEY_LOCATION do not form a "
						+ "key pair: tokens the gateway signs would be refused by every service");
			}
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the JWT key pair", ex);
		}
	}

}
