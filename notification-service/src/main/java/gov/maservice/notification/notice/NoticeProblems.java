package gov.maservice.notification.notice;

import java.util.List;

import org.springframework.web.ErrorResponseException;

import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;

/**
 * Problems a notice operation reports, in the platform's vocabulary; the platform's
 * advice renders them.
 */
public final class NoticeProblems {

	private NoticeProblems() {
	}

	public static ErrorResponseException notFound(String id) {
		return Problems.notFound("Notice", id);
	}

	static ErrorResponseException conflict(String detail) {
		return Problems.conflict(detail);
	}

	static ErrorResponseException invalid(List<FieldMessage> errors) {
		return Problems.invalid("The notice is invalid", errors);
	}

}
