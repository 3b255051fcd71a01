package gov.maservice.platform.problem;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Right after the request-id filter: answers a query that does not decode (bad {@code %}
 * escape, not UTF-8) or has a control character in a parameter name with a 400 problem
 * detail before anything reads a parameter. A malformed request can still fail in a later
 * filter (a filter reading the parameters of a broken multipart body); Tomcat would log
 * that at ERROR with a stack trace, this filter answers it as a 4xx problem detail and
 * logs one DEBUG line. Server faults pass through.
 */
public class ClientErrorFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ClientErrorFilter.class);

	private final ServletProblems problems;

	public ClientErrorFilter(ServletProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String badQuery = QueryStrings.problem(request.getQueryString());
		if (badQuery != null) {
			log.debug("Malformed query on {} {}: {}", request.getMethod(), request.getRequestURI(), badQuery);
			this.problems.write(request, response, ProblemTypes.forStatus(HttpStatus.BAD_REQUEST, badQuery));
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			HttpStatus status = ClientErrors.statusOf(ex).orElse(null);
			if (status == null || response.isCommitted()) {
				throw ex;
			}
			log.debug("Malformed request {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			this.problems.write(request, response, ProblemTypes.forStatus(status, ClientErrors.detail(status)));
		}
	}

}
