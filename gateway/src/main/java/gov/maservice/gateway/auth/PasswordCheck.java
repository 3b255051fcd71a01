package gov.maservice.gateway.auth;

import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Compares a password with a stored hash so that the answer takes the same work whether
 * or not the user exists: for an unknown user the password is compared with a decoy hash
 * of the same algorithm. The comparison itself is the encoder's (BCrypt compares in
 * constant time).
 */
final class PasswordCheck {

	private final PasswordEncoder encoder;

	private final String decoyHash;

	PasswordCheck(PasswordEncoder encoder) {
		this.encoder = encoder;
		this.decoyHash = encoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * Whether the password matches; always does one full comparison.
	 * @param password what the client sent
	 * @param storedHash the user's hash, or {@code null} when there is no such user
	 * @return true only for an existing user and the right password
	 */
	boolean matches(String password, String storedHash) {
		boolean matches = this.encoder.matches(password, (storedHash != null) ? storedHash : this.decoyHash);
		return storedHash != null && matches;
	}

}
