package gov.maservice.qr.poster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import gov.maservice.contracts.GuideEvent;
import gov.maservice.qr.IntegrationTestSupport;
import gov.maservice.qr.QrCodes;
import gov.maservice.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PosterIntegrationTests extends IntegrationTestSupport {

	private static final String DEPARTMENT = "ptrsj";

	private static final String LOCALITY = "410471100292";

	private static final int ITEMS = 14;

	@BeforeAll
	void catalog() {
		department(DEPARTMENT, "人力资源和社会保障局", 1);
		locality("410471100000", "遵化店镇", "TOWN", "410471", 1);
		locality(LOCALITY, "屈庄", "VILLAGE", "410471100000", 1);
		IntStream.rangeClosed(1, ITEMS)
			.forEach((i) -> publishItem(item(i), "城乡居民养老保险参保登记（第" + i + "项）", DEPARTMENT,
					(i <= 3) ? List.of(LOCALITY) : List.of(), 1));
		awaitItem(item(ITEMS), 1);
		IntStream.rangeClosed(1, ITEMS).forEach((i) -> awaitItem(item(i), 1));
		awaitDepartment(DEPARTMENT, "人力资源和社会保障局");
		awaitLocality(LOCALITY, "屈庄");
	}

	@Test
	void aDepartmentPosterHasTheNameEveryCodeCaptionedPageNumbersAndTheFontEmbedded(@TempDir Path dir)
			throws Exception {
		HttpResponse<byte[]> response = get("/api/v1/posters/departments/" + DEPARTMENT + ".pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("人力资源和社会保障局")
				.contains("城乡居民养老保险参保登记（第14项）")
				.contains(item(7))
				.contains("第 1 页 / 共 2 页")
				.contains("第 2 页 / 共 2 页");
			PDFont font = pdf.getPage(0)
				.getResources()
				.getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).endsWith("WenQuanYiZenHei");
		}
		Set<String> expected = new HashSet<>();
		expected.add(BASE + "/d/" + DEPARTMENT);
		IntStream.rangeClosed(1, ITEMS).forEach((i) -> expected.add(BASE + "/g/" + item(i)));
		assertThat(redirects(decodeAll(response.body(), dir))).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void aLocalityPosterPrintsItsOwnCodeAndItsDelegatedItemsWithLocalityLinks(@TempDir Path dir) throws Exception {
		HttpResponse<byte[]> response = get("/api/v1/posters/localities/" + LOCALITY + ".pdf?paper=A3");
		assertThat(response.statusCode()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(842f,
					org.assertj.core.data.Offset.offset(1f));
			assertThat(new PDFTextStripper().getText(pdf)).contains("屈庄").contains("遵化店镇").contains(item(3));
		}
		List<String> links = decodeAll(response.body(), dir);
		assertThat(redirects(links)).containsExactlyInAnyOrder(BASE + "/l/" + LOCALITY, BASE + "/g/" + item(1),
				BASE + "/g/" + item(2), BASE + "/g/" + item(3));
		String hallLink = QrCodes.decodePng(get("/api/v1/qr/items/" + item(1) + ".png").body());
		String villageLink = QrCodes.decodePng(get("/api/v1/qr/items/" + item(1) + ".png?locality=" + LOCALITY).body());
		if (!links.isEmpty()) {
			assertThat(links).contains(villageLink).doesNotContain(hallLink);
		}
	}

	@Test
	void renamesFromCatalogEventsReRenderThePosterWithTheSameLinks(@TempDir Path dir) throws Exception {
		String department = "ptsw";
		department(department, "税务局", 1);
		publishItem("410471-PT00201-001", "增值税发票领用", department, List.of(), 1);
		awaitItem("410471-PT00201-001", 1);
		awaitDepartment(department, "税务局");
		HttpResponse<byte[]> before = get("/api/v1/posters/departments/" + department + ".pdf");
		String etag = before.headers().firstValue("ETag").orElseThrow();
		assertThat(get("/api/v1/posters/departments/" + department + ".pdf", "If-None-Match", etag).statusCode())
			.isEqualTo(304);

		department(department, "国家税务总局平顶山高新区税务局", 2);
		item(GuideEvent.TYPE_UPDATED, "410471-PT00201-001", "增值税专用发票领用", department, List.of(), 2);
		awaitDepartment(department, "国家税务总局平顶山高新区税务局");
		awaitItem("410471-PT00201-001", 2);

		HttpResponse<byte[]> after = get("/api/v1/posters/departments/" + department + ".pdf", "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
		try (PDDocument pdf = Loader.loadPDF(after.body())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("国家税务总局平顶山高新区税务局")
				.contains("增值税专用发票领用")
				.doesNotContain("增值税发票领用");
		}
		assertThat(decodeAll(after.body(), dir)).containsExactlyInAnyOrderElementsOf(decodeAll(before.body(), dir));
	}

	@Test
	void unknownPostersAndPapersAreProblemDetails() {
		assertThat(get("/api/v1/posters/departments/nosuchdept.pdf").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/posters/localities/999999999999.pdf").statusCode()).isEqualTo(404);
		HttpResponse<byte[]> paper = get("/api/v1/posters/departments/" + DEPARTMENT + ".pdf?paper=B5");
		assertThat(paper.statusCode()).isEqualTo(400);
		assertThat(paper.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void aBulkExportReportsProgressAndDeliversEveryPosterInAZip() throws IOException {
		String admin = TestTokens.bearer("admin", "ADMIN");
		assertThat(send(HttpRequest.newBuilder(uri("/api/v1/posters/exports"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build()).statusCode()).isEqualTo(401);
		HttpResponse<byte[]> started = send(HttpRequest.newBuilder(uri("/api/v1/posters/exports?paper=A4"))
			.header("Authorization", admin)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(started.statusCode()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> text(get(location, "Authorization", admin)).contains("\"status\":\"DONE\""));
		String progress = text(get(location, "Authorization", admin));
		assertThat(progress).contains("\"percent\":100");
		int total = Integer.parseInt(progress.replaceAll(".*\"total\":(\\d+).*", "$1"));
		assertThat(progress).contains("\"done\":" + total);

		HttpResponse<byte[]> zip = get(location + "/download", "Authorization", admin);
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
		List<String> names = new ArrayList<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				names.add(entry.getName());
				assertThat(new String(entries.readNBytes(5))).as(entry.getName()).isEqualTo("%PDF-");
			}
		}
		assertThat(names).hasSize(total)
			.contains("departments/" + DEPARTMENT + "-人力资源和社会保障局.pdf", "localities/" + LOCALITY + "-屈庄.pdf",
					"localities/410471100000-遵化店镇.pdf");
	}

	private List<String> redirects(List<String> links) {
		return links.stream().map((link) -> {
			HttpResponse<byte[]> response = get(link.replace(BASE, ""));
			assertThat(response.statusCode()).as(link).isEqualTo(302);
			return response.headers().firstValue("Location").orElseThrow();
		}).toList();
	}

	/**
	 * Rasterises the PDF with pdftoppm and decodes every code with zbarimg, one code at a
	 * time as a phone frames it. Without the tools the assertion that needs them is
	 * skipped (CI installs poppler-utils and zbar-tools).
	 */
	private static List<String> decodeAll(byte[] pdf, Path dir) throws IOException, InterruptedException {
		assumeTrue(QrCodes.toolAvailable("pdftoppm") && QrCodes.toolAvailable("zbarimg"),
				"pdftoppm/zbarimg are not installed (apt-get install poppler-utils zbar-tools)");
		Path work = Files.createTempDirectory(dir, "poster");
		Path file = work.resolve("poster.pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdftoppm", "-r", "150", "-gray", "-png", file.toString(),
				work.resolve("page").toString())
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		List<Path> pages;
		try (var listing = Files.list(work)) {
			pages = listing.filter((path) -> path.getFileName().toString().endsWith(".png")).sorted().toList();
		}
		assertThat(pages).isNotEmpty();
		return QrCodes.zbarimgOneCodeAtATime(pages);
	}

	private static String item(int i) {
		return String.format("410471-PT001%02d-001", i);
	}

}
