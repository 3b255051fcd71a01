package gov.maservice.qr.link;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import gov.maservice.contracts.GuideEvent;
import gov.maservice.qr.IntegrationTestSupport;
import gov.maservice.qr.QrCodes;
import gov.maservice.qr.scan.ScanCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedirectIntegrationTests extends IntegrationTestSupport {

	private static final String ITEM = "410471-RD00101-001";

	private static final String WITHDRAWN = "410471-RD00102-001";

	private static final String DEPARTMENT = "rdmzj";

	private static final String LOCALITY = "410471001091";

	@Autowired
	private MongoTemplate mongoTemplate;

	@Autowired
	private ScanCounter scanCounter;

	@BeforeAll
	void catalog() {
		department(DEPARTMENT, "民政局（测试）", 1);
		locality(LOCALITY, "皇台社区", "COMMUNITY", "410471001000", 1);
		publishItem(ITEM, "最低生活保障申请", DEPARTMENT, List.of(LOCALITY), 1);
		publishItem(WITHDRAWN, "临时救助申请", DEPARTMENT, List.of(), 1);
		item(GuideEvent.TYPE_WITHDRAWN, WITHDRAWN, null, DEPARTMENT, List.of(), 2);
		awaitItem(ITEM, 1);
		awaitItem(WITHDRAWN, 2);
		awaitDepartment(DEPARTMENT, "民政局（测试）");
		awaitLocality(LOCALITY, "皇台社区");
	}

	@Test
	void catalogLinksRedirectToTheirPagesWithoutCaching() {
		assertRedirect("/api/v1/qr/items/" + ITEM + ".png", BASE + "/g/" + ITEM);
		assertRedirect("/api/v1/qr/departments/" + DEPARTMENT + ".png", BASE + "/d/" + DEPARTMENT);
		assertRedirect("/api/v1/qr/localities/" + LOCALITY + ".png", BASE + "/l/" + LOCALITY);
	}

	@Test
	void aWithdrawnItemStillResolvesToItsPage() {
		assertThat(this.catalog.item(WITHDRAWN).orElseThrow().withdrawn()).isTrue();
		assertRedirect("/api/v1/qr/items/" + WITHDRAWN + ".svg", BASE + "/g/" + WITHDRAWN);
	}

	@Test
	void linksAreMintedWhenTheCatalogAnnouncesATarget() {
		assertThat(this.mongoTemplate.exists(Query.query(where("targetKey").is("ITEM:" + ITEM)), ShortLink.class))
			.isTrue();
		assertThat(this.mongoTemplate.exists(Query.query(where("targetKey").is("ITEM:" + ITEM + "@" + LOCALITY)),
				ShortLink.class))
			.isTrue();
		assertThat(
				this.mongoTemplate.exists(Query.query(where("targetKey").is("LOCALITY:" + LOCALITY)), ShortLink.class))
			.isTrue();
	}

	@Test
	void anUnknownTokenGetsAFriendlyChinesePageOrAProblemDetail() {
		HttpResponse<byte[]> page = get("/q/zzzzzzzz", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(text(page)).contains("没有找到这个二维码").contains("zzzzzzzz").doesNotContain("Exception");

		HttpResponse<byte[]> json = get("/q/zzzzzzzz", "Accept", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(text(json)).contains("\"status\":404");

		HttpResponse<byte[]> injected = get("/q/%7B%22$gt%22:%22%22%7D");
		assertThat(injected.statusCode()).isEqualTo(404);
		assertThat(text(injected)).contains("没有找到这个二维码");
	}

	@Test
	void everyScanCountsExactlyOnceAlsoWhenFiftyArriveTogether() throws Exception {
		String token = tokenOf("/api/v1/qr/items/" + ITEM + ".png");
		long before = scansToday(token);
		assertThat(get("/q/" + token).statusCode()).isEqualTo(302);
		assertThat(scansToday(token)).isEqualTo(before + 1);

		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			List<Callable<Integer>> scans = IntStream.range(0, 50)
				.<Callable<Integer>>mapToObj((i) -> () -> get("/q/" + token).statusCode())
				.toList();
			for (Future<Integer> status : pool.invokeAll(scans)) {
				assertThat(status.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(scansToday(token)).isEqualTo(before + 51);
	}

	@Test
	void aHeadRequestRedirectsWithoutCounting() {
		String token = tokenOf("/api/v1/qr/departments/" + DEPARTMENT + ".png?size=200");
		long before = scansToday(token);
		var head = send(java.net.http.HttpRequest.newBuilder(uri("/q/" + token))
			.method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(head.statusCode()).isEqualTo(302);
		assertThat(scansToday(token)).isEqualTo(before);
	}

	private void assertRedirect(String image, String page) {
		String token = tokenOf(image);
		HttpResponse<byte[]> response = get("/q/" + token);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue(page);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	private String tokenOf(String image) {
		HttpResponse<byte[]> response = get(image);
		assertThat(response.statusCode()).isEqualTo(200);
		String link = image.contains(".svg") ? QrCodes.decodeSvg(text(response)) : QrCodes.decodePng(response.body());
		return link.substring(link.lastIndexOf('/') + 1);
	}

	/**
	 * Scans reach the store on the counter's next flush; the test flushes instead of
	 * waiting.
	 */
	private long scansToday(String token) {
		this.scanCounter.flush();
		return this.mongoTemplate.find(Query.query(where("token").is(token)), org.bson.Document.class, "scan_counts")
			.stream()
			.mapToLong((document) -> ((Number) document.get("count")).longValue())
			.sum();
	}

}
