package gov.maservice.notification.config;

import org.junit.jupiter.api.Test;

import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and API clients rely on: readiness that checks the store (the broker
 * only in the detailed health, for administrators), and an OpenAPI description of every
 * endpoint, the SSE format included.
 */
class OperationsIntegrationTests extends NotificationIntegrationTestSupport {

	@Test
	void readinessReportsTheStoreButNotTheBroker() {
		String admin = "Bearer " + TestTokens.admin();
		this.http.get()
			.uri("/actuator/health/readiness")
			.header(HttpHeaders.AUTHORIZATION, admin)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.store.status")
			.isEqualTo("UP")
			.jsonPath("$.components.kafka")
			.doesNotExist();
		this.http.get()
			.uri("/actuator/health")
			.header(HttpHeaders.AUTHORIZATION, admin)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.kafka.status")
			.isEqualTo("UP");
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.http.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, admin)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((text) -> assertThat(text).contains("notification_boards_connected"));
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
	}

	@Test
	void openApiDescribesEveryEndpointAndTheStreamFormat() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((json) -> assertThat(json).contains("/api/v1/notices", "/api/v1/notices/{id}/cancel",
					"/api/v1/notices/{id}/receipts", "/api/v1/boards", "/api/v1/boards/{boardId}/stream",
					"/api/v1/boards/{boardId}/notices", "/api/v1/boards/{boardId}/heartbeat",
					"/api/v1/boards/{boardId}/acks", "/api/v1/boards/{boardId}/credential", "/api/v1/boards/events",
					"/api/v1/cap/alerts.xml", "event: notice", "boardCredential", "adminJwt"));
	}

}
