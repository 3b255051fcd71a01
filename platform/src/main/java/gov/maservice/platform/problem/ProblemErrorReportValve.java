package gov.maservice.platform.problem;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import gov.maservice.platform.requestid.RequestIdFormat;
import gov.maservice.platform.requestid.RequestIds;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.json.JSONFilter;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word, for errors it answers before Spring runs (an undecodable or
 * forbidden path, {@code TRACE}, headers over the limit, a request line it cannot parse):
 * a problem detail in the platform's format instead of Tomcat's HTML page, with a request
 * id and without the exception's message. Replaces the host's {@link ErrorReportValve}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatusCode code = HttpStatusCode.valueOf(status);
		String requestId = requestId(request, response);
		String detail = (code.is4xxClientError() && HttpStatus.resolve(status) != null)
				? ClientErrors.detail(HttpStatus.valueOf(status)) : "The request could not be completed";
		if (status == HttpStatus.METHOD_NOT_ALLOWED.value()) {
			detail = "The method " + safe(request.getMethod()) + " is not allowed here";
		}
		String json = "{\"type\":\"" + Problems.TYPE_BASE + ProblemTypes.slug(code) + "\",\"title\":\""
				+ JSONFilter.escape(ProblemTypes.title(code)) + "\",\"status\":" + status + ",\"detail\":\""
				+ JSONFilter.escape(detail) + "\",\"" + RequestIds.PROBLEM_PROPERTY + "\":\"" + requestId + "\"}";
		try {
			// the body is ASCII (fixed titles and details, a checked request id): no
			// charset parameter
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			// through the connector's response: the servlet response may refuse headers
			// in this state
			response.getCoyoteResponse().setHeader(RequestIds.HEADER, requestId);
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(json);
				response.finishResponse();
			}
		}
		catch (Exception ex) {
			// the connection is gone or the response cannot be written; nothing more to
			// tell the client
			container.getLogger().debug("Cannot write the problem detail", ex);
		}
	}

	private static String requestId(Request request, Response response) {
		String chosen = response.getHeader(RequestIds.HEADER);
		if (RequestIdFormat.isWellFormed(chosen)) {
			return chosen;
		}
		try {
			return RequestIdFormat.keepOrNew(request.getHeader(RequestIds.HEADER));
		}
		catch (RuntimeException ex) {
			return RequestIdFormat.newId();
		}
	}

	private static String safe(String method) {
		return (method != null && method.matches("[A-Z]{1,16}")) ? method : "used";
	}

}
