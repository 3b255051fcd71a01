package gov.maservice.platform.problem;

import gov.maservice.platform.requestid.RequestIds;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders the container's error dispatches ({@code /error}: a filter failed, a servlet
 * called {@code sendError}) as problem details instead of Boot's error page or JSON. The
 * cause decides the status when {@link ClientErrors} recognises it, so a query Tomcat
 * cannot decode is a 400 even when a filter read the parameters first.
 */
@RestController
public class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	@RequestMapping(path = "${server.error.path:${error.path:/error}}",
			produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		HttpStatusCode status = status(request, failure);
		String detail;
		if (status.is4xxClientError()) {
			HttpStatus known = HttpStatus.resolve(status.value());
			detail = (known != null) ? ClientErrors.detail(known) : "The request cannot be answered";
			if (failure != null) {
				log.debug("Malformed request {}: {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
						failure.toString());
			}
		}
		else {
			detail = "The request could not be completed; it has been logged";
		}
		ProblemDetail problem = ServletProblems.complete(ProblemTypes.forStatus(status, detail), request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(RequestIds.HEADER, (String) problem.getProperties().get(RequestIds.PROBLEM_PROPERTY))
			.body(problem);
	}

	private static HttpStatusCode status(HttpServletRequest request, Throwable failure) {
		if (failure != null) {
			HttpStatus clientError = ClientErrors.statusOf(failure).orElse(null);
			if (clientError != null) {
				return clientError;
			}
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value < 600) {
			return HttpStatusCode.valueOf(value);
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
