package gov.maservice.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's verifier written from the Standard Webhooks 1.0 specification alone (it
 * shares no code with the sender): the signed content is {@code id.timestamp.body}, the
 * key is the base64 after {@code whsec_}, the header holds space-separated
 * {@code v1,<base64>} entries of which one must match, compared in constant time, and the
 * timestamp must be within five minutes.
 */
final class StandardWebhooksVerifier {

	private final byte[] key;

	StandardWebhooksVerifier(String secret) {
		this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
	}

	boolean verify(String id, String timestamp, String signatureHeader, String body, long nowSeconds) {
		if (Math.abs(nowSeconds - Long.parseLong(timestamp)) > 300) {
			return false;
		}
		byte[] expected;
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			expected = hmac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		for (String entry : signatureHeader.split(" ")) {
			int comma = entry.indexOf(',');
			if (comma > 0 && entry.substring(0, comma).equals("v1")) {
				byte[] given = Base64.getDecoder().decode(entry.substring(comma + 1));
				if (MessageDigest.isEqual(expected, given)) {
					return true;
				}
			}
		}
		return false;
	}

}
