package gov.maservice.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks 1.0 signing: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}
 * keyed with the base64-decoded part of a {@code whsec_} secret; several signatures are
 * separated by spaces, which is how a rotation signs with the old and the new secret.
 */
final class WebhookSignatures {

	static final String SECRET_PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSignatures() {
	}

	/** A new secret: 32 random bytes (the spec asks for 24 to 64). */
	static String newSecret() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/** One {@code v1,...} signature. */
	static String sign(String secret, String webhookId, long timestamp, String body) {
		String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
			byte[] digest = mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** The {@code webhook-signature} header value: one signature per secret. */
	static String header(List<String> secrets, String webhookId, long timestamp, String body) {
		return secrets.stream()
			.map((secret) -> sign(secret, webhookId, timestamp, body))
			.collect(Collectors.joining(" "));
	}

}
