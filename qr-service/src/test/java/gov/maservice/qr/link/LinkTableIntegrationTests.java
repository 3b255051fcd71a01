package gov.maservice.qr.link;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import gov.maservice.qr.IntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Scans are answered from the links held in memory: with the store frozen they still
 * redirect at once, and the table follows this instance's writes at once and other
 * replicas' writes after a refresh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkTableIntegrationTests extends IntegrationTestSupport {

	private static final String PUBLISHER = TestTokens.bearer("publisher", "PUBLISHER");

	private static final String ITEM = "410471-LT00101-001";

	private static final String DEPARTMENT = "ltscj";

	private static final String LOCALITY = "410471001092";

	private static final Duration SCAN_BUDGET = Duration.ofSeconds(2);

	@Autowired
	private MongoTemplate mongoTemplate;

	@Autowired
	private LinkTable table;

	@BeforeAll
	void catalog() {
		department(DEPARTMENT, "市场监管局（链接表测试）", 1);
		locality(LOCALITY, "龙祥社区", "COMMUNITY", "410471001000", 1);
		publishItem(ITEM, "个体工商户登记", DEPARTMENT, List.of(LOCALITY), 1);
		awaitItem(ITEM, 1);
		awaitDepartment(DEPARTMENT, "市场监管局（链接表测试）");
		awaitLocality(LOCALITY, "龙祥社区");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> linkOf("ITEM:" + ITEM + "@" + LOCALITY) != null && linkOf("DEPARTMENT:" + DEPARTMENT) != null);
	}

	@Test
	void scansRedirectFromMemoryWhileTheStoreIsFrozen() {
		String item = linkOf("ITEM:" + ITEM).token();
		String delegated = linkOf("ITEM:" + ITEM + "@" + LOCALITY).token();
		String department = linkOf("DEPARTMENT:" + DEPARTMENT).token();
		String custom = create("https://www.hnzwfw.gov.cn/frozen");

		whileStoreFrozen(() -> {
			assertScan(item, BASE + "/g/" + ITEM);
			assertScan(delegated, BASE + "/g/" + ITEM);
			assertScan(department, BASE + "/d/" + DEPARTMENT);
			assertScan(custom, "https://www.hnzwfw.gov.cn/frozen");

			// a token not in memory needs the store: a clear 503 within the budget
			long started = System.nanoTime();
			HttpResponse<byte[]> unknown = get("/q/zzzzzzzy", "Accept", "application/json");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SCAN_BUDGET);
			assertThat(unknown.statusCode()).isEqualTo(503);
			assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		});
	}

	@Test
	void aLinkChangedThroughTheApiIsServedChangedAtOnce() {
		String token = create("https://www.hnzwfw.gov.cn/before");
		assertScan(token, "https://www.hnzwfw.gov.cn/before");
		HttpResponse<byte[]> changed = write("PUT", "/api/v1/links/" + token,
				"{\"title\":\"改后\",\"target\":\"https://www.hnzwfw.gov.cn/after\"}");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertScan(token, "https://www.hnzwfw.gov.cn/after");
	}

	@Test
	void aLinkChangedByAnotherReplicaIsServedChangedAfterTheRefresh() {
		String token = create("https://www.hnzwfw.gov.cn/mine");
		assertScan(token, "https://www.hnzwfw.gov.cn/mine");

		// another replica's PUT, straight to the store
		this.mongoTemplate.updateFirst(Query.query(where("_id").is(token)),
				new Update().set("targetUrl", "https://www.hnzwfw.gov.cn/theirs").set("updatedAt", Instant.now()),
				ShortLink.class);
		assertThat(location(token)).isEqualTo("https://www.hnzwfw.gov.cn/mine");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(location(token)).isEqualTo("https://www.hnzwfw.gov.cn/theirs"));
	}

	@Test
	void aLinkMintedByAnotherReplicaIsFoundInTheStoreAtOnceAndKept() {
		Instant now = Instant.now();
		this.mongoTemplate.insert(new ShortLink("ltOther23", LinkKind.CUSTOM, null, null, "CUSTOM:ltOther23",
				"https://www.hnzwfw.gov.cn/other", "别处", now, now, "other"));
		assertScan("ltOther23", "https://www.hnzwfw.gov.cn/other");
		whileStoreFrozen(() -> assertScan("ltOther23", "https://www.hnzwfw.gov.cn/other"));
	}

	@Test
	void everyLinkIsHeldInMemory() {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.table.size())
				.isEqualTo(this.mongoTemplate.count(new Query(), ShortLink.class)));
	}

	private void assertScan(String token, String location) {
		long started = System.nanoTime();
		HttpResponse<byte[]> response = get("/q/" + token);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SCAN_BUDGET);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue(location);
	}

	private String location(String token) {
		return get("/q/" + token).headers().firstValue("Location").orElse(null);
	}

	private ShortLink linkOf(String targetKey) {
		return this.mongoTemplate.findOne(Query.query(where("targetKey").is(targetKey)), ShortLink.class);
	}

	private String create(String target) {
		HttpResponse<byte[]> created = write("POST", "/api/v1/links",
				"{\"title\":\"链接表测试\",\"target\":\"" + target + "\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		return text(created).replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private HttpResponse<byte[]> write(String method, String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Authorization", PUBLISHER)
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

}
