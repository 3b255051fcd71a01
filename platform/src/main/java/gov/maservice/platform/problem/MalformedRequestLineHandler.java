package gov.maservice.platform.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import gov.maservice.platform.requestid.RequestIdFormat;
import gov.maservice.platform.requestid.RequestIds;

/**
 * Answers, with a problem detail, the requests Reactor Netty and Spring would otherwise
 * refuse with an empty body before any WebFlux filter runs: a request line or headers
 * Netty cannot decode (400), a request line too long (414) or headers too large (431),
 * and a request target that is not a URI (a raw {@code {}, {@code |}, space or non-ASCII
 * byte: Spring's adapter fails to build the request URI and writes a bare 400). Sits in
 * the Netty pipeline right after the HTTP codec; the connection is closed after the
 * answer because the rest of its bytes cannot be trusted.
 */
class MalformedRequestLineHandler extends ChannelInboundHandlerAdapter {

	private static final Logger log = LoggerFactory.getLogger(MalformedRequestLineHandler.class);

	private final JsonMapper json;

	private boolean discarding;

	MalformedRequestLineHandler(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (this.discarding) {
			ReferenceCountUtil.release(msg);
			return;
		}
		if (msg instanceof HttpRequest request) {
			HttpStatus status = null;
			String detail = null;
			if (request.decoderResult().isFailure()) {
				Throwable cause = request.decoderResult().cause();
				if (cause instanceof TooLongHttpHeaderException) {
					status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
					detail = "The request headers exceed the size limit";
				}
				else if (cause instanceof TooLongHttpLineException) {
					status = HttpStatus.URI_TOO_LONG;
					detail = "The request line exceeds the size limit";
				}
				else if (cause instanceof TooLongFrameException) {
					status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
					detail = "The request headers exceed the size limit";
				}
				else {
					status = HttpStatus.BAD_REQUEST;
					detail = "The request line or headers are malformed";
				}
			}
			else if (!isUri(request.uri())) {
				status = HttpStatus.BAD_REQUEST;
				detail = "The request target is not a valid URI: characters such as '{', '|', spaces or "
						+ "non-ASCII bytes must be percent-encoded";
			}
			if (status != null) {
				this.discarding = true;
				ReferenceCountUtil.release(msg);
				log.debug("Refused undecodable request: {}", detail);
				ctx.writeAndFlush(response(request, status, detail)).addListener(ChannelFutureListener.CLOSE);
				return;
			}
		}
		ctx.fireChannelRead(msg);
	}

	static boolean isUri(String target) {
		if (target == null || target.isEmpty()) {
			return false;
		}
		for (int i = 0; i < target.length(); i++) {
			char c = target.charAt(i);
			// Netty hands over the target's bytes as ISO-8859-1 chars; java.net.URI would
			// accept
			// non-ASCII ones, but on the wire they must be percent-encoded (RFC 3986)
			if (c < 0x21 || c > 0x7e) {
				return false;
			}
		}
		try {
			new URI(target);
			return true;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private FullHttpResponse response(HttpRequest request, HttpStatus status, String detail) {
		ProblemDetail problem = ProblemTypes.forStatus(status, detail);
		String requestId = RequestIdFormat.keepOrNew(request.headers().get(RequestIds.HEADER));
		problem.setProperty(RequestIds.PROBLEM_PROPERTY, requestId);
		byte[] body = this.json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
		FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
				HttpResponseStatus.valueOf(status.value()), Unpooled.wrappedBuffer(body));
		response.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
			.set(HttpHeaderNames.CONTENT_LENGTH, body.length)
			.set(HttpHeaderNames.CACHE_CONTROL, "no-store")
			.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
			.set(RequestIds.HEADER, requestId);
		return response;
	}

}
