package gov.maservice.platform.requestid;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Correlates log lines across the gateway and the services: keeps a well-formed
 * {@code X-Request-Id} from the request (or makes one), echoes it on the response, puts
 * it in the logging context as {@code requestId} and in a request attribute, where
 * problem details read it even after the filter has returned (error dispatches).
 */
public class ServletRequestIdFilter extends OncePerRequestFilter {

	/** Request attribute holding the id of the current request. */
	public static final String ATTRIBUTE = ServletRequestIdFilter.class.getName() + ".requestId";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = RequestIdFormat.keepOrNew(request.getHeader(RequestIds.HEADER));
		request.setAttribute(ATTRIBUTE, requestId);
		response.setHeader(RequestIds.HEADER, requestId);
		MDC.put(RequestIds.MDC_KEY, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestIds.MDC_KEY);
		}
	}

	/**
	 * The id of a request: the one this filter chose, else a well-formed header, else a
	 * new one.
	 */
	public static String of(HttpServletRequest request) {
		Object chosen = request.getAttribute(ATTRIBUTE);
		if (chosen instanceof String id) {
			return id;
		}
		String fromLog = MDC.get(RequestIds.MDC_KEY);
		if (RequestIdFormat.isWellFormed(fromLog)) {
			return fromLog;
		}
		String requestId;
		try {
			requestId = RequestIdFormat.keepOrNew(request.getHeader(RequestIds.HEADER));
		}
		catch (RuntimeException ex) {
			// a firewall-wrapped request may refuse to show a bad header
			requestId = RequestIdFormat.newId();
		}
		request.setAttribute(ATTRIBUTE, requestId);
		return requestId;
	}

}
