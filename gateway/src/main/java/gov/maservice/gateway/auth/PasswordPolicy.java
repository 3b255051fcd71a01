package gov.maservice.gateway.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import gov.maservice.platform.problem.FieldMessage;

/**
 * The minimal password policy for admin users and the bootstrap admin: at least
 * {@value #MIN_LENGTH} characters, not the user name, not one of the most common
 * passwords, no control characters. Long and uncommon is what makes online guessing
 * hopeless, together with the login throttling; composition rules add little and push
 * people to predictable patterns.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/** The rules in one sentence, for error messages and the start-up check. */
	static final String RULES = "at least " + MIN_LENGTH + " characters, not the user name, not a common password, "
			+ "no control characters";

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("auth/common-passwords.txt");
	}

	/**
	 * What is wrong with a password, as field errors.
	 * @param username the user the password is for
	 * @param password the candidate
	 * @param field the field name to report (e.g. {@code password})
	 * @return empty when the password is acceptable
	 */
	List<FieldMessage> check(String username, String password, String field) {
		List<FieldMessage> errors = new ArrayList<>();
		if (password == null) {
			errors.add(new FieldMessage(field, "must not be null"));
			return errors;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			errors.add(new FieldMessage(field, "must be at least " + MIN_LENGTH + " characters"));
		}
		if (length > MAX_LENGTH) {
			errors.add(new FieldMessage(field, "must be at most " + MAX_LENGTH + " characters"));
		}
		if (password.codePoints().anyMatch(Character::isISOControl)) {
			errors.add(new FieldMessage(field, "must not contain control characters"));
		}
		if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
			errors.add(new FieldMessage(field, "must not be the user name"));
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			errors.add(new FieldMessage(field, "is one of the most common passwords: choose another"));
		}
		return errors;
	}

	private static Set<String> load(String location) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(location).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the common-password list " + location, ex);
		}
	}

}
