package gov.maservice.systemtests;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The end-to-end flow against the real stack (real Kafka broker, MongoDB-wire
 * server, four services) started by run.sh, through the gateway only: admin token →
 * create an item with a guide → publish → the guide page shows it → the item's QR code
 * decodes to a short link that redirects to the page → a board connected to its stream
 * gets the "guide updated" notice. Then Ctrl-C leaves nothing running and a second start
 * finds the data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIntegrationTests {

	private static final String ITEM_NAME = "高龄津贴申请（端到端）";

	private static String itemCode;

	private final LocalStack stack = LocalStack.get();

	private final GatewayClient gateway = new GatewayClient(this.stack.gatewayUrl());

	@Test
	@Order(1)
	void publishedGuideReachesPageQrCodeAndBoard() throws Exception {
		String token = this.gateway.adminToken(this.stack.adminUsername(), this.stack.adminPassword());

		JsonNode departments = GatewayClient.json(this.gateway.send(this.gateway.get("/api/v1/departments")));
		String departmentCode = firstElements(departments).get(0).path("code").asString();
		String villageCode = firstElements(
				GatewayClient.json(this.gateway.send(this.gateway.get("/api/v1/localities"))))
			.stream()
			.filter((locality) -> "张村".equals(locality.path("name").asString()))
			.map((locality) -> locality.path("code").asString())
			.findFirst()
			.orElseThrow(() -> new AssertionError("the seed has no locality named 张村"));

		// A board in 张村 registers and connects to its stream before the publish.
		HttpResponse<String> registered = this.gateway
			.send(this.gateway.post("/api/v1/boards", token, "{\"name\":\"张村村委会门口LED屏\",\"localityCode\":\""
					+ villageCode + "\",\"profile\":{\"charsPerLine\":16,\"lines\":2,\"color\":false}}"));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		JsonNode board = GatewayClient.json(registered);
		BoardStream stream = BoardStream.open(this.gateway, board.path("boardId").asString(),
				board.path("credential").asString());
		await().atMost(Duration.ofSeconds(20)).until(stream::connected);

		// An admin creates the item with a complete guide and publishes it (major, with a
		// change note).
		itemCode = "410471-GG99901-" + (System.currentTimeMillis() % 1000);
		String itemJson = resource("e2e/item.json").replace("${code}", itemCode)
			.replace("${name}", ITEM_NAME)
			.replace("${departmentCode}", departmentCode)
			.replace("${localityCode}", villageCode);
		HttpResponse<String> created = this.gateway.send(this.gateway.post("/api/v1/items", token, itemJson));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long version = GatewayClient.json(created).path("version").asLong();

		HttpResponse<String> published = this.gateway.send(this.gateway.post("/api/v1/items/" + itemCode + "/publish",
				token, "{\"version\":" + version + ",\"updateType\":\"MAJOR\",\"changeNote\":\"首次发布高龄津贴办事指南\"}"));
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

		// Citizens see the page.
		HttpResponse<String> page = this.gateway.send(this.gateway.get("/g/" + itemCode));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(ITEM_NAME).contains("居民身份证");

		// The printed code: PNG → short link → redirect to the page.
		// Polled once a second, as a person retrying would: well inside the anonymous API
		// limit.
		HttpResponse<byte[]> png = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> this.gateway.sendForBytes(this.gateway.get("/api/v1/qr/items/" + itemCode + ".png")),
					(response) -> response.statusCode() == 200);
		assertThat(png.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/png"));
		URI shortLink = URI.create(decodeQr(png.body()));
		assertThat(shortLink.getPath()).startsWith("/q/");
		HttpResponse<String> redirect = this.gateway.send(this.gateway.get(shortLink.getPath()));
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/g/" + itemCode));

		// The board got the "guide updated" notice the publish caused.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stream.text()).contains("办事指南更新").contains(ITEM_NAME));
		stream.close();
	}

	@Test
	@Order(2)
	void ctrlCLeavesNothingRunningAndASecondStartFindsTheData() {
		int exit = this.stack.stop();
		assertThat(exit).as(this.stack.output()).isIn(0, 130, 143);
		assertThat(this.stack.openPorts()).as("ports still open after run.sh stopped").isEmpty();

		this.stack.start();
		HttpResponse<String> item = this.gateway.send(this.gateway.get("/api/v1/items/" + itemCode));
		assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
		assertThat(GatewayClient.json(item).path("name").asString()).isEqualTo(ITEM_NAME);
		assertThat(this.gateway.send(this.gateway.get("/g/" + itemCode)).body()).contains(ITEM_NAME);
	}

	private static List<JsonNode> firstElements(JsonNode node) {
		JsonNode array = node.isArray() ? node : node.path("content");
		List<JsonNode> elements = new java.util.ArrayList<>();
		array.forEach(elements::add);
		assertThat(elements).as("expected a non-empty list in " + node).isNotEmpty();
		return elements;
	}

	private static String decodeQr(byte[] png) throws IOException, NotFoundException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new MultiFormatReader().decode(bitmap).getText();
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = EndToEndIntegrationTests.class.getClassLoader().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
