package gov.maservice.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLineText} with {@link TextRules}. */
public class SingleLineTextValidator implements ConstraintValidator<SingleLineText, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return TextRules.firstInvalid(value, false) < 0;
	}

}
