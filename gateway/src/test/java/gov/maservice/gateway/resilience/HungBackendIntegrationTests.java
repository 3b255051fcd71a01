package gov.maservice.gateway.resilience;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import gov.maservice.gateway.support.Backends;
import gov.maservice.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backend that takes requests and never answers (a frozen process) costs a citizen one
 * time budget (2 s), not timeouts times retries: the guide page comes from its last good
 * copy, the API answers a 503 problem detail, a few such calls open the breaker, and once
 * the backend answers again half-open probes close it and fresh pages are served.
 */
class HungBackendIntegrationTests extends GatewayIntegrationTest {

	private static final String CODE = "410471-XK00303-003";

	private static final String GUIDE = "/g/" + CODE;

	/**
	 * The 2 s budget plus a generous margin for a busy machine; the old answer took 25 s.
	 */
	private static final Duration WELL_UNDER_THE_OLD_25_SECONDS = Duration.ofSeconds(5);

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	GuidePageCopies copies;

	@BeforeEach
	@AfterEach
	void answerAgainAndCloseBreakers() {
		Backends.CATALOG_HANGS.set(false);
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	@Test
	void aHungCatalogCostsOneBudgetThenTheBreakerOpensAndClosesWhenItAnswersAgain() {
		Backends.GUIDE_VERSION.set(11);
		assertThat(guidePage().getResponseBody()).contains("第11版").doesNotContain("内容可能不是最新");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.copies.find(CODE).blockOptional().isPresent());
		CircuitBreaker pages = this.breakers.circuitBreaker("catalog-pages");

		Backends.CATALOG_HANGS.set(true);
		Backends.GUIDE_VERSION.set(12);
		long started = System.nanoTime();
		EntityExchangeResult<String> first = guidePage();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the first answer while the catalog hangs")
			.isLessThan(WELL_UNDER_THE_OLD_25_SECONDS);
		assertThat(first.getStatus().value()).isEqualTo(200);
		assertThat(first.getResponseHeaders().getFirst("X-Served-From")).isEqualTo("last-good-copy");
		assertThat(first.getResponseBody()).contains("内容可能不是最新").contains("第11版");

		started = System.nanoTime();
		this.client.get()
			.uri("/api/v1/items")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("did not answer in time"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the API's 503 while the catalog hangs")
			.isLessThan(WELL_UNDER_THE_OLD_25_SECONDS);

		for (int i = 0; i < 6 && pages.getState() != CircuitBreaker.State.OPEN; i++) {
			assertThat(guidePage().getResponseBody()).contains("内容可能不是最新");
		}
		assertThat(pages.getState()).as("a few hung calls open the breaker").isEqualTo(CircuitBreaker.State.OPEN);
		EntityExchangeResult<String> whileOpen = guidePage();
		assertThat(whileOpen.getStatus().value()).isEqualTo(200);
		assertThat(whileOpen.getResponseBody()).contains("内容可能不是最新").contains("第11版");

		Backends.CATALOG_HANGS.set(false);
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(300))
			.untilAsserted(() -> assertThat(guidePage().getResponseBody()).contains("第12版").doesNotContain("内容可能不是最新"));
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			guidePage();
			assertThat(pages.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		});
		assertThat(guidePage().getResponseBody()).contains("第12版").doesNotContain("内容可能不是最新");
	}

	private EntityExchangeResult<String> guidePage() {
		return this.client.get().uri(GUIDE).exchange().expectBody(String.class).returnResult();
	}

}
