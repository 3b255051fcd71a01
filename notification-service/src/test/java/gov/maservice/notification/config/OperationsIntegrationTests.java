package gov.maservice.notification.config;

import org.junit.jupiter.api.Test;

import gov.maservice.notification.NotificationIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and API clients rely on: readiness that checks the store and the broker, and an
 * OpenAPI description of every endpoint, the SSE format included.
 */
class OperationsIntegrationTests extends NotificationIntegrationTestSupport {

	@Test
	void readinessReportsStoreAndBroker() {
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.store.status").isEqualTo("UP")
			.jsonPath("$.components.kafka.status").isEqualTo("UP");
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
			.value((text) -> assertThat(text).contains("notification_boards_connected"));
	}

	@Test
	void openApiDescribesEveryEndpointAndTheStreamFormat() {
		this.http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class)
			.value((json) -> assertThat(json).contains("/api/v1/notices", "/api/v1/notices/{id}/cancel",
					"/api/v1/notices/{id}/receipts", "/api/v1/boards", "/api/v1/boards/{boardId}/stream",
					"/api/v1/boards/{boardId}/notices", "/api/v1/boards/{boardId}/heartbeat",
					"/api/v1/boards/{boardId}/acks", "/api/v1/boards/{boardId}/credential", "/api/v1/boards/events",
					"/api/v1/cap/alerts.xml", "event: notice", "boardCredential", "adminJwt"));
	}

}
