package gov.maservice.qr.link;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Mints short-link tokens: 8 characters from the 31 lowercase letters and digits that
 * cannot be confused when read aloud or retyped from a poster (no {@code 0 o 1 l i}).
 * 31^8 ≈ 8.5 × 10^11 tokens: a collision among a few thousand links is negligible and,
 * should one happen, the unique index refuses it and a new token is drawn. Tokens are
 * unguessable, so nobody can walk the links.
 */
@Component
class TokenGenerator {

	static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

	static final int LENGTH = 8;

	private final SecureRandom random = new SecureRandom();

	String next() {
		char[] token = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			token[i] = ALPHABET.charAt(this.random.nextInt(ALPHABET.length()));
		}
		return new String(token);
	}

}
