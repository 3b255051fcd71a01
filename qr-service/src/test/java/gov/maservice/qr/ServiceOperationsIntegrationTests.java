package gov.maservice.qr;

import gov.maservice.testsupport.TestTokens;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceOperationsIntegrationTests extends IntegrationTestSupport {

	@Test
	void readinessNeedsOnlyTheStoreAndDetailsAreForAdmins() {
		String admin = TestTokens.bearer("admin", "ADMIN");
		var readiness = get("/actuator/health/readiness", "Authorization", admin);
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(text(readiness)).contains("\"status\":\"UP\"").contains("\"store\"").doesNotContain("\"kafka\"");
		assertThat(text(get("/actuator/health", "Authorization", admin))).contains("\"kafka\"", "clusterId");
		assertThat(text(get("/actuator/health/readiness"))).isEqualTo("{\"status\":\"UP\"}");
		assertThat(text(get("/actuator/health"))).contains("\"status\":\"UP\"").doesNotContain("components", "kafka");
		assertThat(text(get("/actuator/health/liveness"))).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/prometheus", "Authorization", admin).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/metrics").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/info").statusCode()).isEqualTo(401);
	}

	@Test
	void everyEndpointIsDocumented() {
		String docs = text(get("/v3/api-docs"));
		assertThat(docs).contains("/q/{token}", "/api/v1/qr/{kind}/{code}.{format}", "/api/v1/links",
				"/api/v1/links/{token}", "/api/v1/posters/departments/{code}.pdf",
				"/api/v1/posters/localities/{code}.pdf", "/api/v1/posters/exports", "/api/v1/posters/exports/{id}",
				"/api/v1/posters/exports/{id}/download", "/api/v1/scans/top", "/api/v1/scans/localities",
				"/api/v1/scans/daily", "bearer-jwt");
	}

}
