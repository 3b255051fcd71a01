package gov.maservice.notification.board;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Board credentials: 256 random bits, shown once, stored as a SHA-256 hash. A fast hash
 * is enough because the secret is random and long, unlike a password; it lets a board be
 * found by its credential with one indexed lookup.
 */
final class BoardCredentials {

	private static final SecureRandom RANDOM = new SecureRandom();

	private BoardCredentials() {
	}

	static String newCredential() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return "bk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String newBoardId() {
		byte[] id = new byte[6];
		RANDOM.nextBytes(id);
		return "bd" + HexFormat.of().formatHex(id);
	}

	static String hash(String credential) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
