package gov.maservice.notification.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on loopback for tests: records every call (headers, body, arrival
 * time) and answers with a configurable status after a configurable delay.
 */
final class TestReceiver implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile Duration delay = Duration.ZERO;

	record Call(String id, String timestamp, String signature, String contentType, String body, long arrivedNanos,
			long arrivedMillis) {

		JsonNode event() {
			return JSON.readTree(this.body);
		}

	}

	private TestReceiver(int port) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
		this.server.setExecutor(this.threads);
		this.server.createContext("/", (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				var headers = exchange.getRequestHeaders();
				this.calls.add(new Call(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
						headers.getFirst("webhook-signature"), headers.getFirst("content-type"), body,
						System.nanoTime(), System.currentTimeMillis()));
				Thread.sleep(this.delay.toMillis());
				byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(this.status, answer.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(answer);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				exchange.close();
			}
		});
		this.server.start();
	}

	static TestReceiver start() throws IOException {
		return new TestReceiver(0);
	}

	static TestReceiver start(int port) throws IOException {
		return new TestReceiver(port);
	}

	TestReceiver answering(int status, Duration delay) {
		this.status = status;
		this.delay = delay;
		return this;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	List<Call> calls() {
		return new ArrayList<>(this.calls);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
