package gov.maservice.platform.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.MDC;

import gov.maservice.platform.requestid.RequestIdFormat;
import gov.maservice.platform.requestid.RequestIds;

/**
 * The request id on its way through Kafka: read from the log context when an event is
 * recorded or sent, written to the {@value RequestIds#KAFKA_HEADER} header, read back by
 * consumers. Code that sends on another thread than the request's (an outbox relay)
 * captures {@link #currentOrNull()} when it records the event and passes it to
 * {@link #addTo(Headers, String)} when it sends.
 */
public final class KafkaRequestIds {

	/**
	 * Same shape the HTTP filters accept, so a header can never inject text into a log
	 * line.
	 */
	private KafkaRequestIds() {
	}

	/**
	 * The request id of the current thread's log context, or {@code null} outside a
	 * request.
	 */
	public static String currentOrNull() {
		return valid(MDC.get(RequestIds.MDC_KEY));
	}

	/**
	 * Sets the header unless the record already carries one or {@code requestId} is
	 * absent or malformed.
	 */
	public static void addTo(Headers headers, String requestId) {
		String valid = valid(requestId);
		if (valid != null && headers.lastHeader(RequestIds.KAFKA_HEADER) == null) {
			headers.add(RequestIds.KAFKA_HEADER, valid.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The well-formed request id of a received record, or {@code null}. */
	public static String from(Headers headers) {
		Header header = headers.lastHeader(RequestIds.KAFKA_HEADER);
		if (header == null || header.value() == null) {
			return null;
		}
		return valid(new String(header.value(), StandardCharsets.UTF_8));
	}

	private static String valid(String requestId) {
		return RequestIdFormat.isWellFormed(requestId) ? requestId : null;
	}

}
