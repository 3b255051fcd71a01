package gov.maservice.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The three backend stand-ins, started once per test JVM so every test class shares one
 * Spring context. Catalog serves guide pages whose text carries a version the test can
 * change.
 */
public final class Backends {

	/** Version printed into every guide page the catalog stub serves. */
	public static final AtomicInteger GUIDE_VERSION = new AtomicInteger(1);

	/**
	 * While true, the catalog stub takes guide-page and item-list requests and never
	 * answers them, like a frozen process (SIGSTOP) whose kernel still accepts
	 * connections.
	 */
	public static final AtomicBoolean CATALOG_HANGS = new AtomicBoolean();

	private static final AtomicReference<StubBackend> CATALOG_REF = new AtomicReference<>();

	private static final AtomicReference<StubBackend> NOTIFICATION_REF = new AtomicReference<>();

	public static final StubBackend CATALOG = catalog();

	public static final StubBackend QR = qr();

	public static final StubBackend NOTIFICATION = notification();

	private Backends() {
	}

	private static StubBackend catalog() {
		StubBackend backend = new StubBackend(routes -> routes.get("/g/{code}", (request, response) -> {
			CATALOG_REF.get().record("GET", request.path(), request.requestHeaders());
			if (CATALOG_HANGS.get()) {
				return Mono.never();
			}
			byte[] page = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><title>指南</title></head><body><h1>办事指南 "
					+ request.param("code") + " 第" + GUIDE_VERSION.get() + "版</h1></body></html>")
				.getBytes(StandardCharsets.UTF_8);
			response.header("Content-Type", "text/html;charset=UTF-8");
			String acceptEncoding = request.requestHeaders().get("Accept-Encoding");
			if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
				// like catalog-service, which keeps the gzip form of each page for
				// browsers
				response.header("Content-Encoding", "gzip");
				page = gzip(page);
			}
			return response.sendByteArray(Mono.just(page));
		}).get("/", (request, response) -> {
			CATALOG_REF.get().record("GET", request.path(), request.requestHeaders());
			return response.header("Content-Type", "text/html;charset=UTF-8")
				.sendString(Mono.just("<!DOCTYPE html><html lang=\"zh-CN\"><body><h1>首页</h1></body></html>"));
		}).get("/search", (request, response) -> {
			// q=bad: a client error (400); q=boom: a server fault (500); q=slow: no
			// answer in time
			CATALOG_REF.get().record("GET", request.path(), request.requestHeaders());
			String uri = request.uri();
			if (uri.contains("q=bad")) {
				return response.status(400)
					.header("Content-Type", "application/problem+json")
					.sendString(Mono.just("{\"status\":400,\"title\":\"Invalid request\"}"));
			}
			if (uri.contains("q=boom")) {
				return response.status(500)
					.header("Content-Type", "application/problem+json")
					.sendString(Mono.just("{\"status\":500}"));
			}
			if (uri.contains("q=slow")) {
				return Mono.delay(Duration.ofSeconds(5)).then(response.sendString(Mono.just("late")).then());
			}
			return response.header("Content-Type", "text/html;charset=UTF-8")
				.sendString(Mono.just("<!DOCTYPE html><html><body>搜索结果</body></html>"));
		}).get("/api/v1/items", (request, response) -> {
			CATALOG_REF.get().record("GET", request.path(), request.requestHeaders());
			if (CATALOG_HANGS.get()) {
				return Mono.never();
			}
			return response.header("Content-Type", "application/json")
				.sendString(Mono.just("[{\"code\":\"410471-XK00101-001\"}]"));
		}).post("/api/v1/items", (request, response) -> {
			CATALOG_REF.get().record("POST", request.path(), request.requestHeaders());
			return response.status(201)
				.header("Content-Type", "application/json")
				.sendString(request.receive().aggregate().asString().defaultIfEmpty("{}"));
		})
			.get("/api/v1/departments",
					(request, response) -> response.status(503)
						.header("Content-Type", "application/problem+json")
						.sendString(Mono.just("{\"status\":503}")))
			.get("/v3/api-docs", (request, response) -> response.header("Content-Type", "application/json")
				.sendString(Mono.just("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"catalog\",\"version\":\"v1\"},"
						+ "\"servers\":[{\"url\":\"http://127.0.0.1:8081\"}],\"paths\":{}}"))));
		CATALOG_REF.set(backend);
		return backend;
	}

	private static byte[] gzip(byte[] bytes) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(bytes);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static StubBackend qr() {
		return new StubBackend(routes -> routes.get("/q/{token}",
				(request, response) -> response.status(302).header("Location", "/g/410471-XK00101-001").send()));
	}

	private static StubBackend notification() {
		StubBackend backend = new StubBackend(
				routes -> routes.get("/api/v1/boards/{boardId}/stream", (request, response) -> {
					NOTIFICATION_REF.get().record("GET", request.path(), request.requestHeaders());
					Flux<String> events = Flux.concat(Flux.just(":ok\n\n", "event: notice\ndata: first\n\n"),
							Mono.delay(Duration.ofSeconds(15)).thenReturn("event: notice\ndata: second\n\n"));
					return response.header("Content-Type", "text/event-stream")
						.sendString(events, StandardCharsets.UTF_8);
				}).get("/api/v1/boards/{boardId}/notices", (request, response) -> {
					// like notification-service: only the board's own credential is
					// accepted
					NOTIFICATION_REF.get().record("GET", request.path(), request.requestHeaders());
					String credential = "Bearer brd_ok-" + request.param("boardId");
					if (!credential.equals(request.requestHeaders().get("Authorization"))) {
						return response.status(401)
							.header("Content-Type", "application/problem+json")
							.sendString(Mono.just("{\"status\":401}"));
					}
					return response.header("Content-Type", "application/json")
						.sendString(Mono.just("{\"boardId\":\"" + request.param("boardId") + "\",\"notices\":[]}"));
				}).get("/api/v1/notices", (request, response) -> {
					NOTIFICATION_REF.get().record("GET", request.path(), request.requestHeaders());
					return response.header("Content-Type", "application/json").sendString(Mono.just("[]"));
				}).post("/api/v1/webhooks/subscriptions", (request, response) -> {
					NOTIFICATION_REF.get().record("POST", request.path(), request.requestHeaders());
					return response.status(201).header("Content-Type", "application/json").sendString(Mono.just("{}"));
				}).get("/api/v1/changes", (request, response) -> {
					NOTIFICATION_REF.get().record("GET", request.path(), request.requestHeaders());
					return response.header("Content-Type", "application/json")
						.sendString(Mono.just("{\"items\":[],\"page\":{\"size\":20}}"));
				}));
		NOTIFICATION_REF.set(backend);
		return backend;
	}

}
