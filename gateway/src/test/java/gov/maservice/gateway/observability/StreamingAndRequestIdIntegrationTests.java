package gov.maservice.gateway.observability;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import gov.maservice.gateway.support.Backends;
import gov.maservice.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingAndRequestIdIntegrationTests extends GatewayIntegrationTest {

	@Test
	void boardStreamPassesThroughWithoutBuffering() {
		long start = System.nanoTime();
		Flux<ServerSentEvent<String>> events = this.client.get()
			.uri("/api/v1/boards/board-1/stream?access_token=brd_credential")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();
		ServerSentEvent<String> first = events.filter(event -> event.data() != null).blockFirst(Duration.ofSeconds(10));
		long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(first.data()).isEqualTo("first");
		assertThat(first.event()).isEqualTo("notice");
		// the stub sends its second event 15 s later and only then ends the stream
		assertThat(elapsedMillis).isLessThan(10_000);
	}

	@Test
	void aValidIncomingRequestIdIsKeptForwardedAndReturned() {
		this.client.get()
			.uri("/api/v1/notices")
			.header("X-Request-Id", "wechat-req-42")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Request-Id", "wechat-req-42");
		assertThat(Backends.NOTIFICATION.last("/api/v1/notices").requestId()).isEqualTo("wechat-req-42");
	}

	@Test
	void aMissingOrMalformedRequestIdIsReplaced() {
		for (List<String> incoming : List.of(List.<String>of(), List.of("bad id with spaces\tand tabs"),
				List.of("urn:colon:not-allowed"), List.of("x".repeat(65)))) {
			var spec = this.client.get().uri("/api/v1/notices");
			incoming.forEach(value -> spec.header("X-Request-Id", value));
			String returned = spec.exchange()
				.expectStatus()
				.isOk()
				.returnResult(String.class)
				.getResponseHeaders()
				.getFirst("X-Request-Id");
			assertThat(returned).matches("[0-9a-f-]{36}");
			assertThat(Backends.NOTIFICATION.last("/api/v1/notices").requestId()).isEqualTo(returned);
		}
	}

	@Test
	void gatewayOwnErrorsCarryTheRequestIdAndSecurityHeaders() {
		this.client.get()
			.uri("/api/v1/users")
			.header("X-Request-Id", "trace-me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("X-Request-Id", "trace-me")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "SAMEORIGIN")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectBody()
			.jsonPath("$.requestId")
			.isEqualTo("trace-me");
	}

	@Test
	void corsAllowsTheConfiguredOriginOnly() {
		this.client.options()
			.uri("/api/v1/items")
			.header("Origin", "https://wechat.example.gov.cn")
			.header("Access-Control-Request-Method", "GET")
			.exchange()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "https://wechat.example.gov.cn");
		this.client.options()
			.uri("/api/v1/items")
			.header("Origin", "https://evil.example.com")
			.header("Access-Control-Request-Method", "GET")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

}
