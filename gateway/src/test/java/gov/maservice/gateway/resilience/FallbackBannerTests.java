package gov.maservice.gateway.resilience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FallbackBannerTests {

	@Test
	void bannerGoesRightAfterTheBodyTag() {
		String html = FallbackController.withBanner("<html><body class=\"guide\"><h1>指南</h1></body></html>",
				"2026-11-26 16:00");
		assertThat(html).startsWith("<html><body class=\"guide\"><div role=\"status\"")
			.contains("内容可能不是最新")
			.contains("2026-11-26 16:00")
			.endsWith("<h1>指南</h1></body></html>");
	}

	@Test
	void bannerLeadsAPageWithoutBodyTag() {
		assertThat(FallbackController.withBanner("<h1>指南</h1>", "t")).startsWith("<div role=\"status\"")
			.endsWith("<h1>指南</h1>");
	}

}
