package gov.maservice.platform.problem;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import reactor.netty.channel.AbortedException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that closes its connection mid-request (a slow upload cut off) is not a server
 * fault: nothing is written and nothing is logged as an error; a real fault still gets
 * its 500 problem detail.
 */
class ReactiveProblemErrorHandlerTests {

	private final ReactiveProblemErrorHandler handler = new ReactiveProblemErrorHandler(
			new ReactiveProblemWriter(JsonMapper.builder().build()));

	@Test
	void aClientThatWentAwayGetsNoAnswerAndNoErrorStatus() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/auth/token"));

		this.handler.handle(exchange, new AbortedException("Connection has been closed")).block();

		assertThat(exchange.getResponse().getStatusCode()).isNull();
		assertThat(exchange.getResponse().isCommitted()).isFalse();
	}

	@Test
	void aBrokenPipeCountsAsAClientThatWentAway() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/board"));

		this.handler.handle(exchange, new IOException("Broken pipe")).block();

		assertThat(exchange.getResponse().getStatusCode()).isNull();
	}

	@Test
	void anUnexpectedFaultIsStillA500ProblemDetail() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/items"));

		this.handler.handle(exchange, new IllegalStateException("bug")).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":500");
	}

}
