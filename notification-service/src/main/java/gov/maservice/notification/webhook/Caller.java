package gov.maservice.notification.webhook;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who manages subscriptions: an admin (sees and manages all) or an API key (only its
 * own).
 *
 * @param owner {@code user:<name>} or {@code apikey:<id>}
 * @param admin whether the caller is an admin
 */
record Caller(String owner, boolean admin) {

	static final String KEY_PREFIX = "apikey:";

	static Caller of(JwtAuthenticationToken token) {
		String subject = token.getName();
		if (WebhookConfiguration.isAdmin(token.getAuthorities())) {
			return new Caller(subject.startsWith(KEY_PREFIX) ? subject : "user:" + subject, true);
		}
		return new Caller(subject, false);
	}

	boolean owns(Subscription subscription) {
		return this.admin || this.owner.equals(subscription.owner());
	}

}
