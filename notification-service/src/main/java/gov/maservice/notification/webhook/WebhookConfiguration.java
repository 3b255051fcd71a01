package gov.maservice.notification.webhook;

import java.time.Clock;
import java.util.List;

import reactor.core.scheduler.Schedulers;

import gov.maservice.notification.changes.ChangeRecorder;
import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.platform.security.ReactiveAuthorizationRules;
import gov.maservice.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Wires webhook delivery and who may manage subscriptions: admins (all of them), and API
 * keys with the {@code webhooks} scope (only their own). The gateway turns such a key
 * into a short-lived token of its own whose subject is {@code apikey:<id>} and whose
 * {@code scopes} claim lists the key's scopes, so this service checks keys exactly as it
 * checks staff tokens.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

	/** The scope an API key needs to manage its webhook subscriptions. */
	static final String SCOPE = "webhooks";

	/** The claim in which the gateway lists an API key's scopes. */
	static final String SCOPES_CLAIM = "scopes";

	@Bean
	TargetGuard webhookTargetGuard(WebhookProperties properties) {
		return new TargetGuard(properties.allowedNetworks(), (task) -> Schedulers.boundedElastic().schedule(task));
	}

	@Bean
	WebhookSender webhookSender(TargetGuard guard, WebhookProperties properties) {
		return new WebhookSender(guard, properties);
	}

	@Bean
	WebhookNotices webhookNotices(ReactiveMongoTemplate mongo, Clock clock) {
		return new WebhookNotices(mongo, clock);
	}

	@Bean
	WebhookDispatcher webhookDispatcher(ReactiveMongoTemplate mongo, WebhookProperties properties, WebhookSender sender,
			WebhookNotices notices, Clock clock) {
		return new WebhookDispatcher(mongo, properties, sender, notices, clock);
	}

	@Bean
	WebhookFanout webhookFanout(ReactiveMongoTemplate mongo, ChangeRecorder recorder, LocalityDirectory directory,
			WebhookDispatcher dispatcher, WebhookProperties properties, Clock clock) {
		return new WebhookFanout(mongo, recorder, directory, dispatcher, properties, clock);
	}

	@Bean
	@Order(10)
	ReactiveAuthorizationRules webhookRules() {
		return (exchanges) -> exchanges.pathMatchers("/api/v1/webhooks/notices", "/api/v1/webhooks/notices/**")
			.hasRole(Roles.ADMIN)
			.pathMatchers("/api/v1/webhooks", "/api/v1/webhooks/**")
			.access((authentication, context) -> authentication
				.map((auth) -> new AuthorizationDecision(auth.isAuthenticated() && (isAdmin(auth.getAuthorities())
						|| (auth instanceof JwtAuthenticationToken jwt && hasScope(jwt)))))
				.defaultIfEmpty(new AuthorizationDecision(false))
				.cast(org.springframework.security.authorization.AuthorizationResult.class));
	}

	static boolean isAdmin(java.util.Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream().anyMatch((authority) -> ("ROLE_" + Roles.ADMIN).equals(authority.getAuthority()));
	}

	static boolean hasScope(JwtAuthenticationToken jwt) {
		List<String> scopes = jwt.getToken().getClaimAsStringList(SCOPES_CLAIM);
		return scopes != null && scopes.contains(SCOPE) && jwt.getName().startsWith(Caller.KEY_PREFIX);
	}

}
