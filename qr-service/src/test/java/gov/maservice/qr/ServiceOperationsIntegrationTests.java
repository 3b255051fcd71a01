package gov.maservice.qr;

import gov.maservice.testsupport.TestTokens;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceOperationsIntegrationTests extends IntegrationTestSupport {

	@Test
	void readinessReportsTheStoreAndTheBroker() {
		var readiness = get("/actuator/health/readiness", "Authorization", TestTokens.bearer("admin", "ADMIN"));
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(text(readiness)).contains("\"status\":\"UP\"").contains("\"store\"").contains("\"kafka\"");
		assertThat(text(get("/actuator/health/liveness"))).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(200);
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
