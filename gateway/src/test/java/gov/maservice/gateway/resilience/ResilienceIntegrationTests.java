package gov.maservice.gateway.resilience;

import java.time.Clock;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import gov.maservice.gateway.support.Backends;
import gov.maservice.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ResilienceIntegrationTests extends GatewayIntegrationTest {

	private static final String GUIDE = "/g/410471-XK00101-001";

	@Test
	void whenCatalogIsDownAGuidePageIsServedFromItsLastGoodCopyAndFreshAgainWhenItReturns() {
		Backends.GUIDE_VERSION.set(7);
		assertThat(page(GUIDE)).contains("第7版").doesNotContain("内容可能不是最新");
		assertThat(Backends.CATALOG.last(GUIDE).acceptEncoding())
			.as("the stub answered gzip, as catalog does for browsers")
			.contains("gzip");

		Backends.CATALOG.stop();
		try {
			Backends.GUIDE_VERSION.set(8);
			for (int i = 0; i < 6; i++) {
				this.client.get()
					.uri(GUIDE)
					.exchange()
					.expectStatus()
					.isOk()
					.expectHeader()
					.cacheControl(org.springframework.http.CacheControl.noStore())
					.expectHeader()
					.valueEquals("X-Served-From", "last-good-copy")
					.expectBody(String.class)
					.value(html -> assertThat(html).contains("内容可能不是最新").contains("第7版"));
			}

			this.client.get()
				.uri("/g/never-seen-before")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectBody(String.class)
				.value(html -> assertThat(html).contains("服务暂时不可用"));

			this.client.get()
				.uri("/api/v1/items")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		finally {
			Backends.CATALOG.start();
		}

		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(300))
			.untilAsserted(() -> assertThat(page(GUIDE)).contains("第8版").doesNotContain("内容可能不是最新"));
	}

	/** Leaves no breaker open for the test classes that run after this one. */
	@AfterEach
	void closeBreakers(@Autowired CircuitBreakerRegistry breakers) {
		breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	@Test
	void aReplicaThatNeverServedAPageFindsItsCopyInTheStore(@Autowired PageCacheProperties properties,
			@Autowired ReactiveMongoTemplate mongo) {
		Backends.GUIDE_VERSION.set(3);
		assertThat(page("/g/410471-XK00202-002")).contains("第3版");
		GuidePageCopies freshReplica = new GuidePageCopies(properties, mongo, Clock.systemUTC());
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(freshReplica.find("410471-XK00202-002").block())
				.satisfies(copy -> assertThat(copy.html()).contains("第3版")));
	}

	@Test
	void fallbackPathsCannotBeCalledFromOutside() {
		this.client.get().uri("/fallback/guide-page").exchange().expectStatus().isUnauthorized();
	}

	private String page(String path) {
		return this.client.get().uri(path).exchange().expectBody(String.class).returnResult().getResponseBody();
	}

}
