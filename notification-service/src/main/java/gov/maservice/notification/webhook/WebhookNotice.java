package gov.maservice.notification.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something about an endpoint that admins must see: the service disabled it because the
 * receiver answered 410 Gone or failed for too long.
 *
 * @param id event id
 * @param subscriptionId the endpoint
 * @param owner the endpoint's owner
 * @param url the endpoint's URL
 * @param kind {@code endpoint.disabled}
 * @param detail why
 * @param at when
 */
@Document("webhook_notices")
record WebhookNotice(@Id String id, String subscriptionId, String owner, String url, String kind, String detail,
		Instant at) {
}
