package gov.maservice.notification.board;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /board}: a self-contained page that is an LED board. Opened on the browser
 * of an Android LED controller with {@code ?id=&key=}, it subscribes to the board's
 * stream, scrolls the notices, interrupts for urgent ones, acknowledges and heartbeats.
 */
@Configuration(proxyBeanMethods = false)
class BoardPageRouter {

	@Bean
	RouterFunction<ServerResponse> boardPage() {
		var page = new ClassPathResource("board/index.html");
		return RouterFunctions.route()
			.GET("/board",
					(request) -> ServerResponse.ok()
						.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
						.cacheControl(CacheControl.noCache())
						.bodyValue(page))
			.build();
	}

}
