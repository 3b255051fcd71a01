package gov.maservice.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MultiLineText} with {@link TextRules}. */
public class MultiLineTextValidator implements ConstraintValidator<MultiLineText, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return TextRules.firstInvalid(value, true) < 0;
	}

}
