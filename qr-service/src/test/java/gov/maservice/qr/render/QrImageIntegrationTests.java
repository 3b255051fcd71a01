package gov.maservice.qr.render;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import gov.maservice.qr.IntegrationTestSupport;
import gov.maservice.qr.QrCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QrImageIntegrationTests extends IntegrationTestSupport {

	private static final String ITEM = "410471-RT00101-001";

	private static final String DEPARTMENT = "rtscj";

	private static final String LOCALITY = "410471100291";

	@BeforeAll
	void catalog() {
		department(DEPARTMENT, "市场监督管理局（测试）", 1);
		locality(LOCALITY, "张村", "VILLAGE", "410471100000", 1);
		publishItem(ITEM, "食品经营许可（新办）", DEPARTMENT, List.of(LOCALITY), 1);
		awaitItem(ITEM, 1);
		awaitDepartment(DEPARTMENT, "市场监督管理局（测试）");
		awaitLocality(LOCALITY, "张村");
	}

	@Test
	void everyKindAndFormatDecodesToAShortLinkThatRedirectsToItsPage() {
		Map<String, String> pages = Map.of("/api/v1/qr/items/" + ITEM, BASE + "/g/" + ITEM,
				"/api/v1/qr/departments/" + DEPARTMENT, BASE + "/d/" + DEPARTMENT, "/api/v1/qr/localities/" + LOCALITY,
				BASE + "/l/" + LOCALITY, "/api/v1/qr/items/" + ITEM + "?locality=" + LOCALITY, BASE + "/g/" + ITEM);
		pages.forEach((image, page) -> {
			String png = image.contains("?") ? image.replace("?", ".png?") : image + ".png";
			String svg = image.contains("?") ? image.replace("?", ".svg?") : image + ".svg";
			HttpResponse<byte[]> pngResponse = get(png);
			assertThat(pngResponse.statusCode()).isEqualTo(200);
			assertThat(pngResponse.headers().firstValue("Content-Type")).hasValue("image/png");
			String fromPng = QrCodes.decodePng(pngResponse.body());
			HttpResponse<byte[]> svgResponse = get(svg);
			assertThat(svgResponse.statusCode()).isEqualTo(200);
			assertThat(svgResponse.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
			String svgText = text(svgResponse);
			assertThat(svgText.split("<path", -1)).as("one path").hasSize(2);
			String fromSvg = QrCodes.decodeSvg(svgText);
			assertThat(fromPng).isEqualTo(fromSvg).matches(BASE.replace(".", "\\.") + "/q/[2-9a-z]{8}");
			assertThat(redirectOf(fromPng)).isEqualTo(page);
		});
	}

	@Test
	void theItemCodeOnALocalityPosterIsADifferentStableLinkToTheSamePage() {
		String hall = QrCodes.decodePng(get("/api/v1/qr/items/" + ITEM + ".png").body());
		String village = QrCodes.decodePng(get("/api/v1/qr/items/" + ITEM + ".png?locality=" + LOCALITY).body());
		assertThat(village).isNotEqualTo(hall);
		assertThat(QrCodes.decodePng(get("/api/v1/qr/items/" + ITEM + ".png?size=512").body())).isEqualTo(hall);
		assertThat(redirectOf(village)).isEqualTo(redirectOf(hall));
	}

	@Test
	void captionedLogoAndColouredVariantsStillDecode(@TempDir Path dir) throws Exception {
		String link = QrCodes.decodePng(get("/api/v1/qr/items/" + ITEM + ".png").body());
		List<String> variants = List.of("caption=true", "logo=true", "caption=true&logo=true&size=512",
				"fg=%231A3D6E&bg=%23FFF8E7&ecc=Q", "fg=004400&bg=FFFFFF&ecc=L&margin=8", "size=96", "size=2048&ecc=H");
		List<Path> files = new ArrayList<>();
		for (String variant : variants) {
			HttpResponse<byte[]> png = get("/api/v1/qr/items/" + ITEM + ".png?" + variant);
			assertThat(png.statusCode()).as(variant).isEqualTo(200);
			assertThat(QrCodes.decodePng(png.body())).as(variant).isEqualTo(link);
			Path file = dir.resolve("variant-" + files.size() + ".png");
			Files.write(file, png.body());
			files.add(file);
			HttpResponse<byte[]> svg = get("/api/v1/qr/items/" + ITEM + ".svg?" + variant);
			assertThat(svg.statusCode()).as(variant).isEqualTo(200);
			assertThat(QrCodes.decodeSvg(text(svg))).as(variant).isEqualTo(link);
			Path svgModules = dir.resolve("variant-svg-" + files.size() + ".png");
			ImageIO.write(QrCodes.rasterizeSvg(text(svg)), "png", svgModules.toFile());
			files.add(svgModules);
		}
		String captioned = text(get("/api/v1/qr/items/" + ITEM + ".svg?caption=true"));
		assertThat(captioned).contains(">食品经营许可（新办）</text>").contains(">" + ITEM + "</text>");
		assumeTrue(QrCodes.toolAvailable("zbarimg"), "zbarimg is not installed (apt-get install zbar-tools)");
		assertThat(QrCodes.zbarimg(files)).hasSize(files.size()).containsOnly(link);
	}

	@Test
	void bareCodesAreImmutableCaptionedOnesRevalidateAndBothAnswer304() {
		HttpResponse<byte[]> first = get("/api/v1/qr/departments/" + DEPARTMENT + ".png?size=300");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		HttpResponse<byte[]> again = get("/api/v1/qr/departments/" + DEPARTMENT + ".png?size=300", "If-None-Match",
				etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(get("/api/v1/qr/departments/" + DEPARTMENT + ".png?size=301").headers().firstValue("ETag"))
			.isNotEqualTo(first.headers().firstValue("ETag"));

		HttpResponse<byte[]> captioned = get("/api/v1/qr/departments/" + DEPARTMENT + ".png?caption=true");
		assertThat(captioned.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
		assertThat(get("/api/v1/qr/departments/" + DEPARTMENT + ".png?caption=true", "If-None-Match",
				captioned.headers().firstValue("ETag").orElseThrow())
			.statusCode()).isEqualTo(304);
	}

	@Test
	void badParametersAreProblemDetailsNamingTheField() {
		Map<String, String> bad = Map.of("size=1000000000", "size", "size=64", "size", "size=99999999999999", "size",
				"ecc=X", "ecc", "fg=garbage", "fg", "fg=FFFFFF&bg=000000", "fg", "fg=777777&bg=888888", "fg",
				"margin=2", "margin", "caption=" + "长".repeat(500), "caption", "locality=$gt", "locality");
		bad.forEach((query, field) -> {
			HttpResponse<byte[]> response = get("/api/v1/qr/items/" + ITEM + ".png?" + encode(query));
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
			assertThat(text(response)).as(query).contains("\"field\":\"" + field + "\"");
		});
		assertThat(get("/api/v1/qr/items/" + ITEM + ".png?size=1000000000").statusCode()).isEqualTo(400);
		HttpResponse<byte[]> operator = get("/api/v1/qr/items/" + ITEM + ".png?size%5B%24gt%5D=1");
		assertThat(operator.statusCode()).isEqualTo(400);
		assertThat(text(operator)).contains("\"field\":\"size\"");
		assertThat(get("/api/v1/qr/items/410471-NOPE-001.png").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/qr/things/" + ITEM + ".png").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/qr/items/" + ITEM + ".gif").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/qr/links/nosuchtk.svg").statusCode()).isEqualTo(404);
	}

	private String redirectOf(String shortLink) {
		HttpResponse<byte[]> response = get(shortLink.replace(BASE, ""));
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static String encode(String query) {
		StringBuilder encoded = new StringBuilder();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			if (encoded.length() > 0) {
				encoded.append('&');
			}
			encoded.append(parts[0]).append('=').append(java.net.URLEncoder.encode(parts[1], StandardCharsets.UTF_8));
		}
		return encoded.toString();
	}

}
