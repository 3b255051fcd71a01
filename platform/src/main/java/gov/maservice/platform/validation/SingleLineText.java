package gov.maservice.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text on one line (names, titles, labels): no control characters, not even a line break
 * or tab. Lone surrogates and U+FFFE/U+FFFF are refused too, so whatever is stored can be
 * written as XML (see {@link TextRules}). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = SingleLineTextValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.CONSTRUCTOR, ElementType.TYPE_USE,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLineText {

	String message() default "must not contain control characters or line breaks";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
