package gov.maservice.catalog.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Bulk import with dry run and idempotency, and export that round-trips. */
class ImportExportIntegrationTests extends CatalogIntegrationTestSupport {

	private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	@Test
	void dryRunReportsEveryRowAndWritesNothingThenTheSameFileImportsOnce() {
		String existing = guideJson("410471-XK09001-010");
		this.http.post()
			.uri("/api/v1/items")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(existing)
			.exchange()
			.expectStatus()
			.isCreated();
		String fresh = guideJson("410471-XK09001-011");
		String incomplete = guideJson("410471-XK09001-012")
			.replaceFirst("\"materials\":\\[.*?\\],\"process\"", "\"materials\":[],\"process\"")
			.replace("\"promisedDays\":5", "\"promisedDays\":50");
		String wrongType = guideJson("410471-XK09001-013").replace("\"copies\":1", "\"copies\":\"two\"");
		String file = existing + "\n" + fresh + "\n\n" + incomplete + "\n" + wrongType + "\n{not json\n";

		importFile(file, NDJSON, true).expectBody()
			.jsonPath("$.dryRun")
			.isEqualTo(true)
			.jsonPath("$.total")
			.isEqualTo(5)
			.jsonPath("$.unchanged")
			.isEqualTo(1)
			.jsonPath("$.created")
			.isEqualTo(1)
			.jsonPath("$.rejected")
			.isEqualTo(3)
			.jsonPath("$.rows[1].outcome")
			.isEqualTo("CREATED")
			.jsonPath("$.errors[?(@.line == 4 && @.field == 'materials')].message")
			.isEqualTo("must not be empty")
			.jsonPath("$.errors[?(@.line == 4 && @.field == 'promisedDays')]")
			.exists()
			.jsonPath("$.errors[?(@.line == 5)].field")
			.isEqualTo("materials[0].copies")
			.jsonPath("$.errors[?(@.line == 6)].message")
			.isEqualTo("not a JSON object");
		this.http.get()
			.uri("/api/v1/items/410471-XK09001-011")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isNotFound();

		importFile(file, NDJSON, false).expectBody()
			.jsonPath("$.created")
			.isEqualTo(1)
			.jsonPath("$.rejected")
			.isEqualTo(3);
		String id = importFile(file, NDJSON, false).expectBody()
			.jsonPath("$.created")
			.isEqualTo(0)
			.jsonPath("$.updated")
			.isEqualTo(0)
			.jsonPath("$.unchanged")
			.isEqualTo(2)
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();
		this.http.get()
			.uri(id)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("COMPLETED")
			.jsonPath("$.processed")
			.isEqualTo(5);
		this.http.get()
			.uri("/api/v1/items/410471-XK09001-011")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DRAFT")
			.jsonPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void changedRowReplacesTheDraftOfAPublishedItem() {
		String changed = guideJson("410471-XK00101-001").replace("\"promisedDays\":5", "\"promisedDays\":4")
			.replace("食品经营许可（新办）", "食品经营许可（新办）") + "\n";
		importFile(changed, NDJSON, false).expectBody().jsonPath("$.updated").isEqualTo(1);
		this.http.get()
			.uri("/api/v1/items/410471-XK00101-001")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("PUBLISHED")
			.jsonPath("$.draft.guide.promisedDays")
			.isEqualTo(4);
		importFile(changed, NDJSON, true).expectBody().jsonPath("$.unchanged").isEqualTo(1);
	}

	@Test
	void exportedJsonLinesAndCsvImportWithoutChanges() {
		String jsonLines = export("/api/v1/exports/items.jsonl");
		long lines = jsonLines.lines().count();
		assertThat(lines).isGreaterThanOrEqualTo(4);
		importFile(jsonLines, NDJSON, true).expectBody()
			.jsonPath("$.total")
			.isEqualTo((int) lines)
			.jsonPath("$.unchanged")
			.isEqualTo((int) lines)
			.jsonPath("$.rejected")
			.isEqualTo(0);

		String csv = export("/api/v1/exports/items.csv");
		assertThat(csv).startsWith("\uFEFFcode,basicCode,name");
		importFile(csv, CSV, true).expectBody()
			.jsonPath("$.format")
			.isEqualTo("CSV")
			.jsonPath("$.unchanged")
			.isEqualTo((int) lines)
			.jsonPath("$.rejected")
			.isEqualTo(0);
	}

	@Test
	void formulaLeadingCellsAreGuardedOnExportAndReadBackUnchanged() {
		createItem("410471-XK09001-040", "=1+1 食品经营许可");
		createItem("410471-XK09001-041", "-负号开头的事项");
		createItem("410471-XK09001-042", "'引号开头的事项");
		long items = export("/api/v1/exports/items.jsonl").lines().count();

		String csv = export("/api/v1/exports/items.csv");
		assertThat(csv).contains(",'=1+1 食品经营许可,", ",'-负号开头的事项,", ",''引号开头的事项,").doesNotContain(",=1+1", ",-负号");
		importFile(csv, CSV, true).expectBody()
			.jsonPath("$.unchanged")
			.isEqualTo((int) items)
			.jsonPath("$.updated")
			.isEqualTo(0)
			.jsonPath("$.rejected")
			.isEqualTo(0);
		// The plain form (as a tool other than a spreadsheet writes it) reads back the
		// same.
		String plain = export("/api/v1/exports/items.csv?guardFormulas=false");
		assertThat(plain).contains(",=1+1 食品经营许可,", ",-负号开头的事项,", ",'引号开头的事项,");
		importFile(plain, CSV, true).expectBody()
			.jsonPath("$.unchanged")
			.isEqualTo((int) items)
			.jsonPath("$.rejected")
			.isEqualTo(0);
	}

	@Test
	void aCsvSavedAsGbkByExcelOrWpsImportsWithItsChineseNames() {
		String header = String.join(",", GuideCsv.COLUMNS);
		long items = export("/api/v1/exports/items.jsonl").lines().count();
		String exported = export("/api/v1/exports/items.csv").substring(1);
		byte[] gbk = exported.getBytes(Charset.forName("GBK"));
		assertThat(new String(gbk, StandardCharsets.UTF_8)).contains("\uFFFD");
		importFile(gbk, CSV, true).expectBody()
			.jsonPath("$.updated")
			.isEqualTo(0)
			.jsonPath("$.rejected")
			.isEqualTo(0)
			.jsonPath("$.unchanged")
			.isEqualTo((int) items);

		String row = exported.lines()
			.filter((line) -> line.startsWith("410471-XK00101-001,"))
			.findFirst()
			.orElseThrow()
			.replace("410471-XK00101-001", "410471-XK09001-050")
			.replace("食品经营许可（新办）", "烟草专卖零售许可（GBK）");
		importFile((header + "\r\n" + row + "\r\n").getBytes(Charset.forName("GBK")), CSV, false).expectBody()
			.jsonPath("$.created")
			.isEqualTo(1)
			.jsonPath("$.rejected")
			.isEqualTo(0);
		this.http.get()
			.uri("/api/v1/items/410471-XK09001-050")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("烟草专卖零售许可（GBK）");

		byte[] utf16 = ("\uFEFF" + header + "\r\n" + row.replace("410471-XK09001-050", "410471-XK09001-051") + "\r\n")
			.getBytes(StandardCharsets.UTF_16LE);
		importFile(utf16, CSV, true).expectBody()
			.jsonPath("$.created")
			.isEqualTo(1)
			.jsonPath("$.rejected")
			.isEqualTo(0);
	}

	@Test
	void aFileThatDecodesInNoAcceptedEncodingIsRefusedNamingTheLine() {
		byte[] head = (String.join(",", GuideCsv.COLUMNS) + "\r\n" + "a,b\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] file = Arrays.copyOf(head, head.length + 4);
		file[head.length] = 'x';
		file[head.length + 1] = (byte) 0xFF;
		file[head.length + 2] = (byte) 0xFF;
		file[head.length + 3] = '\n';
		this.http.post()
			.uri("/api/v1/imports?dryRun=true")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(CSV)
			.body(file)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.line")
			.isEqualTo(3)
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("line 3"));
		byte[] badUtf8AfterBom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', '\n', (byte) 0xC3, '(' };
		this.http.post()
			.uri("/api/v1/imports?dryRun=true")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(NDJSON)
			.body(badUtf8AfterBom)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.line")
			.isEqualTo(2);
	}

	@Test
	void rowsWithControlCharactersAreRejectedLikeApiRequests() {
		String bad = guideJson("410471-XK09001-060").replace("食品经营许可（新办）", "食品\\u000b经营许可");
		String multiLine = guideJson("410471-XK09001-061").replace("申请人签字或盖章", "申请人签字\\n或盖章\\t。");
		importFile(bad + "\n" + multiLine + "\n", NDJSON, true).expectBody()
			.jsonPath("$.rejected")
			.isEqualTo(1)
			.jsonPath("$.created")
			.isEqualTo(1)
			.jsonPath("$.errors[0].line")
			.isEqualTo(1)
			.jsonPath("$.errors[0].field")
			.isEqualTo("name")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not contain control characters or line breaks");
		this.http.post()
			.uri("/api/v1/items")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(bad)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.value((field) -> assertThat(field.toString()).endsWith("name"));
	}

	private void createItem(String code, String name) {
		this.http.post()
			.uri("/api/v1/items")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(guideJson(code).replace("食品经营许可（新办）", name))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@Test
	void badCsvRowsNameTheirLineAndColumn() {
		String header = String.join(",", GuideCsv.COLUMNS);
		String csv = header + "\r\n" + "410471-XK09001-020,XK00101,\"多行\n名称\",,,,LICENSE,PROMISED,not-json,scjgj"
				+ "\r\n"
				+ "410471-XK09001-021,XK00101,名称,,,,LICENSE,PROMISED,\"[\"\"LEGAL_PERSON\"\"]\",scjgj,DISTRICT,[],"
				+ "[],[],[],[],x,0,{},{},{},[]\r\n";
		importFile(csv, CSV, true).expectBody()
			.jsonPath("$.total")
			.isEqualTo(2)
			.jsonPath("$.rejected")
			.isEqualTo(2)
			.jsonPath("$.errors[0].line")
			.isEqualTo(2)
			.jsonPath("$.errors[0].field")
			.isEqualTo("targets")
			.jsonPath("$.errors[1].line")
			.isEqualTo(4)
			.jsonPath("$.errors[1].field")
			.isEqualTo("statutoryDays");
	}

	@Test
	void importNeedsAPublisherAndExportAToken() {
		this.http.post()
			.uri("/api/v1/imports")
			.contentType(NDJSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.http.post()
			.uri("/api/v1/imports")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.editor()))
			.contentType(NDJSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get().uri("/api/v1/exports/items.csv").exchange().expectStatus().isUnauthorized();
		this.http.post()
			.uri("/api/v1/imports")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_XML)
			.body("<items/>")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	private RestTestClient.ResponseSpec importFile(String content, MediaType type, boolean dryRun) {
		return importFile(content.getBytes(StandardCharsets.UTF_8), type, dryRun);
	}

	private RestTestClient.ResponseSpec importFile(byte[] content, MediaType type, boolean dryRun) {
		return this.http.post()
			.uri("/api/v1/imports?dryRun={dryRun}", dryRun)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(type)
			.body(content)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private String export(String path) {
		byte[] body = this.http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.editor()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

}
