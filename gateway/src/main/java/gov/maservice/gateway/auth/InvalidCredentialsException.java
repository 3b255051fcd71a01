package gov.maservice.gateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import gov.maservice.platform.problem.Problems;

/** One answer for every failed login, whatever the reason, so it reveals nothing. */
class InvalidCredentialsException extends ErrorResponseException {

	InvalidCredentialsException() {
		super(HttpStatus.UNAUTHORIZED, Problems.detail(HttpStatus.UNAUTHORIZED, "invalid-credentials",
				"Invalid credentials", "Invalid username or password, or the account is disabled."), null);
	}

}
