package gov.maservice.notification.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change to be delivered to one endpoint, persisted before the first call. Its state
 * changes only by single-document conditional updates (the store has no transactions): an
 * instance claims it by setting a lease only while no lease is current, and records the
 * result only while it still holds the lease, so a crashed instance's calls are taken
 * over when the lease runs out and never lost.
 *
 * @param id {@code <subscriptionId>.<webhookId>}
 * @param subscriptionId the endpoint
 * @param webhookId the {@code webhook-id} (the CloudEvent id), the same on every retry
 * @param seq the change's position in the log: per item, messages go out in this order
 * @param itemKey what the order is kept per (type family and subject)
 * @param type short change type
 * @param body the CloudEvent JSON, exactly as signed and sent
 * @param status pending, delivered or failed
 * @param attempts calls made so far
 * @param nextAttemptAt when it is due
 * @param queuedAt start of its retry window (creation or manual redelivery)
 * @param leaseOwner the instance calling the endpoint
 * @param leaseUntil when that instance's claim ends
 * @param createdAt when the message was created
 * @param lastAttemptAt when the last call ended
 * @param lastStatusCode the last HTTP status, if any
 * @param lastError the last error without an answer (timeout, refused...)
 * @param deliveredAt when a 2xx arrived
 */
@Document("webhook_messages")
record WebhookMessage(@Id String id, String subscriptionId, String webhookId, long seq, String itemKey, String type,
		String body, MessageStatus status, int attempts, Instant nextAttemptAt, Instant queuedAt, String leaseOwner,
		Instant leaseUntil, Instant createdAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError,
		Instant deliveredAt) {

	static String id(String subscriptionId, String webhookId) {
		return subscriptionId + "." + webhookId;
	}

	static WebhookMessage pending(String subscriptionId, String webhookId, long seq, String itemKey, String type,
			String body, Instant now) {
		return new WebhookMessage(id(subscriptionId, webhookId), subscriptionId, webhookId, seq, itemKey, type, body,
				MessageStatus.PENDING, 0, now, now, null, Instant.EPOCH, now, null, null, null, null);
	}

}
