package gov.maservice.notification.webhook;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A third party's webhook endpoint. The secrets are kept readable because every call is
 * signed with them; they are shown to the owner only when created or rotated.
 *
 * @param id subscription id
 * @param url the target, http(s) to a public address
 * @param types short change types wanted (never empty)
 * @param departments department filter (empty: all)
 * @param localities locality filter (empty: all), hierarchy honoured
 * @param status active, paused by its owner, or disabled by the service
 * @param statusReason why the service disabled it
 * @param owner {@code user:<name>} for a staff member, {@code apikey:<id>} for an API key
 * @param description free text
 * @param secrets the current secret first; a rotated-out one with its end of grace
 * @param createdAt when it was created
 * @param failingSince first failure since the last success
 * @param lastSuccessAt last 2xx answer
 */
@Document("webhook_subscriptions")
record Subscription(@Id String id, String url, List<String> types, List<String> departments, List<String> localities,
		SubscriptionStatus status, String statusReason, String owner, String description, List<SigningSecret> secrets,
		Instant createdAt, Instant failingSince, Instant lastSuccessAt) {

	Subscription {
		types = (types != null) ? List.copyOf(types) : List.of();
		departments = (departments != null) ? List.copyOf(departments) : List.of();
		localities = (localities != null) ? List.copyOf(localities) : List.of();
		secrets = (secrets != null) ? List.copyOf(secrets) : List.of();
	}

	/** The secrets that sign now: the current one and any still in its grace period. */
	List<String> signingSecrets(Instant now) {
		return this.secrets.stream()
			.filter((secret) -> secret.notAfter() == null || secret.notAfter().isAfter(now))
			.map(SigningSecret::value)
			.toList();
	}

	/**
	 * A signing secret.
	 *
	 * @param value {@code whsec_<base64 key>}
	 * @param notAfter end of the grace period of a rotated-out secret, {@code null} for
	 * the current one
	 */
	record SigningSecret(String value, Instant notAfter) {
	}

}
