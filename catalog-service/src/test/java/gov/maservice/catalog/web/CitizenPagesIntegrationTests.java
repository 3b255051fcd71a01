package gov.maservice.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen pages as a phone browser fetches them: content, escaping, errors and
 * caching.
 */
class CitizenPagesIntegrationTests extends CatalogIntegrationTestSupport {

	private static final String FOOD = "410471-XK00101-001";

	private static final String BUSINESS_LICENCE = "410471-XK00102-001";

	@LocalServerPort
	private int port;

	private String page(String path) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/html;charset=UTF-8")
			.returnResult(String.class)
			.getResponseBody();
	}

	private void publishNew(String code, String guideJson, String note) {
		this.http.post()
			.uri("/api/v1/items")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(guideJson)
			.exchange()
			.expectStatus()
			.isCreated();
		publish(code, 1, note);
	}

	private void publish(String code, long version, String note) {
		this.http.post()
			.uri("/api/v1/items/{code}/publish", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":" + version + ",\"updateType\":\"MAJOR\",\"changeNote\":\"" + note + "\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void theGuidePageTellsEverythingAtOnce() {
		String html = page("/g/" + FOOD);
		assertThat(html).contains("<html lang=\"zh-CN\"", "name=\"viewport\"", "<title>食品经营许可（新办） - 办事指南")
			.contains("<h1>食品经营许可（新办）</h1>", "行政许可", "承诺件", "新设", "法人、自然人")
			.contains("平顶山高新区市场监督管理局", "《中华人民共和国食品安全法》", "第三十五条")
			.contains("申请人应当具有与经营的食品品种")
			.contains("食品经营许可申请书", "营业执照", "授权委托书", "复印件", "1份", "委托他人办理的", "政府部门核发（市场监督管理部门）", "核验原件")
			.contains("受理", "综合受理窗口", "审查", "决定", "送达")
			.contains("20个工作日", "5个工作日", "不收费", "最多跑一次")
			.contains("长安大道与神马大道交叉口", "A区 12-15号窗口", "工作日 上午8:30-12:00", "https://www.hnzwfw.gov.cn/", "窗口办理、网上办理、邮寄")
			.contains("tel:0375-2616001", "0375-12345", "个体工商户可以申请吗？")
			.contains("实施编码", FOOD, "XK00101", "区/县级", "（第1版）")
			.doesNotContain("<script");
	}

	@Test
	void uploadedFormsAreLinkedFromTheMaterialAndTheFormsList() {
		String code = "410471-XK00101-914";
		publishNew(code, guideJson(code), "首次发布");
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource("%PDF-1.4\n申请书\n%%EOF".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "食品经营许可申请书.pdf";
			}
		});
		parts.add("name", "食品经营许可申请书");
		String location = this.http.post()
			.uri("/api/v1/items/{code}/forms", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(location).startsWith("/api/v1/forms/");
		String html = page("/g/" + code);
		assertThat(html).contains("href=\"" + location + "\">下载表格</a>", "表格下载",
				"<a href=\"" + location + "\">食品经营许可申请书</a>", "空白表格");
	}

	@Test
	void anOnTheSpotItemSaysItIsDoneOnTheSpot() {
		assertThat(page("/g/" + BUSINESS_LICENCE)).contains("即办件", "当场办结");
	}

	@Test
	void everyGuideFieldIsEscaped() {
		String code = "410471-XK00101-911";
		String hostile = guideJson(code)
			.replace("\"name\":\"食品经营许可（新办）\"", "\"name\":\"<script>alert('name')</script>食品经营许可\"")
			.replace("\"name\":\"授权委托书\"", "\"name\":\"<img src=x onerror=alert(1)>委托书\"")
			.replace("\"answer\":\"", "\"answer\":\"<b onclick=alert(2)>答</b>");
		publishNew(code, hostile, "<script>note()</script>首次发布");
		String html = page("/g/" + code);
		assertThat(html).contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;食品经营许可")
			.contains("&lt;img src=x onerror=alert(1)&gt;委托书", "&lt;b onclick=alert(2)&gt;答&lt;/b&gt;")
			.contains("&lt;script&gt;note()&lt;/script&gt;首次发布")
			.doesNotContain("<script", "<img", "<b onclick");
		String results = page("/search?q=%E5%A7%94%E6%89%98%E4%B9%A6");
		assertThat(results).doesNotContain("<script", "<img");
	}

	@Test
	void unknownCodesGetAFriendlyChinesePage() {
		for (String path : new String[] { "/g/410471-NOPE-001", "/g/$where", "/g/{\"$gt\":\"\"}", "/d/nope",
				"/l/999999999999" }) {
			String html = this.http.get()
				.uri(path.substring(0, 3) + "{code}", path.substring(3))
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType("text/html;charset=UTF-8")
				.returnResult(String.class)
				.getResponseBody();
			assertThat(html).as(path).contains("没有找到这个页面", "lang=\"zh-CN\"").doesNotContain("Exception", "at gov.");
		}
	}

	@Test
	void pagesCarryValidatorsAndAnswer304() {
		EntityExchangeResult<byte[]> first = this.http.get()
			.uri("/g/" + FOOD)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=60, public")
			.expectHeader()
			.exists(HttpHeaders.LAST_MODIFIED)
			.expectBody()
			.returnResult();
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).startsWith("\"g").doesNotStartWith("W/");
		this.http.get()
			.uri("/g/" + FOOD)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
		this.http.get()
			.uri("/g/" + FOOD)
			.header(HttpHeaders.IF_MODIFIED_SINCE, first.getResponseHeaders().getFirst(HttpHeaders.LAST_MODIFIED))
			.exchange()
			.expectStatus()
			.isNotModified();
		this.http.get()
			.uri("/g/" + FOOD)
			.header(HttpHeaders.IF_NONE_MATCH, "\"other\"")
			.exchange()
			.expectStatus()
			.isOk();
		for (String path : new String[] { "/", "/d/scjgj", "/l/410471100000", "/search?q=yyzz" }) {
			String tag = this.http.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult(String.class)
				.getResponseHeaders()
				.getETag();
			assertThat(tag).as(path).isNotNull();
			this.http.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, tag).exchange().expectStatus().isNotModified();
		}
	}

	@Test
	void gzipIsSentToClientsThatAcceptItWithItsOwnValidator() throws IOException, InterruptedException {
		HttpResponse<byte[]> zipped = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/g/" + FOOD))
				.header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.statusCode()).isEqualTo(200);
		assertThat(zipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
		assertThat(zipped.headers().allValues(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		byte[] body = zipped.body();
		String html;
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(html).contains("<h1>食品经营许可（新办）</h1>");
		assertThat(body.length).isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 3);
		assertThat(zipped.headers().firstValue(HttpHeaders.ETAG))
			.hasValueSatisfying((etag) -> assertThat(etag).endsWith("-gz\""));
	}

	@Test
	void aNewEditionIsShownAtOnceWithItsChangeNoteAndANewValidator() {
		String code = "410471-XK00101-912";
		publishNew(code, guideJson(code), "首次发布");
		String before = this.http.get()
			.uri("/g/" + code)
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		String changed = guideJson(code).replace("\"promisedDays\":5", "\"promisedDays\":2");
		this.http.put()
			.uri("/api/v1/items/{code}/draft", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":2,\"guide\":" + changed + "}")
			.exchange()
			.expectStatus()
			.isOk();
		publish(code, 3, "承诺时限缩短为2个工作日");
		EntityExchangeResult<String> after = this.http.get()
			.uri("/g/" + code)
			.header(HttpHeaders.IF_NONE_MATCH, before)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class);
		assertThat(after.getResponseHeaders().getETag()).isNotEqualTo(before);
		assertThat(after.getResponseBody()).contains("2个工作日", "（第2版）", "承诺时限缩短为2个工作日", "首次发布");
	}

	@Test
	void aWithdrawnGuideStillResolvesWithABannerAndLeavesSearch() {
		String code = "410471-XK00101-913";
		publishNew(code, guideJson(code).replace("食品经营许可（新办）", "旧式摊贩登记"), "首次发布");
		assertThat(this.http.get().uri("/api/v1/search?q=旧式摊贩").exchange().returnResult(String.class).getResponseBody())
			.contains(code);
		this.http.post()
			.uri("/api/v1/items/{code}/withdraw", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":2,\"reason\":\"该事项已调整至市级办理\"}")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(page("/g/" + code)).contains("该事项已停止办理", "该事项已调整至市级办理", "旧式摊贩登记");
		this.http.get()
			.uri("/api/v1/search?q=旧式摊贩")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);
	}

	@Test
	void largeTextModeStaysOnFromPageToPage() {
		String html = page("/g/" + FOOD + "?large=1");
		assertThat(html).contains("<html lang=\"zh-CN\" class=\"large\"", "href=\"/d/scjgj?large=1\"",
				"href=\"/g/" + FOOD + "\"", "标准字体");
		assertThat(page("/g/" + FOOD)).contains("href=\"/g/" + FOOD + "?large=1\"", "大字版")
			.doesNotContain("class=\"large\"");
		assertThat(page("/search?q=yyzz&large=1")).contains("class=\"large\"", "name=\"large\" value=\"1\"");
	}

	@Test
	void departmentAndLocalityPagesListTheirItems() {
		assertThat(page("/d/scjgj")).contains("平顶山高新区市场监督管理局", "A区 12-15号窗口", "/g/" + FOOD, "/g/" + BUSINESS_LICENCE)
			.doesNotContain("/g/410471-GG00201-001");
		assertThat(page("/l/410471100201")).contains("张村 可办事项", "/g/410471-GG00201-001", "href=\"/l/410471100000\"")
			.doesNotContain("/g/" + FOOD);
		assertThat(page("/l/410471100000")).contains("遵化店镇 可办事项", "/g/410471-QT00301-001", "下辖村（社区）",
				"href=\"/l/410471100201\"");
		assertThat(page("/")).contains("按部门查找", "href=\"/d/scjgj\"", "遵化店镇", "href=\"/l/410471100202\"",
				"action=\"/search\"");
	}

	@Test
	void theResultsPageHighlightsWhatMatched() {
		assertThat(page("/search?q=yyzz")).contains("<mark>营业执照</mark>", "/g/" + BUSINESS_LICENCE, "找到");
		assertThat(page("/search?q=%E9%A3%9E%E6%9C%BA%E7%A5%A8")).contains("没有找到");
		String bad = this.http.get()
			.uri("/search?q={q}", "{\"$gt\":\"\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(bad).contains("搜索条件有误");
	}

}
