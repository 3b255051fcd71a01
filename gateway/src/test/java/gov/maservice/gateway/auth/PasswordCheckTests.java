package gov.maservice.gateway.auth;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordCheckTests {

	private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final List<String> comparedWith = new ArrayList<>();

	private final PasswordEncoder recording = new PasswordEncoder() {

		@Override
		public String encode(CharSequence raw) {
			return PasswordCheckTests.this.bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			PasswordCheckTests.this.comparedWith.add(encoded);
			return PasswordCheckTests.this.bcrypt.matches(raw, encoded);
		}

	};

	@Test
	void anUnknownUserCostsTheSameBcryptComparisonAsAWrongPassword() {
		PasswordCheck check = new PasswordCheck(this.recording);
		String stored = this.bcrypt.encode("the-real-password");

		assertThat(check.matches("the-real-password", null)).isFalse();
		assertThat(check.matches("a-wrong-password", stored)).isFalse();
		assertThat(check.matches("the-real-password", stored)).isTrue();

		assertThat(this.comparedWith).hasSize(3);
		assertThat(this.comparedWith.get(0)).as("decoy hash of the same algorithm").startsWith("{bcrypt}$2a$10$");
		assertThat(this.comparedWith.get(1)).isEqualTo(stored);
	}

}
