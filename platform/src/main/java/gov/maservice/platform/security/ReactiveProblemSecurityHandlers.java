package gov.maservice.platform.security;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;

import gov.maservice.platform.problem.ReactiveProblemWriter;

/**
 * The one 401 and 403 of every WebFlux service and the gateway: a problem detail with the
 * platform's type, the request id and {@code WWW-Authenticate: Bearer}.
 */
public class ReactiveProblemSecurityHandlers {

	private static final String INVALID_TOKEN = "The access token is invalid or has expired";

	private final ReactiveProblemWriter writer;

	public ReactiveProblemSecurityHandlers(ReactiveProblemWriter writer) {
		this.writer = writer;
	}

	/**
	 * 401 saying what credential is missing; a bad or expired bearer token is named as
	 * such.
	 */
	public ServerAuthenticationEntryPoint entryPoint(String missingCredential) {
		return (exchange, ex) -> {
			boolean invalidToken = ex instanceof InvalidBearerTokenException;
			return this.writer.write(exchange, HttpStatus.UNAUTHORIZED,
					invalidToken ? INVALID_TOKEN : missingCredential,
					Map.of(HttpHeaders.WWW_AUTHENTICATE, invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer"));
		};
	}

	/** 403 for an authenticated caller without the right. */
	public ServerAccessDeniedHandler accessDenied(String detail) {
		return (exchange, ex) -> this.writer.write(exchange, HttpStatus.FORBIDDEN, detail);
	}

}
