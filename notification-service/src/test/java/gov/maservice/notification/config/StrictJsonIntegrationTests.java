package gov.maservice.notification.config;

import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's strict JSON as this service applies it: a notice dated beyond year 9999
 * (which would break the CAP feed and generated clients) and scalars sent where text is
 * expected are 400s, and nothing is stored.
 */
class StrictJsonIntegrationTests extends NotificationIntegrationTestSupport {

	@Test
	void aNoticeDatedBeyondYear9999Is400() {
		String body = notice("远未来通知", TOWN).replace("\"areaCodes\"",
				"\"expires\":\"+999999-01-01T00:00:00Z\",\"areaCodes\"");
		post(body).expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		String effective = notice("远未来通知", TOWN).replace("\"areaCodes\"",
				"\"effective\":\"10000-01-01T00:00:00Z\",\"areaCodes\"");
		post(effective).expectStatus().isBadRequest();
		assertThat(this.mongo.count(Query.query(Criteria.where("headline").is("远未来通知")), "notices").block()).isZero();
	}

	@Test
	void aBooleanOrNumberSentAsTheHeadlineIs400() {
		for (String value : new String[] { "false", "0" }) {
			post(notice("x", TOWN).replace("\"headline\":\"x\"", "\"headline\":" + value)).expectStatus()
				.isBadRequest();
		}
		assertThat(this.mongo.count(Query.query(Criteria.where("headline").in("false", "0")), "notices").block())
			.isZero();
	}

	private WebTestClient.ResponseSpec post(String json) {
		return this.http.post()
			.uri("/api/v1/notices")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

}
