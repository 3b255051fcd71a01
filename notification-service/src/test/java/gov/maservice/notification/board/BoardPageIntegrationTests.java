package gov.maservice.notification.board;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The board page in a real browser (headless Chromium): it connects with the board's
 * credential, shows the notices of its area, interrupts for an urgent one, acknowledges
 * and heartbeats.
 */
class BoardPageIntegrationTests extends NotificationIntegrationTestSupport {

	@Test
	void thePageIsABoard() throws Exception {
		String chromium = HeadlessChromium.executable();
		Assumptions.assumeTrue(chromium != null,
				"chromium is not installed (apt-get install chromium); CI installs it");
		this.http.get()
			.uri("/board")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("EventSource").doesNotContain("http://", "https://"));

		JsonNode board = registerBoard("周湾村委会LED屏", "410471100205");
		String boardId = board.path("boardId").asString();
		String noticeId = issue(notice("周湾村秋季征兵报名开始", TOWN)).path("id").asString();
		String url = baseUrl() + board.path("pageUrl").asString();

		try (HeadlessChromium browser = HeadlessChromium.open(chromium, url)) {
			await().atMost(HeadlessChromium.timeout())
				.pollInterval(Duration.ofMillis(300))
				.until(() -> browser.evaluate("document.body.innerText").contains("周湾村秋季征兵报名开始"));
			assertThat(browser.evaluate("document.getElementById('status').textContent")).isEqualTo("已连接");
			Files.write(Path.of("target", "board-page-loop.png"), browser.screenshot());

			issue("""
					{"headline":"紧急：山洪预警 立即转移","urgency":"Immediate","severity":"Extreme","areaCodes":["%s"]}"""
				.formatted(TOWN));
			await().atMost(HeadlessChromium.timeout())
				.pollInterval(Duration.ofMillis(300))
				.until(() -> browser.evaluate("document.getElementById('interrupt').className").contains("show")
						&& browser.evaluate("document.querySelector('#interrupt .headline').textContent")
							.equals("紧急：山洪预警 立即转移"));
			Files.write(Path.of("target", "board-page.png"), browser.screenshot());

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> this.http.get()
					.uri("/api/v1/notices/{id}/receipts", noticeId)
					.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
					.exchange()
					.expectStatus()
					.isOk()
					.expectBody()
					.jsonPath("$.received[?(@.boardId == '" + boardId + "')]")
					.exists());
			this.http.get()
				.uri("/api/v1/boards/{id}", boardId)
				.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
				.exchange()
				.expectBody()
				.jsonPath("$.online")
				.isEqualTo(true);

			this.http.post()
				.uri("/api/v1/notices/{id}/cancel", noticeId)
				.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
				.exchange()
				.expectStatus()
				.isOk();
			await().atMost(HeadlessChromium.timeout())
				.pollInterval(Duration.ofMillis(300))
				.until(() -> !browser.evaluate("document.getElementById('items').innerText").contains("周湾村秋季征兵报名开始"));
		}
	}

}
