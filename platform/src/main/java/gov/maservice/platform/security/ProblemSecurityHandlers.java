package gov.maservice.platform.security;

import java.io.IOException;

import gov.maservice.platform.problem.Problems;
import gov.maservice.platform.problem.ServletProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The one writer of security failures in servlet services: 401 (with
 * {@code WWW-Authenticate: Bearer}), 403, and the 400 for a request Spring Security's
 * firewall rejects (encoded slashes or backslashes, {@code ;}, NUL or non-ASCII bytes in
 * a header), all as problem details like every other error.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

	private final ServletProblems problems;

	public ProblemSecurityHandlers(ServletProblems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean invalidToken = hasBearerToken(request);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
		this.problems.write(request, response,
				Problems.detail(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
						invalidToken ? "The bearer token is invalid, expired or not from the gateway"
								: "A valid bearer token from POST /api/v1/auth/token is required"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		this.problems.write(request, response, Problems.detail(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"The token's roles do not allow this request"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException exception)
			throws IOException {
		log.debug("Rejected request: {}", exception.getMessage());
		this.problems.write(request, response, Problems.detail(HttpStatus.BAD_REQUEST, "invalid-request",
				"Invalid request", "The request's path or headers contain characters that are not allowed"));
	}

	private static boolean hasBearerToken(HttpServletRequest request) {
		try {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
