package gov.maservice.notification.webhook;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.platform.validation.SingleLineText;

/**
 * A subscription as created or replaced.
 *
 * @param url where to POST: http(s) to a public address
 * @param types short change types (see {@code GET /api/v1/webhooks/event-types})
 * @param departments department codes to keep (empty: all)
 * @param localities locality codes to keep, hierarchy honoured (empty: all)
 * @param description free text for the owner
 * @param status ACTIVE (default) or PAUSED
 */
record SubscriptionRequest(
		@Schema(example = "https://wx.example.gov.cn/maservice/webhook") @NotBlank @Size(
				max = 2000) @SingleLineText String url,
		@Schema(example = "[\"notice.issued\",\"notice.updated\",\"notice.cancelled\"]") @NotEmpty @Size(
				max = 20) List<@NotBlank String> types,
		@Size(max = 50) List<@NotNull @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String> departments,
		@Schema(example = "[\"410471100000\"]") @Size(
				max = 50) List<@NotNull @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String> localities,
		@Size(max = 200) @SingleLineText String description, SubscriptionStatus status) {
}

/**
 * A subscription as shown to its owner. {@code secret} appears only in the answer that
 * created it or rotated it.
 *
 * @param id subscription id
 * @param url target
 * @param types change types
 * @param departments department filter
 * @param localities locality filter
 * @param status ACTIVE, PAUSED or DISABLED
 * @param statusReason why the service disabled it
 * @param description free text
 * @param owner who owns it
 * @param createdAt when it was created
 * @param failingSince first failure since the last success
 * @param lastSuccessAt last 2xx answer
 * @param circuit the endpoint's circuit breaker on this instance: CLOSED, OPEN, HALF_OPEN
 * @param secret the signing secret, shown once
 * @param previousSecretValidUntil after a rotation: until when the old secret still signs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubscriptionView(String id, String url, List<String> types, List<String> departments, List<String> localities,
		SubscriptionStatus status, String statusReason, String description, String owner, Instant createdAt,
		Instant failingSince, Instant lastSuccessAt, String circuit, String secret, Instant previousSecretValidUntil) {

	static SubscriptionView of(Subscription subscription, String circuit) {
		return new SubscriptionView(subscription.id(), subscription.url(), subscription.types(),
				subscription.departments(), subscription.localities(), subscription.status(),
				subscription.statusReason(), subscription.description(), subscription.owner(), subscription.createdAt(),
				subscription.failingSince(), subscription.lastSuccessAt(), circuit, null, null);
	}

	SubscriptionView withSecret(String secret, Instant previousValidUntil) {
		return new SubscriptionView(this.id, this.url, this.types, this.departments, this.localities, this.status,
				this.statusReason, this.description, this.owner, this.createdAt, this.failingSince, this.lastSuccessAt,
				this.circuit, secret, previousValidUntil);
	}

}

/**
 * A message to one endpoint, for the delivery log.
 *
 * @param id message id (for redelivery)
 * @param webhookId the {@code webhook-id} sent
 * @param type short change type
 * @param status PENDING, DELIVERED or FAILED
 * @param attempts calls made
 * @param nextAttemptAt when the next call is due (PENDING)
 * @param createdAt when it was created
 * @param lastAttemptAt when the last call ended
 * @param lastStatusCode the last HTTP status
 * @param lastError the last error without an answer
 * @param deliveredAt when a 2xx arrived
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MessageView(String id, String webhookId, String type, MessageStatus status, int attempts, Instant nextAttemptAt,
		Instant createdAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError, Instant deliveredAt) {

	static MessageView of(WebhookMessage message) {
		return new MessageView(message.id(), message.webhookId(), message.type(), message.status(), message.attempts(),
				(message.status() == MessageStatus.PENDING) ? message.nextAttemptAt() : null, message.createdAt(),
				message.lastAttemptAt(), message.lastStatusCode(), message.lastError(), message.deliveredAt());
	}

}

/**
 * Redeliver everything since a time.
 *
 * @param since changes recorded at or after this instant are sent again (in order)
 */
record RedeliverRequest(@Schema(example = "2026-06-01T00:00:00Z") @NotNull Instant since) {
}

/**
 * What a redelivery or test queued.
 *
 * @param queued messages queued
 * @param webhookId the {@code webhook-id} of a test event
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record QueuedView(int queued, String webhookId) {
}

/**
 * A type one can subscribe to.
 *
 * @param type short name used in subscriptions and the feed filter
 * @param cloudEventType the CloudEvents {@code type} of the events sent
 */
record EventTypeView(String type, String cloudEventType) {
}
