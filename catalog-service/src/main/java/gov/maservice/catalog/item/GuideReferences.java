package gov.maservice.catalog.item;

import java.util.ArrayList;
import java.util.List;

import gov.maservice.catalog.department.Departments;
import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.locality.Localities;
import gov.maservice.platform.problem.FieldMessage;

import org.springframework.stereotype.Component;

/**
 * The completeness rules Bean Validation cannot check alone: the department and the
 * localities a guide names must exist.
 */
@Component
public class GuideReferences {

	private final Departments departments;

	private final Localities localities;

	GuideReferences(Departments departments, Localities localities) {
		this.departments = departments;
		this.localities = localities;
	}

	/**
	 * The broken references of a guide.
	 * @param guide a guide that passed Bean Validation
	 * @param prefix path prefix of the guide in the request, e.g. {@code guide.}
	 * @return one message per unknown department or locality
	 */
	public List<FieldMessage> check(Guide guide, String prefix) {
		List<FieldMessage> errors = new ArrayList<>();
		if (!this.departments.exists(guide.departmentCode())) {
			errors.add(new FieldMessage(prefix + "departmentCode",
					"department '" + guide.departmentCode() + "' does not exist"));
		}
		for (String unknown : this.localities.findUnknown(guide.localityCodes())) {
			errors.add(new FieldMessage(prefix + "localityCodes", "locality '" + unknown + "' does not exist"));
		}
		return errors;
	}

}
