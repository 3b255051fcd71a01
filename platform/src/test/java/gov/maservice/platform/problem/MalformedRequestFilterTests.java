package gov.maservice.platform.problem;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class MalformedRequestFilterTests {

	private final MalformedRequestFilter filter = new MalformedRequestFilter(
			new ReactiveProblemWriter(JsonMapper.builder().build()));

	@Test
	void pathsWithEncodedSeparatorsControlCharactersOrBadEncodingAreRefused() {
		assertThat(MalformedRequestFilter.problemWithPath("/g/a%2Fb")).contains("'/'");
		assertThat(MalformedRequestFilter.problemWithPath("/g/a%2fb")).contains("'/'");
		assertThat(MalformedRequestFilter.problemWithPath("/g/a%5Cb")).contains("backslash");
		assertThat(MalformedRequestFilter.problemWithPath("/g/a;b")).contains("';'");
		assertThat(MalformedRequestFilter.problemWithPath("/g/a%00")).contains("control");
		assertThat(MalformedRequestFilter.problemWithPath("/g/%FF")).contains("UTF-8");
		assertThat(MalformedRequestFilter.problemWithPath("/g/%C0%AF")).contains("UTF-8");
		assertThat(MalformedRequestFilter.problemWithPath("/g/%zz")).contains("UTF-8");
		assertThat(MalformedRequestFilter.problemWithPath("/g/%4")).contains("UTF-8");
	}

	@Test
	void ordinaryPathsPass() {
		assertThat(MalformedRequestFilter.problemWithPath("/")).isNull();
		assertThat(MalformedRequestFilter.problemWithPath("/g/410471-XK00101-001")).isNull();
		assertThat(MalformedRequestFilter.problemWithPath("/d/%E5%B8%82%E5%9C%BA")).isNull();
		assertThat(MalformedRequestFilter.problemWithPath("/a%20b/c+d")).isNull();
	}

	@Test
	void queriesAreCheckedByNameAndValue() {
		assertThat(MalformedRequestFilter.problemWithQuery("q=%FF")).contains("UTF-8");
		assertThat(MalformedRequestFilter.problemWithQuery("q=%")).contains("UTF-8");
		assertThat(MalformedRequestFilter.problemWithQuery("a%01b=1")).contains("name");
		assertThat(MalformedRequestFilter.problemWithQuery("%0Aq=1")).contains("name");
		assertThat(MalformedRequestFilter.problemWithQuery("q=a%07b")).contains("'q'");
		assertThat(MalformedRequestFilter.problemWithQuery("q=%E8%90%A5%E4%B8%9A+%E6%89%A7%E7%85%A7&page=2")).isNull();
		assertThat(MalformedRequestFilter.problemWithQuery("text=line%0Aline%09tab")).isNull();
		assertThat(MalformedRequestFilter.problemWithQuery("size[$gt]=1&flag")).isNull();
	}

	@Test
	void traceIsAMethodNotAllowedProblem() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.method(org.springframework.http.HttpMethod.TRACE, "/api/v1/items"));
		WebFilterChain chain = (ignored) -> Mono.error(new AssertionError("must not pass"));
		this.filter.filter(exchange, chain).block();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW)).doesNotContain("TRACE");
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("\"type\":\"https://maservice.gov/problems/method-not-allowed\"")
			.contains("\"instance\":\"/api/v1/items\"");
	}

	@Test
	void aMalformedQueryIsABadRequestProblemAndGoesNoFurther() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
			.method(org.springframework.http.HttpMethod.GET, java.net.URI.create("/search?q=%FF")));
		WebFilterChain chain = (ignored) -> Mono.error(new AssertionError("must not pass"));
		this.filter.filter(exchange, chain).block();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("https://maservice.gov/problems/invalid-request");
	}

}
