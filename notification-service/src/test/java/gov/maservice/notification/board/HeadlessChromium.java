package gov.maservice.notification.board;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Chromium driven over the DevTools protocol with the JDK's own WebSocket
 * client: opens a page, evaluates JavaScript in it and takes screenshots. Lean on purpose
 * (no WebDriver).
 */
final class HeadlessChromium implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://[^\\s]+)");

	private final Process process;

	private final Path profile;

	private final WebSocket socket;

	private final AtomicInteger ids = new AtomicInteger();

	private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

	private HeadlessChromium(Process process, Path profile, WebSocket socket) {
		this.process = process;
		this.profile = profile;
		this.socket = socket;
	}

	/** The Chromium executable on this machine, or null. */
	static String executable() {
		for (String candidate : new String[] { "/usr/bin/chromium", "/usr/bin/chromium-browser",
				"/usr/bin/google-chrome" }) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		return null;
	}

	static HeadlessChromium open(String executable, String url) throws Exception {
		Path profile = Files.createTempDirectory("chromium-profile");
		Process process = new ProcessBuilder(executable, "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1024,600", "--remote-debugging-port=0", "--user-data-dir=" + profile, url)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		String browserSocket = awaitDevTools(process);
		URI devtools = URI.create(browserSocket);
		HttpClient http = HttpClient.newHttpClient();
		String pageSocket = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (pageSocket == null && System.nanoTime() < deadline) {
			String list = http
				.send(HttpRequest.newBuilder(URI.create("http://" + devtools.getAuthority() + "/json/list")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			for (JsonNode target : JSON.readTree(list)) {
				if ("page".equals(target.path("type").asString())) {
					pageSocket = target.path("webSocketDebuggerUrl").asString();
				}
			}
			if (pageSocket == null) {
				Thread.sleep(100);
			}
		}
		if (pageSocket == null) {
			process.destroyForcibly();
			throw new IllegalStateException("Chromium opened no page");
		}
		Listener listener = new Listener();
		WebSocket socket = http.newWebSocketBuilder()
			.buildAsync(URI.create(pageSocket), listener)
			.get(10, TimeUnit.SECONDS);
		HeadlessChromium browser = new HeadlessChromium(process, profile, socket);
		listener.browser = browser;
		return browser;
	}

	private static String awaitDevTools(Process process) throws IOException {
		BufferedReader err = new BufferedReader(
				new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = err.readLine()) != null) {
			Matcher matcher = DEVTOOLS.matcher(line);
			if (matcher.find()) {
				Thread drain = new Thread(() -> {
					try {
						while (err.readLine() != null) {
							// keep the pipe from filling up
						}
					}
					catch (IOException ex) {
						// the browser went away
					}
				}, "chromium-stderr");
				drain.setDaemon(true);
				drain.start();
				return matcher.group(1);
			}
		}
		throw new IllegalStateException("Chromium did not start its DevTools endpoint");
	}

	/** Evaluates a JavaScript expression in the page and returns its value as text. */
	String evaluate(String expression) throws Exception {
		JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
		return result.path("result").path("result").path("value").asString();
	}

	/** A PNG screenshot of the page. */
	byte[] screenshot() throws Exception {
		JsonNode result = call("Page.captureScreenshot", Map.of("format", "png"));
		return Base64.getDecoder().decode(result.path("result").path("data").asString());
	}

	private JsonNode call(String method, Map<String, Object> params) throws Exception {
		int id = this.ids.incrementAndGet();
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		this.pending.put(id, answer);
		this.socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true);
		return answer.get(10, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws Exception {
		this.socket.abort();
		this.process.destroy();
		if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
		try (var files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

	private static final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		private volatile HeadlessChromium browser;

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.text.append(data);
			if (last) {
				JsonNode message = JSON.readTree(this.text.toString());
				this.text.setLength(0);
				if (message.has("id") && this.browser != null) {
					CompletableFuture<JsonNode> answer = this.browser.pending.remove(message.path("id").asInt());
					if (answer != null) {
						answer.complete(message);
					}
				}
			}
			webSocket.request(1);
			return null;
		}

	}

	static Duration timeout() {
		return Duration.ofSeconds(20);
	}

}
