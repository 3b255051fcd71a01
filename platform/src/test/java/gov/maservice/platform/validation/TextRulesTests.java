package gov.maservice.platform.validation;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextRulesTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "a\u000bb", "a\u001fb", "a\u007fb", "a\u0085b", "a\nb", "a\tb", "a\rb",
			"a\ud800b", "a\udc00", "\ud800", "a\ufffeb", "a\uffff" })
	void singleLineRefusesControlsBreaksAndBrokenCharacters(String text) {
		assertThat(TextRules.isSingleLine(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "营业执照办理", "Café 😀 ok", "", " spaced  out ", "'=1+1" })
	void singleLineAcceptsOrdinaryText(String text) {
		assertThat(TextRules.isSingleLine(text)).isTrue();
		assertThat(TextRules.isMultiLine(text)).isTrue();
	}

	@Test
	void multiLineAllowsLineBreaksAndTabsOnly() {
		assertThat(TextRules.isMultiLine("第一行\n第二行\r\n\t缩进")).isTrue();
		assertThat(TextRules.isMultiLine("a\rb")).isFalse();
		assertThat(TextRules.isMultiLine("a\u000bb")).isFalse();
		assertThat(TextRules.isMultiLine("a\u0000")).isFalse();
		assertThat(TextRules.firstInvalid("ab\u000b", true)).isEqualTo(2);
	}

	@Test
	void nullIsLeftToOtherConstraints() {
		assertThat(TextRules.isSingleLine(null)).isTrue();
		assertThat(TextRules.toXml(null)).isNull();
	}

	@Test
	void toXmlRemovesWhatXmlCannotCarryAndKeepsTheRest() {
		assertThat(TextRules.toXml("停\u000b水\u0000通知\ufffe\ud800")).isEqualTo("停水通知");
		assertThat(TextRules.toXml("a\tb\nc\rd 😀")).isEqualTo("a\tb\nc\rd 😀");
		String clean = "张村明日停水通知";
		assertThat(TextRules.toXml(clean)).isSameAs(clean);
	}

	@Test
	void annotationsReportTheFieldWithAnEnglishMessage() {
		Set<ConstraintViolation<Sample>> violations = validator
			.validate(new Sample("名称\u000b", "说明\n第二行", List.of("ok", "bad\n")));
		assertThat(violations).extracting((v) -> v.getPropertyPath().toString() + ": " + v.getMessage())
			.containsExactlyInAnyOrder("name: must not contain control characters or line breaks",
					"tags[1].<list element>: must not contain control characters or line breaks");
		assertThat(validator.validate(new Sample("名称", "a\u0007", List.of())))
			.extracting(ConstraintViolation::getMessage)
			.containsExactly("must not contain control characters other than line breaks and tabs");
	}

	record Sample(@SingleLineText String name, @MultiLineText String notes, List<@SingleLineText String> tags) {
	}

}
