package gov.maservice.platform.requestid;

/**
 * Names of the request id in each place it travels: the HTTP header the gateway sets (or
 * keeps from the client when well-formed), the log context key, the Kafka record header
 * and the problem-detail property.
 */
public final class RequestIds {

	/** HTTP request and response header. */
	public static final String HEADER = "X-Request-Id";

	/** Key in the logging context (MDC); log patterns print {@code %X{requestId}}. */
	public static final String MDC_KEY = "requestId";

	/** Kafka record header carrying the id of the request that caused the event. */
	public static final String KAFKA_HEADER = "x-request-id";

	/** Property of every problem detail. */
	public static final String PROBLEM_PROPERTY = "requestId";

	private RequestIds() {
	}

}
