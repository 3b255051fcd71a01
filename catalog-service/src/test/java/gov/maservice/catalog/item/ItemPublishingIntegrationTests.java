package gov.maservice.catalog.item;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The publishing workflow through the HTTP API, as an admin tool drives it. */
class ItemPublishingIntegrationTests extends CatalogIntegrationTestSupport {

	@Test
	void createPublishEditPublishMajorWithdraw() {
		String code = "410471-XK09401-001";
		this.http.post()
			.uri("/api/v1/items")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.editor("scjgj")))
			.contentType(MediaType.APPLICATION_JSON)
			.body(guideJson(code))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/api/v1/items/" + code)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo(code)
			.jsonPath("$.status")
			.isEqualTo("DRAFT")
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.edition")
			.isEqualTo(0)
			.jsonPath("$.draft.edition")
			.isEqualTo(1)
			.jsonPath("$.draft.guide.name")
			.isEqualTo("食品经营许可（新办）")
			.jsonPath("$.published")
			.isEmpty();

		publish(code, 1, "MAJOR", "首次发布").jsonPath("$.status")
			.isEqualTo("PUBLISHED")
			.jsonPath("$.version")
			.isEqualTo(2)
			.jsonPath("$.edition")
			.isEqualTo(1)
			.jsonPath("$.draft")
			.isEmpty();

		String changed = guideJson(code).replace("\"promisedDays\":5", "\"promisedDays\":3");
		this.http.put()
			.uri("/api/v1/items/{code}/draft", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.editor("scjgj")))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":2,\"guide\":" + changed + "}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(3)
			.jsonPath("$.draft.edition")
			.isEqualTo(2)
			.jsonPath("$.draft.guide.promisedDays")
			.isEqualTo(3)
			.jsonPath("$.published.guide.promisedDays")
			.isEqualTo(5);

		this.http.post()
			.uri("/api/v1/items/{code}/publish", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":2,\"updateType\":\"MAJOR\",\"changeNote\":\"过期的版本\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.currentVersion")
			.isEqualTo(3);

		publish(code, 3, "MAJOR", "承诺办结时限缩短为3个工作日").jsonPath("$.edition")
			.isEqualTo(2)
			.jsonPath("$.published.edition")
			.isEqualTo(2)
			.jsonPath("$.published.changeNote")
			.isEqualTo("承诺办结时限缩短为3个工作日")
			.jsonPath("$.published.guide.promisedDays")
			.isEqualTo(3);

		this.http.get()
			.uri("/api/v1/items/{code}/guide", code)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.edition")
			.isEqualTo(2)
			.jsonPath("$.changeNote")
			.isEqualTo("承诺办结时限缩短为3个工作日")
			.jsonPath("$.changeHistory[0].edition")
			.isEqualTo(2)
			.jsonPath("$.changeHistory[1].note")
			.isEqualTo("首次发布")
			.jsonPath("$.guide.promisedDays")
			.isEqualTo(3);

		String lastUpdated = this.http.get()
			.uri("/api/v1/items/{code}", code)
			.exchange()
			.expectBody(ItemView.class)
			.returnResult()
			.getResponseBody()
			.lastUpdated()
			.toString();
		String typoFixed = changed.replace("材料齐全的当场受理", "材料齐全的，当场受理");
		this.http.put()
			.uri("/api/v1/items/{code}/draft", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":4,\"guide\":" + typoFixed + "}")
			.exchange()
			.expectStatus()
			.isOk();
		publish(code, 5, "MINOR", "ignored for minor").jsonPath("$.edition")
			.isEqualTo(3)
			.jsonPath("$.lastUpdated")
			.isEqualTo(lastUpdated)
			.jsonPath("$.published.updateType")
			.isEqualTo("MINOR")
			.jsonPath("$.published.changeNote")
			.isEmpty();
		this.http.get()
			.uri("/api/v1/items/{code}/guide", code)
			.exchange()
			.expectBody()
			.jsonPath("$.edition")
			.isEqualTo(3)
			.jsonPath("$.lastUpdated")
			.isEqualTo(lastUpdated)
			.jsonPath("$.changeHistory.length()")
			.isEqualTo(2);

		this.http.post()
			.uri("/api/v1/items/{code}/withdraw", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":6,\"reason\":\"该事项已调整至市级办理\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("WITHDRAWN")
			.jsonPath("$.withdrawnReason")
			.isEqualTo("该事项已调整至市级办理");

		this.http.get()
			.uri("/api/v1/items/{code}/guide", code)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("WITHDRAWN")
			.jsonPath("$.withdrawnReason")
			.isEqualTo("该事项已调整至市级办理")
			.jsonPath("$.guide.name")
			.isEqualTo("食品经营许可（新办）");

		this.http.get()
			.uri("/api/v1/items/{code}/history", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.editions.length()")
			.isEqualTo(3)
			.jsonPath("$.audit[0].action")
			.isEqualTo("CREATED")
			.jsonPath("$.audit[0].actor")
			.isEqualTo("editor")
			.jsonPath("$.audit[6].action")
			.isEqualTo("WITHDRAWN")
			.jsonPath("$.audit[6].actor")
			.isEqualTo("publisher");
	}

	private org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec publish(String code,
			long version, String updateType, String note) {
		return this.http.post()
			.uri("/api/v1/items/{code}/publish", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":" + version + ",\"updateType\":\"" + updateType + "\",\"changeNote\":\"" + note + "\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

}
