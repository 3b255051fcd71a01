package gov.maservice.gateway.apikey;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import gov.maservice.gateway.support.Backends;
import gov.maservice.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyIntegrationTests extends GatewayIntegrationTest {

	@Test
	void issuedKeyIsShownOnceListedWithoutSecretAndStopsWorkingWhenRevoked() {
		String admin = adminToken();
		Issued issued = issue(admin, "WeChat backend", List.of("catalog:read"), null);
		assertThat(issued.key()).startsWith("msk_" + issued.apiKey().id() + "_");

		String listing = utf8(this.client.get()
			.uri("/api/v1/api-keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
		assertThat(listing).contains(issued.apiKey().id()).doesNotContain(issued.key().substring(21));

		this.client.get()
			.uri("/api/v1/items")
			.header("X-API-Key", issued.key())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists("X-RateLimit-Remaining");
		assertThat(Backends.CATALOG.last("/api/v1/items").apiKey()).as("the key is not forwarded").isNull();

		this.client.delete()
			.uri("/api/v1/api-keys/" + issued.apiKey().id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
			.exchange()
			.expectStatus()
			.isNoContent();
		this.client.get()
			.uri("/api/v1/items")
			.header("X-API-Key", issued.key())
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The API key is not valid or has been revoked.");
		this.client.get()
			.uri("/api/v1/api-keys/" + issued.apiKey().id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revokedAt")
			.isNotEmpty();
	}

	@Test
	void aKeyReadsOnlyWithinItsScopes() {
		Issued notices = issue(adminToken(), "notice reader", List.of("notices:read"), null);
		this.client.get().uri("/api/v1/notices").header("X-API-Key", notices.key()).exchange().expectStatus().isOk();
		this.client.get()
			.uri("/api/v1/items")
			.header("X-API-Key", notices.key())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This API key lacks the scope catalog:read.");
		this.client.get()
			.uri("/api/v1/items")
			.header("X-API-Key", notices.key().substring(0, notices.key().length() - 2) + "xx")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void aKeyWithTheWebhooksScopeReachesItsSubscriptionsAsAGatewayToken() throws Exception {
		Issued hooks = issue(adminToken(), "portal mirror", List.of("webhooks"), null);
		Issued reader = issue(adminToken(), "reader", List.of("notices:read"), null);
		String body = "{\"url\":\"https://portal.example.gov.cn/hook\",\"types\":[\"guide.published.major\"]}";
		this.client.post()
			.uri("/api/v1/webhooks/subscriptions")
			.header("Content-Type", "application/json")
			.header("X-API-Key", hooks.key())
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated();
		String authorization = Backends.NOTIFICATION.last("/api/v1/webhooks/subscriptions").authorization();
		assertThat(authorization).startsWith("Bearer ");
		var claims = com.nimbusds.jwt.SignedJWT.parse(authorization.substring(7)).getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("maservice-gateway");
		assertThat(claims.getSubject()).isEqualTo("apikey:" + hooks.apiKey().id());
		assertThat(claims.getStringListClaim("scopes")).containsExactly("webhooks");
		assertThat(claims.getStringListClaim("roles")).isEmpty();
		assertThat(claims.getExpirationTime().getTime() - System.currentTimeMillis()).isLessThanOrEqualTo(60_000);

		this.client.post()
			.uri("/api/v1/webhooks/subscriptions")
			.header("Content-Type", "application/json")
			.header("X-API-Key", reader.key())
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This API key lacks the scope webhooks.");
		this.client.post()
			.uri("/api/v1/webhooks/subscriptions")
			.header("Content-Type", "application/json")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.get().uri("/api/v1/webhooks/subscriptions").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/api/v1/changes?types=notice.issued").exchange().expectStatus().isOk();
		assertThat(Backends.NOTIFICATION.count("GET", "/api/v1/changes")).isPositive();
	}

	@Test
	void aBurstOverOneKeysLimitGets429WithRetryAfterWhileAnotherKeyIsUnaffected() {
		String admin = adminToken();
		Issued small = issue(admin, "small client", List.of("catalog:read"), 3);
		Issued other = issue(admin, "other client", List.of("catalog:read"), 3);
		for (int i = 0; i < 3; i++) {
			this.client.get().uri("/api/v1/items").header("X-API-Key", small.key()).exchange().expectStatus().isOk();
		}
		this.client.get()
			.uri("/api/v1/items")
			.header("X-API-Key", small.key())
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, value -> assertThat(Integer.parseInt(value)).isBetween(1, 60))
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(429);
		this.client.get().uri("/api/v1/items").header("X-API-Key", other.key()).exchange().expectStatus().isOk();
	}

	@Test
	void issuingValidatesScopesAndLimit() {
		this.client.post()
			.uri("/api/v1/api-keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.bodyValue(Map.of("name", "bad", "scopes", List.of("catalog:write")))
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.client.post()
			.uri("/api/v1/api-keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.bodyValue(Map.of("name", "bad", "scopes", List.of(), "requestsPerMinute", -1))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(2);
		this.client.post()
			.uri("/api/v1/api-keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.bodyValue(Map.of("name", "微信\u000b后台", "scopes", List.of("catalog:read")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not contain control characters or line breaks");
	}

	private Issued issue(String adminToken, String name, List<String> scopes, Integer perMinute) {
		Map<String, Object> body = (perMinute != null)
				? Map.of("name", name, "scopes", scopes, "requestsPerMinute", perMinute)
				: Map.of("name", name, "scopes", scopes);
		return this.client.post()
			.uri("/api/v1/api-keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Issued.class)
			.returnResult()
			.getResponseBody();
	}

	record Issued(String key, View apiKey) {
	}

	record View(String id, String name, List<String> scopes, Integer requestsPerMinute, String revokedAt) {
	}

}
