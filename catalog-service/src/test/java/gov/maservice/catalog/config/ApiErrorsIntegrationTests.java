package gov.maservice.catalog.config;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input and missing rights answer 4xx problem details, never a 500 or a stack trace.
 */
class ApiErrorsIntegrationTests extends CatalogIntegrationTestSupport {

	private static final String SEEDED = "410471-XK00101-001";

	@Test
	void writesWithoutAValidTokenAre401() {
		postItem(null, guideJson("410471-XK09101-030")).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://maservice.gov/problems/unauthorized");
		String expired = TestTokens.sign(new JWTClaimsSet.Builder().issuer("maservice-gateway")
			.subject("admin")
			.claim("roles", List.of("ADMIN"))
			.expirationTime(Date.from(Instant.now().minusSeconds(3600)))
			.build());
		postItem(expired, guideJson("410471-XK09101-030")).expectStatus().isUnauthorized();
		String foreign = TestTokens.sign(new JWTClaimsSet.Builder().issuer("somebody-else")
			.subject("admin")
			.claim("roles", List.of("ADMIN"))
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.build());
		postItem(foreign, guideJson("410471-XK09101-030")).expectStatus().isUnauthorized();
		postItem("not-a-jwt", guideJson("410471-XK09101-030")).expectStatus().isUnauthorized();
	}

	@Test
	void rolesAndDepartmentsLimitWrites() {
		this.http.post()
			.uri("/api/v1/items/{code}/publish", SEEDED)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.editor()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":1,\"updateType\":\"MINOR\"}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		postItem(TestTokens.editor("rsj"), guideJson("410471-XK09101-031")).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("scjgj"));
		postItem(TestTokens.token("guest", List.of(), List.of()), guideJson("410471-XK09101-031")).expectStatus()
			.isForbidden();
	}

	@Test
	void malformedBodiesAre400WithTheBadField() {
		postItem(TestTokens.admin(), "{\"code\": \"x\", ").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Invalid request")
			.jsonPath("$.trace")
			.doesNotExist();
		postItem(TestTokens.admin(), guideJson("410471-XK09101-032").replace("\"LICENSE\"", "\"LICENCE\""))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("itemType");
		postItem(TestTokens.admin(),
				guideJson("410471-XK09101-032").replace("\"410471-XK09101-032\"", "{\"$gt\":\"\"}"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("code");
		postItem(TestTokens.admin(), "[]").expectStatus().isBadRequest();
		postItem(TestTokens.admin(), "").expectStatus().isBadRequest();
	}

	@Test
	void incompleteGuidesNameEveryMissingElement() {
		String incomplete = "{\"code\":\"410471-XK09101-033\",\"basicCode\":\"XK00101\",\"name\":\"" + "长".repeat(201)
				+ "\",\"itemType\":\"LICENSE\",\"caseType\":\"ON_THE_SPOT\",\"targets\":[],\"departmentCode\":\"scjgj\","
				+ "\"level\":\"VILLAGE\",\"statutoryDays\":3,\"promisedDays\":2,"
				+ "\"fee\":{\"charged\":true},\"channels\":{\"hallAddress\":\"大厅\",\"hours\":\"工作日\",\"visits\":1,"
				+ "\"onlineUrl\":\"javascript:alert(1)\"},\"materials\":[{\"name\":\"身份证\",\"form\":\"COPY\","
				+ "\"copies\":0,\"required\":false}]}";
		postItem(TestTokens.admin(), incomplete).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((List<String> fields) -> assertThat(fields).contains("name", "targets", "legalBasis", "conditions",
					"process", "contacts", "promisedDays", "fee.basis", "fee.amount", "localityCodes",
					"channels.onlineUrl", "materials[0].copies", "materials[0].condition"));
		postItem(TestTokens.admin(), guideJson("410471-XK09101-034").replace("\"scjgj\"", "\"nosuchdept\""))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("departmentCode");
	}

	@Test
	void operatorsAndBadValuesInParametersAre400() {
		list("department={\"$gt\":\"\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("department");
		list("department[$ne]=x").expectStatus().isOk();
		list("itemType=LICENCE").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("itemType");
		list("size=100000").expectStatus().isBadRequest();
		list("page=-1").expectStatus().isBadRequest();
		list("department=scjgj&itemType=LICENSE&status=PUBLISHED").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].code")
			.value((List<String> codes) -> assertThat(codes).contains(SEEDED))
			.jsonPath("$.content[*].departmentCode")
			.value((List<String> departments) -> assertThat(departments).containsOnly("scjgj"));
		this.http.get()
			.uri(URI.create(this.baseUrl + "/api/v1/items/%24where"))
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.http.get()
			.uri(URI.create(this.baseUrl + "/api/v1/localities?parent=%7B%22%24ne%22%3Anull%7D"))
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.http.get()
			.uri("/api/v1/items/410471-XX00000-999")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get().uri("/api/v1/departments/nosuch").exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/forms/not-an-id").exchange().expectStatus().isBadRequest();
	}

	@Test
	void majorPublicationNeedsAChangeNote() {
		String code = "410471-XK09101-035";
		postItem(TestTokens.admin(), guideJson(code)).expectStatus().isCreated();
		this.http.post()
			.uri("/api/v1/items/{code}/publish", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":1,\"updateType\":\"MAJOR\",\"changeNote\":\"  \"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("changeNote");
		this.http.post()
			.uri("/api/v1/items/{code}/publish", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":1,\"updateType\":\"SOMETIMES\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("updateType");
		this.http.post()
			.uri("/api/v1/items/{code}/withdraw", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":1,\"reason\":\"草稿不能撤回\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void guideJsonAnswers304ToAConditionalRequest() {
		String etag = this.http.get()
			.uri("/api/v1/items/{code}/guide", "410471-GG00201-001")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists(HttpHeaders.LAST_MODIFIED)
			.returnResult(byte[].class)
			.getResponseHeaders()
			.getETag();
		assertThat(etag).isNotBlank();
		this.http.get()
			.uri("/api/v1/items/{code}/guide", "410471-GG00201-001")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified();
	}

	@Test
	void requestIdIsEchoedOrMade() {
		this.http.get()
			.uri("/api/v1/departments")
			.header("X-Request-Id", "req-42")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "req-42");
		this.http.get()
			.uri("/api/v1/departments")
			.header("X-Request-Id", "bad id\twith tab")
			.exchange()
			.expectHeader()
			.value("X-Request-Id", (value) -> assertThat(value).hasSize(36));
	}

	@Test
	void readinessReportsTheStoreAndApiDocsListTheEndpoints() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
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
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/items/{code}/publish'].post.summary")
			.exists()
			.jsonPath("$.paths['/api/v1/imports'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/items/{code}/forms'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/localities'].get")
			.exists();
	}

	private RestTestClient.ResponseSpec postItem(String token, String body) {
		RestTestClient.RequestBodySpec request = this.http.post()
			.uri("/api/v1/items")
			.contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
		}
		return request.body(body).exchange();
	}

	private RestTestClient.ResponseSpec list(String query) {
		String encoded = query.replace("{", "%7B")
			.replace("}", "%7D")
			.replace("\"", "%22")
			.replace("$", "%24")
			.replace("[", "%5B")
			.replace("]", "%5D");
		return this.http.get().uri(URI.create(this.baseUrl + "/api/v1/items?" + encoded)).exchange();
	}

}
