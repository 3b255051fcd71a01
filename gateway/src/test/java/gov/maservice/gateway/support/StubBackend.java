package gov.maservice.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaders;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRoutes;

/**
 * A stand-in for one backend service: a reactor-netty server on a random port (kept
 * across a stop/start, so the gateway's configured URL stays right) that records the
 * requests it saw.
 */
public final class StubBackend {

	private final Consumer<HttpServerRoutes> routes;

	private final List<SeenRequest> seen = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

	private final Set<Channel> channels = ConcurrentHashMap.newKeySet();

	private volatile DisposableServer server;

	private final int port;

	StubBackend(Consumer<HttpServerRoutes> routes) {
		this.routes = routes;
		this.server = bind(0);
		this.port = this.server.port();
	}

	private DisposableServer bind(int port) {
		return HttpServer.create()
			.host("127.0.0.1")
			.port(port)
			.option(ChannelOption.SO_REUSEADDR, true)
			.doOnConnection(connection -> {
				Channel channel = connection.channel();
				if (this.channels.add(channel)) {
					channel.closeFuture().addListener(closed -> this.channels.remove(channel));
				}
			})
			.route(this.routes)
			.bindNow(Duration.ofSeconds(10));
	}

	public String url() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * Stops the server like a crash: open connections are dropped, new ones refused until
	 * {@link #start()}.
	 */
	public synchronized void stop() {
		this.server.disposeNow(Duration.ofSeconds(5));
		this.channels.forEach(channel -> channel.close().syncUninterruptibly());
	}

	/** Starts it again on the same port. */
	public synchronized void start() {
		if (this.server.isDisposed()) {
			this.server = bind(this.port);
		}
	}

	void record(String method, String path, HttpHeaders headers) {
		path = path.startsWith("/") ? path : "/" + path;
		this.seen.add(new SeenRequest(method, path, headers.get("Authorization"), headers.get("X-Request-Id"),
				headers.get("X-API-Key"), headers.get("Accept-Encoding")));
		this.counters.computeIfAbsent(method + " " + path, key -> new AtomicInteger()).incrementAndGet();
	}

	/** How many times the backend saw this method and path. */
	public int count(String method, String path) {
		AtomicInteger counter = this.counters.get(method + " " + path);
		return (counter != null) ? counter.get() : 0;
	}

	/** The last request the backend saw for this path. */
	public SeenRequest last(String path) {
		for (int i = this.seen.size() - 1; i >= 0; i--) {
			if (this.seen.get(i).path().equals(path)) {
				return this.seen.get(i);
			}
		}
		return null;
	}

	/**
	 * A request as the backend received it.
	 *
	 * @param method HTTP method
	 * @param path path
	 * @param authorization the Authorization header, if any
	 * @param requestId the X-Request-Id header, if any
	 * @param apiKey the X-API-Key header, if any
	 * @param acceptEncoding the Accept-Encoding header, if any
	 */
	public record SeenRequest(String method, String path, String authorization, String requestId, String apiKey,
			String acceptEncoding) {
	}

}
