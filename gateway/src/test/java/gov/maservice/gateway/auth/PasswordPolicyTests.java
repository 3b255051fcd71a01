package gov.maservice.gateway.auth;

import org.junit.jupiter.api.Test;

import gov.maservice.platform.problem.FieldMessage;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void longUncommonPasswordsPass() {
		assertThat(this.policy.check("zhang.wei", "平顶山-高新区-扫码-2026", "password")).isEmpty();
		assertThat(this.policy.check("zhang.wei", "k7m2x9qa-Tz4u", "password")).isEmpty();
	}

	@Test
	void shortCommonControlAndUserNamePasswordsAreRefusedNamingTheField() {
		assertThat(this.policy.check("zhang.wei", "elevenchars", "password"))
			.containsExactly(new FieldMessage("password", "must be at least 12 characters"));
		assertThat(this.policy.check("zhang.wei", "十一个字不够十二个字符", "password")).hasSize(1);
		assertThat(this.policy.check("zhang.wei.admin", "Zhang.Wei.Admin", "password"))
			.extracting(FieldMessage::message)
			.containsExactly("must not be the user name");
		assertThat(this.policy.check("zhang.wei", "QWERTY123456", "password")).extracting(FieldMessage::message)
			.singleElement()
			.asString()
			.contains("most common");
		assertThat(this.policy.check("zhang.wei", "long-enough-but\u0000-null", "ADMIN_PASSWORD"))
			.containsExactly(new FieldMessage("ADMIN_PASSWORD", "must not contain control characters"));
		assertThat(this.policy.check("zhang.wei", "x".repeat(129), "password")).extracting(FieldMessage::message)
			.containsExactly("must be at most 128 characters");
	}

}
