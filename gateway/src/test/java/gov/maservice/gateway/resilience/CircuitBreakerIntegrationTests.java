package gov.maservice.gateway.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import gov.maservice.gateway.support.Backends;
import gov.maservice.gateway.support.GatewayIntegrationTest;
import gov.maservice.testsupport.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page breaker counts only server faults: a flood of client errors (answered 4xx by
 * the backend, or refused by the gateway before routing) never opens it, so nobody can
 * take the citizen pages offline with bad input; 5xx answers and timeouts still do.
 */
class CircuitBreakerIntegrationTests extends GatewayIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	private CircuitBreaker pages;

	@BeforeEach
	@AfterEach
	void closeBreakers() {
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		this.pages = this.breakers.circuitBreaker("catalog-pages");
	}

	@Test
	void manyClientErrorsFromTheBackendNeverOpenTheBreaker() {
		for (int i = 0; i < 60; i++) {
			assertThat(get(this.port, "/search?q=bad").status()).isEqualTo(400);
		}
		assertThat(this.pages.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(this.pages.getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(get(this.port, "/").status()).isEqualTo(200);
	}

	@Test
	void malformedRequestsAreRefusedByTheGatewayAndNeverReachTheBreaker() {
		int before = Backends.CATALOG.count("GET", "/search");
		List<String> targets = List.of("/search?q=%FF", "/search?q=%zz", "/search?q={x}", "/search?q%01=1",
				"/search?q=a%00b", "/d/a%2Fb", "/l/a%5Cb", "/search;x=1", "/d/%C0%AF");
		for (int round = 0; round < 5; round++) {
			for (String target : targets) {
				RawHttp.Answer response = get(this.port, target);
				assertThat(response.status()).as(target + " -> " + response).isEqualTo(400);
				assertThat(response.header("Content-Type")).as(target).startsWith("application/problem+json");
				assertThat(response.body()).contains("https://maservice.gov/problems/").contains("requestId");
			}
			RawHttp.Answer trace = RawHttp.request(this.port, "TRACE", "/", java.util.Map.of(), null);
			assertThat(trace.status()).isEqualTo(405);
			assertThat(trace.header("Content-Type")).startsWith("application/problem+json");
		}
		assertThat(Backends.CATALOG.count("GET", "/search")).as("the backend saw none of them").isEqualTo(before);
		assertThat(this.pages.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(this.pages.getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(get(this.port, "/").status()).isEqualTo(200);
	}

	@Test
	void serverErrorsOpenTheBreaker() {
		for (int i = 0; i < 6; i++) {
			get(this.port, "/search?q=boom");
		}
		assertThat(this.pages.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		int before = Backends.CATALOG.count("GET", "/");
		RawHttp.Answer response = get(this.port, "/");
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.body()).contains("服务暂时不可用");
		assertThat(Backends.CATALOG.count("GET", "/")).as("an open breaker spares the backend").isEqualTo(before);
	}

	@Test
	void timeoutsOpenTheBreaker() {
		List<CompletableFuture<RawHttp.Answer>> calls = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> get(this.port, "/search?q=slow")));
		}
		calls.forEach((call) -> assertThat(call.join().status()).isEqualTo(503));
		assertThat(this.pages.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(this.pages.getMetrics().getNumberOfFailedCalls()).isGreaterThanOrEqualTo(4);
	}

	private static RawHttp.Answer get(int port, String target) {
		return RawHttp.request(port, "GET", target, Map.of(), null);
	}

}
