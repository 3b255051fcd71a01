package gov.maservice.catalog.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The guide page in real headless Chromium at a phone's viewport (390×844, as WeChat's
 * in-app browser on a common phone): the title and materials render, nothing overflows
 * sideways, the materials table turns into cards, large-text mode is larger, and print
 * hides the chrome. Screenshots land in {@code target/screenshots} for a human to look
 * at.
 */
class GuidePageBrowserIntegrationTests extends CatalogIntegrationTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String WECHAT = "Mozilla/5.0 (Linux; Android 13; Phone) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47 NetType/4G Language/zh_CN";

	private static ChromeDriver browser;

	@TempDir
	static Path profile;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver are not installed here (apt-get install chromium chromium-driver; CI does)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile.toAbsolutePath(), "--window-size=390,844");
		options.setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0), "userAgent", WECHAT));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private long script(String expression) {
		return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression)).longValue();
	}

	private void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		File shot = browser.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private void assertNoHorizontalOverflow(String page) {
		assertThat(script("window.innerWidth")).as(page).isEqualTo(390);
		assertThat(script("document.documentElement.scrollWidth")).as(page + " scrollWidth")
			.isLessThanOrEqualTo(script("window.innerWidth"));
	}

	@Test
	void theGuideFitsAPhoneAndShowsItsMaterials() throws IOException {
		open("/g/410471-XK00101-001");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("食品经营许可（新办）");
		List<String> materials = browser.findElements(By.cssSelector("table.materials td.name"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(materials).hasSize(3);
		assertThat(materials.get(0)).startsWith("食品经营许可申请书");
		assertThat(browser.getPageSource()).contains("营业执照", "授权委托书");
		assertThat(browser.findElement(By.cssSelector("table.materials thead")).isDisplayed()).isFalse();
		assertNoHorizontalOverflow("guide");
		screenshot("guide-390x844");
	}

	@Test
	void largeTextIsLargerAndStillFits() throws IOException {
		open("/g/410471-XK00101-001");
		long normal = script("parseFloat(getComputedStyle(document.body).fontSize)");
		open("/g/410471-XK00101-001?large=1");
		long large = script("parseFloat(getComputedStyle(document.body).fontSize)");
		assertThat(large).isGreaterThanOrEqualTo(normal + 4);
		assertNoHorizontalOverflow("guide, large text");
		screenshot("guide-large-390x844");
	}

	@Test
	void homeSearchAndListsFitAPhone() throws IOException {
		for (String path : List.of("/", "/search?q=yyzz", "/d/scjgj", "/l/410471100000", "/g/nope")) {
			open(path);
			assertNoHorizontalOverflow(path);
		}
		open("/search?q=yyzz");
		assertThat(browser.findElement(By.cssSelector("ol.list mark")).getText()).isEqualTo("营业执照");
		screenshot("search-390x844");
		open("/");
		screenshot("home-390x844");
	}

	@Test
	void printingLeavesOutTheSearchBoxAndHeader() {
		open("/g/410471-XK00101-001");
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
			assertThat(browser.findElement(By.cssSelector("h1")).isDisplayed()).isTrue();
		}
		finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

}
