package gov.maservice.platform.problem;

import java.io.IOException;
import java.net.URI;

import gov.maservice.platform.requestid.RequestIds;
import gov.maservice.platform.requestid.ServletRequestIdFilter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Completes and writes problem details in servlet services: {@code instance} is the
 * request's path, {@code requestId} the id of the request (also echoed in
 * {@code X-Request-Id}). Used by the MVC advice, the error controller, the security
 * handlers and the firewall's rejection handler, so an error looks the same wherever in
 * the chain it happens.
 */
public class ServletProblems {

	private final JsonMapper jsonMapper;

	public ServletProblems(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Adds {@code instance} (if not set) and {@code requestId}, and the platform's type
	 * and title.
	 */
	public static ProblemDetail complete(ProblemDetail problem, HttpServletRequest request) {
		ProblemTypes.standardize(problem);
		if (problem.getInstance() == null) {
			problem.setInstance(instance(request));
		}
		problem.setProperty(RequestIds.PROBLEM_PROPERTY, ServletRequestIdFilter.of(request));
		return problem;
	}

	/**
	 * Writes a completed problem as {@code application/problem+json}, replacing whatever
	 * was buffered.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		complete(problem, request);
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(problem.getStatus());
		response.setHeader(RequestIds.HEADER, (String) problem.getProperties().get(RequestIds.PROBLEM_PROPERTY));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// JSON is UTF-8 by definition (RFC 8259): no charset parameter
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.jsonMapper.writeValue(response.getOutputStream(), problem);
		response.flushBuffer();
	}

	private static URI instance(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? uri : request.getRequestURI();
		if (path == null) {
			return null;
		}
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			// a path the firewall rejected may not even be a URI; leave instance out
			return null;
		}
	}

}
