package gov.maservice.gateway.resilience;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import gov.maservice.platform.problem.ReactiveProblemWriter;

/**
 * What citizens and clients get when a service is down, slow, or its circuit is open.
 * Reached only through the circuit breakers' {@code forward:} (the security chain refuses
 * these paths from outside). A guide page falls back to its last good copy with a banner;
 * other pages to a friendly Chinese page; the API to a 503 problem detail. All with
 * {@code Retry-After} and {@code no-store}.
 */
@RestController
@Hidden
class FallbackController {

	private static final DateTimeFormatter SHANGHAI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private static final Pattern BODY_TAG = Pattern.compile("<body[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final String UNAVAILABLE_PAGE = """
			<!DOCTYPE html>
			<html lang="zh-CN">
			<head>
			<meta charset="UTF-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>服务暂时不可用</title>
			<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em;line-height:1.7;color:#222}</style>
			</head>
			<body>
			<h1>服务暂时不可用</h1>
			<p>页面所在的服务正在恢复中，请稍后刷新再试。</p>
			<p>如需马上办理，请前往行政服务中心窗口或拨打政务服务咨询电话。</p>
			</body>
			</html>
			""";

	private final GuidePageCopies copies;

	private final PageCacheProperties properties;

	private final ReactiveProblemWriter problems;

	FallbackController(GuidePageCopies copies, PageCacheProperties properties, ReactiveProblemWriter problems) {
		this.copies = copies;
		this.properties = properties;
		this.problems = problems;
	}

	@RequestMapping("/fallback/guide-page")
	Mono<ResponseEntity<String>> guidePage(ServerWebExchange exchange) {
		exchange.getAttributes().put(GuidePageCaptureFilter.FALLBACK_ATTRIBUTE, true);
		String code = exchange.getAttribute(GuidePageCaptureFilter.CODE_ATTRIBUTE);
		if (code == null) {
			return Mono.just(unavailablePage());
		}
		return this.copies.find(code)
			.map(copy -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType
					.parseMediaType((copy.contentType() != null) ? copy.contentType() : "text/html;charset=UTF-8"))
				.header("X-Served-From", "last-good-copy")
				.body(withBanner(copy.html(), SHANGHAI_TIME.format(copy.storedAt()))))
			.defaultIfEmpty(unavailablePage());
	}

	@RequestMapping("/fallback/page")
	ResponseEntity<String> page(ServerWebExchange exchange) {
		exchange.getAttributes().put(GuidePageCaptureFilter.FALLBACK_ATTRIBUTE, true);
		return unavailablePage();
	}

	@RequestMapping("/fallback/api")
	Mono<Void> api(ServerWebExchange exchange) {
		exchange.getAttributes().put(GuidePageCaptureFilter.FALLBACK_ATTRIBUTE, true);
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		// the time limiter's TimeoutException, or a try's response timeout (a 504 from
		// the
		// routing filter) when that fires first
		boolean timedOut = (cause instanceof TimeoutException)
				|| (cause instanceof ResponseStatusException status && status.getStatusCode().value() == 504);
		String detail = timedOut ? "The service behind this path did not answer in time; please retry later."
				: "The service behind this path is unavailable right now; please retry later.";
		return this.problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, detail,
				Map.of(HttpHeaders.RETRY_AFTER, retryAfter()));
	}

	private ResponseEntity<String> unavailablePage() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.RETRY_AFTER, retryAfter())
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(UNAVAILABLE_PAGE);
	}

	private String retryAfter() {
		return Long.toString(Math.max(1, this.properties.retryAfter().toSeconds()));
	}

	static String withBanner(String html, String storedAt) {
		String banner = "<div role=\"status\" style=\"background:#fff3cd;color:#664d03;border-bottom:1px solid #ffe69c;"
				+ "padding:12px 16px;font-size:16px;line-height:1.6\"><strong>内容可能不是最新</strong>：" + "办事指南服务暂时无法连接，以下是 "
				+ storedAt + " 保存的副本，办理前请以窗口告知为准。</div>";
		Matcher body = BODY_TAG.matcher(html);
		if (body.find()) {
			return html.substring(0, body.end()) + banner + html.substring(body.end());
		}
		return banner + html;
	}

}
