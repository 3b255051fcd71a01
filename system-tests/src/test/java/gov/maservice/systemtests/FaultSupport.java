package gov.maservice.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.awaitility.Awaitility.await;

/**
 * What the fault tests share: the one stack of this test JVM, its parts, an admin token,
 * complete guides to write, and a check that the stack is whole again after each test.
 */
abstract class FaultSupport {

	static final String VILLAGE = "410471100201";

	/** A tag unique to this run, so items and notices of earlier runs never count. */
	static final String RUN_TAG = Long.toString(System.currentTimeMillis(), 36);

	final LocalStack stack = LocalStack.get();

	final GatewayClient gateway = new GatewayClient(this.stack.gatewayUrl());

	final StackParts parts = new StackParts(this.stack);

	private String token;

	String token() {
		if (this.token == null) {
			this.token = this.gateway.adminToken(this.stack.adminUsername(), this.stack.adminPassword());
		}
		return this.token;
	}

	@AfterEach
	void stackIsWholeAgain() {
		this.parts.awaitAllReady(Duration.ofMinutes(3));
	}

	/** A complete guide (every section filled) for a new item, as JSON. */
	static ObjectNode guide(String code, String name) {
		String json = resource("e2e/item.json").replace("${code}", code)
			.replace("${name}", name)
			.replace("${departmentCode}", "scjgj")
			.replace("${localityCode}", VILLAGE);
		return (ObjectNode) GatewayClient.JSON.readTree(json);
	}

	/**
	 * Whether an item the admin API shows is whole: the working guide has every section
	 * the written one had (a half-written item would miss some).
	 */
	static boolean isComplete(JsonNode item, String name) {
		JsonNode guide = item.path("draft").path("guide");
		if (guide.isMissingNode() || guide.isNull()) {
			guide = item.path("published").path("guide");
		}
		return name.equals(guide.path("name").asString()) && guide.path("materials").size() == 2
				&& guide.path("process").size() == 2 && guide.path("faq").size() == 1
				&& guide.path("legalBasis").size() == 1 && guide.path("channels").path("methods").size() == 1
				&& !guide.path("contacts").path("enquiryPhone").asString().isEmpty();
	}

	HttpResponse<String> getAsAdmin(String path) {
		return this.gateway.send(this.gateway.get(path).header("Authorization", "Bearer " + token()));
	}

	HttpResponse<String> put(String path, String body) {
		return this.gateway.send(this.gateway.post(path, token(), body).PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * The elements of a list answer: the collection envelope's items, or older shapes.
	 */
	static List<JsonNode> elements(JsonNode list) {
		JsonNode array = list.has("items") ? list.get("items") : list.has("content") ? list.get("content") : list;
		List<JsonNode> out = new ArrayList<>();
		array.forEach(out::add);
		return out;
	}

	/**
	 * Requests a path until it answers {@code status}: right after start-up on a busy
	 * machine a first page render may miss the gateway's 2 s budget.
	 */
	void warm(String path, int status) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> timed(this.gateway.get(path)).status() == status);
	}

	/** Runs a request and returns how long it took, with its answer. */
	Timed<String> timed(HttpRequest.Builder request) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = this.gateway.http()
				.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Timed<>(response, (System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException ex) {
			return new Timed<>(null, (System.nanoTime() - start) / 1_000_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An answer (null when the connection failed) and how long it took. */
	record Timed<T>(HttpResponse<T> response, long millis) {

		int status() {
			return (this.response != null) ? this.response.statusCode() : -1;
		}

		String header(String name) {
			return (this.response != null) ? this.response.headers().firstValue(name).orElse("") : "";
		}

		String describe() {
			return status() + " in " + this.millis + " ms"
					+ ((this.response != null) ? ": " + String.valueOf(this.response.body())
						.substring(0, Math.min(200, String.valueOf(this.response.body()).length())) : "");
		}

	}

	static String resource(String name) {
		try (InputStream in = FaultSupport.class.getClassLoader().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
