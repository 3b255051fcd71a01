package gov.maservice.catalog.item;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public reads show published content only: drafts, history and staff user names need a
 * staff token allowed to edit the item.
 */
class ItemVisibilityIntegrationTests extends CatalogIntegrationTestSupport {

	private static final String DRAFT_ONLY = "410471-XK09501-001";

	private static final String PUBLISHED = "410471-XK09501-002";

	@Test
	void anonymousCallersSeeThePublishedGuideOnlyAndNoUserNames() {
		create(DRAFT_ONLY, "尚未发布的草稿事项");
		create(PUBLISHED, "已发布的事项");
		this.http.post()
			.uri("/api/v1/items/{code}/publish", PUBLISHED)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":1,\"updateType\":\"MAJOR\",\"changeNote\":\"首次发布\"}")
			.exchange()
			.expectStatus()
			.isOk();
		this.http.put()
			.uri("/api/v1/items/{code}/draft", PUBLISHED)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.editor("scjgj")))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":2,\"guide\":" + guideJson(PUBLISHED).replace("食品经营许可（新办）", "草稿里的新名称") + "}")
			.exchange()
			.expectStatus()
			.isOk();

		// Never published: 404 for anyone who may not edit it.
		get(DRAFT_ONLY, null).expectStatus().isNotFound();
		get(DRAFT_ONLY, TestTokens.editor("other-department")).expectStatus().isNotFound();
		get(DRAFT_ONLY, TestTokens.editor("scjgj")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.draft.guide.name")
			.isEqualTo("尚未发布的草稿事项")
			.jsonPath("$.createdBy")
			.isEqualTo("admin");

		// Published with a newer draft: the public sees the published edition, without
		// names.
		String anonymous = get(PUBLISHED, null).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(anonymous).contains("\"name\":\"已发布的事项\"", "\"status\":\"PUBLISHED\"")
			.doesNotContain("草稿里的新名称", "\"admin\"", "\"publisher\"", "\"editor\"");
		get(PUBLISHED, null).expectBody()
			.jsonPath("$.draft")
			.isEmpty()
			.jsonPath("$.published.guide.name")
			.isEqualTo("已发布的事项")
			.jsonPath("$.published.publishedBy")
			.isEmpty()
			.jsonPath("$.createdBy")
			.isEmpty()
			.jsonPath("$.modifiedBy")
			.isEmpty();
		get(PUBLISHED, TestTokens.publisher()).expectBody()
			.jsonPath("$.name")
			.isEqualTo("草稿里的新名称")
			.jsonPath("$.draft.guide.name")
			.isEqualTo("草稿里的新名称")
			.jsonPath("$.draft.savedBy")
			.isEqualTo("editor")
			.jsonPath("$.published.publishedBy")
			.isEqualTo("publisher");
		get(PUBLISHED, TestTokens.admin()).expectBody().jsonPath("$.modifiedBy").isEqualTo("editor");

		// The citizen guide names no staff member either.
		String guide = this.http.get()
			.uri("/api/v1/items/{code}/guide", PUBLISHED)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(guide).contains("已发布的事项").doesNotContain("publishedBy", "\"publisher\"");

		// History and audit: staff allowed to edit the item only.
		this.http.get()
			.uri("/api/v1/items/{code}/history", PUBLISHED)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get()
			.uri("/api/v1/items/{code}/history", PUBLISHED)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.editor("other-department")))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get()
			.uri("/api/v1/items/{code}/history", PUBLISHED)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.editor("scjgj")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.audit[1].actor")
			.isEqualTo("publisher");

		// The list: published items as published for the public, everything for staff.
		String publicList = list(null);
		assertThat(publicList).contains(PUBLISHED, "已发布的事项").doesNotContain(DRAFT_ONLY, "草稿里的新名称");
		assertThat(list(TestTokens.editor("scjgj"))).contains(DRAFT_ONLY, "草稿里的新名称");
	}

	private void create(String code, String name) {
		this.http.post()
			.uri("/api/v1/items")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(guideJson(code).replace("食品经营许可（新办）", name))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private RestTestClient.ResponseSpec get(String code, String token) {
		RestTestClient.RequestHeadersSpec<?> request = this.http.get().uri("/api/v1/items/{code}", code);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
		}
		return request.exchange();
	}

	private String list(String token) {
		RestTestClient.RequestHeadersSpec<?> request = this.http.get().uri("/api/v1/items?department=scjgj&size=200");
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
		}
		return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

}
