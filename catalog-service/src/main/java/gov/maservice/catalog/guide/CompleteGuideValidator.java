package gov.maservice.catalog.guide;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks the rules of {@link CompleteGuide}, one violation per offending field. */
class CompleteGuideValidator implements ConstraintValidator<CompleteGuide, Guide> {

	@Override
	public boolean isValid(Guide guide, ConstraintValidatorContext context) {
		if (guide == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		boolean valid = true;
		Integer statutory = guide.statutoryDays();
		Integer promised = guide.promisedDays();
		if (statutory != null && promised != null && promised > statutory) {
			valid = violation(context, "promisedDays", "must not exceed statutoryDays");
		}
		if (guide.caseType() == CaseType.ON_THE_SPOT && promised != null && promised != 0) {
			valid = violation(context, "promisedDays", "must be 0 for an on-the-spot item (当场办结)");
		}
		Fee fee = guide.fee();
		if (fee != null && Boolean.TRUE.equals(fee.charged())) {
			if (isBlank(fee.basis())) {
				valid = violation(context, "fee.basis", "must not be blank when a fee is charged");
			}
			if (isBlank(fee.amount())) {
				valid = violation(context, "fee.amount", "must not be blank when a fee is charged");
			}
		}
		List<Material> materials = guide.materials();
		for (int i = 0; i < materials.size(); i++) {
			Material material = materials.get(i);
			if (material != null && Boolean.FALSE.equals(material.required()) && isBlank(material.condition())) {
				valid = violation(context, "materials[" + i + "].condition",
						"must name the condition of a material that is not required");
			}
		}
		if ((guide.level() == Level.TOWNSHIP || guide.level() == Level.VILLAGE) && guide.localityCodes().isEmpty()) {
			valid = violation(context, "localityCodes",
					"must name at least one locality for a " + guide.level() + " item");
		}
		return valid;
	}

	private static boolean violation(ConstraintValidatorContext context, String path, String message) {
		context.buildConstraintViolationWithTemplate(message).addPropertyNode(path).addConstraintViolation();
		return false;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
