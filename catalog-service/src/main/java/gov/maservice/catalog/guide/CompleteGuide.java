package gov.maservice.catalog.guide;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The cross-field rules of a complete guide (docs/GUIDE-MODEL.md): promised ≤ statutory
 * days, an on-the-spot item promises 0 days, a charged fee names basis and amount, a
 * conditional material names its condition, a township or village item names at least one
 * locality. Each broken rule is reported on the field an editor has to fix.
 */
@Documented
@Constraint(validatedBy = CompleteGuideValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CompleteGuide {

	String message() default "guide is incomplete";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
