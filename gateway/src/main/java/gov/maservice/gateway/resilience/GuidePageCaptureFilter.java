package gov.maservice.gateway.resilience;

import java.io.ByteArrayOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * On the guide-page route: remembers which guide was asked for (for the fallback) and
 * copies each successful page into {@link GuidePageCopies} while it streams to the
 * citizen, without holding the response back. Runs outside the write filter, like Spring
 * Cloud Gateway's own body filters.
 */
@Component
public class GuidePageCaptureFilter implements GatewayFilter, Ordered {

	/** Exchange attribute holding the item code of the requested guide page. */
	static final String CODE_ATTRIBUTE = "resilience.guideCode";

	/**
	 * Exchange attribute set when a fallback answered, so its page is never kept as a
	 * good copy.
	 */
	static final String FALLBACK_ATTRIBUTE = "resilience.fallback";

	private static final Pattern GUIDE_PATH = Pattern.compile("/g/([A-Za-z0-9_-]{1,64})/?");

	private final GuidePageCopies copies;

	GuidePageCaptureFilter(GuidePageCopies copies) {
		this.copies = copies;
	}

	@Override
	public int getOrder() {
		return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Matcher matcher = GUIDE_PATH.matcher(exchange.getRequest().getPath().value());
		if (exchange.getRequest().getMethod() != HttpMethod.GET || !matcher.matches()) {
			return chain.filter(exchange);
		}
		String code = matcher.group(1);
		exchange.getAttributes().put(CODE_ATTRIBUTE, code);
		ServerHttpResponseDecorator capturing = new ServerHttpResponseDecorator(exchange.getResponse()) {

			@Override
			public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
				if (!isGoodPage(exchange, getHeaders(), getStatusCode())) {
					return super.writeWith(body);
				}
				String contentType = getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
				String contentEncoding = getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING);
				long limit = GuidePageCaptureFilter.this.copies.maxPageBytes();
				ByteArrayOutputStream copy = new ByteArrayOutputStream();
				boolean[] tooLarge = { false };
				Flux<? extends DataBuffer> teed = Flux.from(body).doOnNext(buffer -> {
					if (tooLarge[0]) {
						return;
					}
					if (copy.size() + buffer.readableByteCount() > limit) {
						tooLarge[0] = true;
						copy.reset();
						return;
					}
					int position = buffer.readPosition();
					byte[] bytes = new byte[buffer.readableByteCount()];
					buffer.read(bytes);
					buffer.readPosition(position);
					copy.writeBytes(bytes);
				}).doOnComplete(() -> {
					if (!tooLarge[0] && copy.size() > 0) {
						GuidePageCaptureFilter.this.copies.remember(code, copy.toByteArray(), contentEncoding,
								contentType);
					}
				});
				return super.writeWith(teed);
			}

		};
		return chain.filter(exchange.mutate().response(capturing).build());
	}

	private static boolean isGoodPage(ServerWebExchange exchange, HttpHeaders headers,
			org.springframework.http.HttpStatusCode status) {
		MediaType contentType = headers.getContentType();
		return status != null && status.value() == HttpStatus.OK.value()
				&& !exchange.getAttributes().containsKey(FALLBACK_ATTRIBUTE) && contentType != null
				&& MediaType.TEXT_HTML.isCompatibleWith(contentType)
				&& GuidePageCopies.canKeep(headers.getFirst(HttpHeaders.CONTENT_ENCODING));
	}

}
