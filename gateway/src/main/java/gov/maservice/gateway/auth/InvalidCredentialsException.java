package gov.maservice.gateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** One answer for every failed login, whatever the reason, so it reveals nothing. */
class InvalidCredentialsException extends ErrorResponseException {

	InvalidCredentialsException() {
		super(HttpStatus.UNAUTHORIZED, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"Invalid username or password, or the account is locked for a while after repeated failures."), null);
	}

}
