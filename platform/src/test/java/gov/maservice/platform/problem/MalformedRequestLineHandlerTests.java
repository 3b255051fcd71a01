package gov.maservice.platform.problem;

import java.nio.charset.StandardCharsets;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MalformedRequestLineHandlerTests {

	@Test
	void requestTargetsThatAreNotUrisAreRecognised() {
		assertThat(MalformedRequestLineHandler.isUri("/search?q=%E8%90%A5")).isTrue();
		assertThat(MalformedRequestLineHandler.isUri("/items?size[$gt]=1")).isTrue();
		assertThat(MalformedRequestLineHandler.isUri("/search?q={x}")).isFalse();
		assertThat(MalformedRequestLineHandler.isUri("/g/a|b")).isFalse();
		assertThat(MalformedRequestLineHandler.isUri("/search?q=\u00ff")).isFalse();
		assertThat(MalformedRequestLineHandler.isUri("/search?q=<x>")).isFalse();
	}

	@Test
	void anIllegalTargetIsAnsweredWithAProblemDetailAndTheConnectionClosed() {
		EmbeddedChannel channel = new EmbeddedChannel(new HttpServerCodec(),
				new MalformedRequestLineHandler(JsonMapper.builder().build()));
		channel.writeInbound(io.netty.buffer.Unpooled.copiedBuffer(
				"GET /search?q={x} HTTP/1.1\r\nHost: a\r\nX-Request-Id: abc-1\r\n\r\n", StandardCharsets.ISO_8859_1));
		assertThat((Object) channel.readInbound()).as("nothing reaches the application").isNull();
		StringBuilder response = new StringBuilder();
		for (io.netty.buffer.ByteBuf written; (written = channel.readOutbound()) != null;) {
			response.append(written.toString(StandardCharsets.UTF_8));
			written.release();
		}
		assertThat(response.toString()).startsWith("HTTP/1.1 400")
			.contains("application/problem+json")
			.contains("https://maservice.gov/problems/invalid-request")
			.contains("\"requestId\":\"abc-1\"");
		assertThat(channel.isOpen()).isFalse();
	}

	@Test
	void aValidRequestPassesThrough() {
		EmbeddedChannel channel = new EmbeddedChannel(new HttpServerCodec(),
				new MalformedRequestLineHandler(JsonMapper.builder().build()));
		channel.writeInbound(io.netty.buffer.Unpooled
			.copiedBuffer("GET /search?q=%E8%90%A5 HTTP/1.1\r\nHost: a\r\n\r\n", StandardCharsets.ISO_8859_1));
		Object request = channel.readInbound();
		assertThat(request).isInstanceOf(HttpRequest.class);
		assertThat(((HttpRequest) request).uri()).isEqualTo("/search?q=%E8%90%A5");
		assertThat((Object) channel.readOutbound()).isNull();
		channel.finishAndReleaseAll();
	}

}
