package gov.maservice.notification.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One call to an endpoint, for its delivery log.
 *
 * @param id attempt id
 * @param subscriptionId the endpoint
 * @param messageId the message
 * @param webhookId the {@code webhook-id} sent
 * @param type short change type
 * @param attempt 1 for the first call of the message
 * @param at when the call ended
 * @param statusCode the HTTP status, absent when there was no answer
 * @param latencyMs time from sending to the answer (or the error)
 * @param responseExcerpt the start of the answer's body
 * @param error why there was no answer, or why the call was refused
 * @param success whether the answer was 2xx
 */
@Document("webhook_attempts")
record DeliveryAttempt(@Id String id, String subscriptionId, String messageId, String webhookId, String type,
		int attempt, Instant at, Integer statusCode, long latencyMs, String responseExcerpt, String error,
		boolean success) {
}
