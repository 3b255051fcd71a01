package gov.maservice.catalog.config;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The platform's policies as this service applies them: strict JSON (no coercion, one
 * date bound) and health that shows details only to administrators.
 */
class PlatformPoliciesIntegrationTests extends CatalogIntegrationTestSupport {

	@Test
	void aBooleanOrNumberSentAsTheNameIs400NamingTheField() {
		for (String name : new String[] { "false", "0", "1.5" }) {
			postItem(guideJson("410471-XK09101-060").replace("\"name\":\"食品经营许可（新办）\"", "\"name\":" + name))
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("name");
		}
		this.http.get().uri("/api/v1/items/410471-XK09101-060").exchange().expectStatus().isNotFound();
	}

	@Test
	void textSentAsANumberIs400NamingTheField() {
		postItem(guideJson("410471-XK09101-061").replace("\"statutoryDays\":20", "\"statutoryDays\":\"20\""))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("statutoryDays");
		postItem(guideJson("410471-XK09101-061").replace("\"statutoryDays\":20", "\"statutoryDays\":20.5"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("statutoryDays");
	}

	@Test
	void anonymousCallersSeeOnlyTheHealthStatus() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness",
				"/actuator/health/liveness" }) {
			this.http.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP")
				.jsonPath("$.components")
				.doesNotExist();
		}
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/info",
				"/actuator/health/store" }) {
			this.http.get().uri(path).exchange().expectStatus().isUnauthorized();
		}
		this.http.get()
			.uri("/actuator/health")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.kafka.status")
			.isEqualTo("UP")
			.jsonPath("$.components.kafka.details.clusterId")
			.exists()
			.jsonPath("$.components.store.status")
			.isEqualTo("UP");
	}

	private RestTestClient.ResponseSpec postItem(String body) {
		return this.http.post()
			.uri("/api/v1/items")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.body(body)
			.exchange();
	}

}
