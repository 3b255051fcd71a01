package gov.maservice.notification.webhook;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.JsonNode;

import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Subscriptions through the API, and a clean slate after each test. */
abstract class WebhookTestSupport extends NotificationIntegrationTestSupport {

	static final String NOTICE_TYPES = "\"notice.issued\",\"notice.updated\",\"notice.cancelled\"";

	@AfterEach
	void removeSubscriptions() {
		this.mongo.remove(new Query(), Subscription.class).block();
		this.mongo.remove(new Query(), WebhookMessage.class).block();
		this.mongo.remove(new Query(), DeliveryAttempt.class).block();
	}

	/** Creates a subscription as an admin; the JSON answer (with its secret). */
	JsonNode subscribe(String url, String types, String... localities) {
		return subscribeAs(bearer(TestTokens.admin()), url, types, localities);
	}

	JsonNode subscribeAs(String authorization, String url, String types, String... localities) {
		String body = this.http.post()
			.uri("/api/v1/webhooks/subscriptions")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"url\":\"%s\",\"types\":[%s],\"localities\":[%s]}".formatted(url, types, quoted(localities)))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	/** A token like the one the gateway mints for an API key with these scopes. */
	static String keyToken(String keyId, String... scopes) {
		return "Bearer " + TestTokens.sign(new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER)
			.subject("apikey:" + keyId)
			.claim("roles", List.of())
			.claim("scopes", List.of(scopes))
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(60)))
			.build());
	}

	static boolean verified(TestReceiver.Call call, String secret) {
		return new StandardWebhooksVerifier(secret).verify(call.id(), call.timestamp(), call.signature(), call.body(),
				Instant.now().getEpochSecond());
	}

}
