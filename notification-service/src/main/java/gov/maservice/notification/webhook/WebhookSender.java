package gov.maservice.notification.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Makes one signed call. The client never follows redirects (a 3xx is a failed call), its
 * resolver refuses non-public addresses, and it reads at most the excerpt of an answer.
 * Calls are non-blocking, so a receiver that takes 10 s holds a connection, not a thread.
 */
final class WebhookSender {

	static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

	static final String USER_AGENT = "maservice-webhooks/1.0";

	private final TargetGuard guard;

	private final HttpClient client;

	private final Duration timeout;

	private final int excerptLimit;

	WebhookSender(TargetGuard guard, WebhookProperties properties) {
		this.guard = guard;
		this.timeout = properties.timeout();
		this.excerptLimit = properties.responseExcerpt();
		ConnectionProvider connections = ConnectionProvider.builder("webhooks")
			.maxConnections(properties.maxConcurrentPerEndpoint() * 2)
			.pendingAcquireMaxCount(-1)
			.maxIdleTime(Duration.ofSeconds(30))
			.build();
		this.client = HttpClient.create(connections)
			.resolver(guard.resolverGroup())
			.followRedirect(false)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
			.responseTimeout(properties.timeout());
	}

	/**
	 * The outcome of a call.
	 *
	 * @param statusCode the HTTP status, {@code null} without an answer
	 * @param latencyMs time until the answer or the error
	 * @param excerpt the start of the answer's body
	 * @param error why there was no answer
	 */
	record Outcome(Integer statusCode, long latencyMs, String excerpt, String error) {

		boolean success() {
			return this.statusCode != null && this.statusCode >= 200 && this.statusCode < 300;
		}

		boolean gone() {
			return this.statusCode != null && this.statusCode == 410;
		}

		String describe() {
			return (this.statusCode != null) ? "HTTP " + this.statusCode : this.error;
		}

	}

	Mono<Outcome> send(String url, String webhookId, List<String> secrets, String body, Instant now) {
		long started = System.nanoTime();
		URI uri;
		try {
			uri = this.guard.check(url);
		}
		catch (TargetRefusedException ex) {
			return Mono.just(new Outcome(null, 0, null, "refused: " + ex.getMessage()));
		}
		long timestamp = now.getEpochSecond();
		String signature = WebhookSignatures.header(secrets, webhookId, timestamp, body);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return this.client
			.headers((headers) -> headers.set("content-type", CONTENT_TYPE)
				.set("user-agent", USER_AGENT)
				.set("webhook-id", webhookId)
				.set("webhook-timestamp", Long.toString(timestamp))
				.set("webhook-signature", signature))
			.post()
			.uri(uri)
			.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(bytes)))
			.response((response, content) -> {
				int status = response.status().code();
				int limit = this.excerptLimit * 4;
				AtomicInteger seen = new AtomicInteger();
				return content.asByteArray()
					.takeUntil((chunk) -> seen.addAndGet(chunk.length) >= limit)
					.collectList()
					.map((chunks) -> new Outcome(status, elapsed(started), excerpt(chunks, limit), null));
			})
			.next()
			.timeout(this.timeout.plusSeconds(1))
			.onErrorResume((ex) -> Mono.just(new Outcome(null, elapsed(started), null, describe(ex))));
	}

	private String excerpt(List<byte[]> chunks, int limit) {
		byte[] all = new byte[Math.min(limit, chunks.stream().mapToInt((chunk) -> chunk.length).sum())];
		int at = 0;
		for (byte[] chunk : chunks) {
			int length = Math.min(chunk.length, all.length - at);
			System.arraycopy(chunk, 0, all, at, length);
			at += length;
		}
		String text = new String(all, StandardCharsets.UTF_8);
		return (text.length() > this.excerptLimit) ? text.substring(0, this.excerptLimit) : text;
	}

	private static long elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	private static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof TargetRefusedException)) {
			cause = cause.getCause();
		}
		if (cause instanceof TargetRefusedException) {
			return "refused: " + cause.getMessage();
		}
		if (ex instanceof TimeoutException || ex instanceof io.netty.handler.timeout.ReadTimeoutException
				|| cause instanceof io.netty.handler.timeout.ReadTimeoutException) {
			return "timeout: no answer within the call timeout";
		}
		String message = cause.getMessage();
		String text = cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
		return (text.length() > 300) ? text.substring(0, 300) : text;
	}

}
