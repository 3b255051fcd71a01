package gov.maservice.notification.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.netty.channel.ChannelOption;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import gov.maservice.contracts.Topics;
import gov.maservice.testsupport.TestTokens;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Load harness (not a test): how many board streams one instance holds, what each costs
 * in heap, and how long a notice takes from the publisher's POST to every connected
 * board.
 * <p>
 * It starts a Kafka broker and the Mongo-wire server in this JVM, the packaged service as
 * a separate JVM (so its heap is measured alone), registers N boards, opens N SSE streams
 * over loopback with Reactor Netty, measures the service's heap after a full GC before
 * and after the streams, then publishes district-wide notices and records, per board, the
 * time from just before the POST to the moment the notice's {@code data:} line arrived.
 * Run it with {@code bench/boards.sh}.
 */
public final class SseBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private SseBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		Path jar = Path.of(args[0]);
		int boards = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000;
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 5;
		String serverHeap = (args.length > 3) ? args[3] : "1g";

		EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3, Topics.GUIDE_EVENTS,
				Topics.DIRECTORY_EVENTS);
		kafka.afterPropertiesSet();
		MongoServer mongo = new MongoServer(new MemoryBackend());
		var mongoAddress = mongo.bind();
		int port = freePort();
		Path publicKey = Files.createTempFile("jwt-public", ".pem");
		try (var key = SseBenchmark.class.getResourceAsStream("/jwt/jwt-public.pem")) {
			Files.write(publicKey, key.readAllBytes());
		}
		Process server = new ProcessBuilder("java", "-Xms" + serverHeap, "-Xmx" + serverHeap, "-jar", jar.toString(),
				"--server.port=" + port, "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
				"--spring.mongodb.uri=mongodb://127.0.0.1:" + mongoAddress.getPort() + "/notification",
				"--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey,
				"--spring.profiles.active=mongo-wire", "--logging.level.root=WARN",
				"--logging.structured.format.console=")
			.inheritIO()
			.start();
		String base = "http://127.0.0.1:" + port;
		ConnectionProvider connections = ConnectionProvider.newConnection();
		LoopResources loops = LoopResources.create("bench-client", Runtime.getRuntime().availableProcessors(), true);
		List<Disposable> streams = new ArrayList<>();
		try {
			awaitReady(base);
			System.out.printf("service up on %s (pid %d, heap %s)%n", base, server.pid(), serverHeap);
			List<String[]> registered = register(base, boards);
			System.out.printf("registered %d boards%n", registered.size());

			long heapBefore = liveHeap(server.pid());
			Map<String, long[]> arrivals = new ConcurrentHashMap<>();
			AtomicInteger connected = new AtomicInteger();
			AtomicInteger failed = new AtomicInteger();
			AtomicInteger ended = new AtomicInteger();
			Map<Integer, String> lastChunks = new ConcurrentHashMap<>();
			reactor.netty.http.client.HttpClient client = reactor.netty.http.client.HttpClient.create(connections)
				.runOn(loops)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
				.responseTimeout(Duration.ofHours(1));
			Instant openStart = Instant.now();
			AtomicLongArray received = new AtomicLongArray(boards);
			AtomicReference<Watch> watching = new AtomicReference<>();
			long[][] arrivalByRound = new long[rounds][boards];
			for (int i = 0; i < registered.size(); i++) {
				int index = i;
				String[] board = registered.get(i);
				StringBuilder tail = new StringBuilder();
				lastChunks.put(index, "");
				streams.add(client
					.headers((h) -> h.set("Authorization", "Bearer " + board[1]).set("Accept", "text/event-stream"))
					.get()
					.uri(base + "/api/v1/boards/" + board[0] + "/stream")
					.responseConnection((response, connection) -> {
						if (response.status().code() != 200) {
							failed.incrementAndGet();
							return Mono.<String>empty();
						}
						return connection.inbound().receive().asString(StandardCharsets.UTF_8);
					})
					.subscribe((chunk) -> {
						long now = System.nanoTime();
						lastChunks.put(index, chunk);
						if (chunk.contains(":ok") && received.get(index) == 0) {
							received.set(index, 1);
							connected.incrementAndGet();
						}
						Watch watch = watching.get();
						if (watch != null) {
							tail.append(chunk);
							if (tail.indexOf(watch.marker()) >= 0 && arrivalByRound[watch.round()][index] == 0) {
								arrivalByRound[watch.round()][index] = now;
							}
							if (tail.length() > 200) {
								tail.delete(0, tail.length() - 200);
							}
						}
					}, (ex) -> ended.incrementAndGet(), ended::incrementAndGet));
				if (i % 500 == 499) {
					Thread.sleep(50);
				}
			}
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			while (connected.get() + failed.get() < registered.size() && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			Duration openTime = Duration.between(openStart, Instant.now());
			System.out.printf("streams open: %d, failed: %d, in %s%n", connected.get(), failed.get(), openTime);
			Thread.sleep(3000);
			long heapAfter = liveHeap(server.pid());
			double perConnection = (heapAfter - heapBefore) / (double) Math.max(1, connected.get());
			System.out.printf("live heap before %.1f MB, after %.1f MB: %.1f KB per stream%n", heapBefore / 1e6,
					heapAfter / 1e6, perConnection / 1024);
			System.out.println("class histogram of the service: notification-service/target/bench-histogram.txt");

			List<Long> latencies = new ArrayList<>();
			int missing = 0;
			for (int round = 0; round < rounds; round++) {
				String marker = "BENCH-" + round + "-" + System.nanoTime();
				String headline = "基准测试公告 " + marker;
				watching.set(new Watch(marker, round));
				long sent = System.nanoTime();
				post(base, "/api/v1/notices", """
						{"headline":"%s","areaCodes":["410471"],"expires":"%s"}""".formatted(headline,
						Instant.now().plusSeconds(600)));
				long roundDeadline = sent + TimeUnit.SECONDS.toNanos(30);
				int round0 = round;
				while (System.nanoTime() < roundDeadline
						&& Arrays.stream(arrivalByRound[round0]).filter((t) -> t == 0).count() > boards
								- connected.get()) {
					Thread.sleep(50);
				}
				int got = 0;
				List<Long> roundLatencies = new ArrayList<>();
				for (int i = 0; i < boards; i++) {
					if (received.get(i) == 1) {
						if (arrivalByRound[round][i] != 0) {
							latencies.add(arrivalByRound[round][i] - sent);
							roundLatencies.add(arrivalByRound[round][i] - sent);
							got++;
						}
						else {
							missing++;
						}
					}
				}
				roundLatencies.sort(Long::compare);
				for (int i = 0; i < boards && got < connected.get(); i++) {
					if (received.get(i) == 1 && arrivalByRound[round][i] == 0) {
						System.out.printf("  missed by board %s (stream %d), its last chunk: %s%n",
								registered.get(i)[0], i, lastChunks.get(i).replace("\n", "\\n"));
					}
				}
				System.out.printf(
						"round %d: delivered to %d of %d streams, p50 %d ms, p99 %d ms (streams ended: %d, held by the service: %s)%n",
						round, got, connected.get(), ms(percentile(roundLatencies, 50)),
						ms(percentile(roundLatencies, 99)), ended.get(), connectedOnServer(base));
				Thread.sleep(2000);
			}
			latencies.sort(Long::compare);
			long within = latencies.stream().filter((l) -> l <= TimeUnit.SECONDS.toNanos(1)).count();
			int total = latencies.size() + missing;
			System.out.println();
			System.out.println("| boards (streams open) | heap per stream | p50 | p99 | max | within 1 s |");
			System.out.println("|---|---|---|---|---|---|");
			System.out.printf("| %d (%d) | %.1f KB | %d ms | %d ms | %d ms | %.2f %% |%n", boards, connected.get(),
					perConnection / 1024, ms(percentile(latencies, 50)), ms(percentile(latencies, 99)),
					ms(latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1)),
					100.0 * within / Math.max(1, total));
		}
		finally {
			streams.forEach(Disposable::dispose);
			server.destroy();
			server.waitFor(10, TimeUnit.SECONDS);
			loops.disposeLater().block(Duration.ofSeconds(5));
			connections.disposeLater().block(Duration.ofSeconds(5));
			mongo.shutdownNow();
			kafka.destroy();
			Files.deleteIfExists(publicKey);
		}
	}

	private static List<String[]> register(String base, int boards) {
		String[] localities = new String[30];
		for (int i = 0; i < 24; i++) {
			localities[i] = String.format("4104711002%02d", i + 1);
		}
		for (int i = 0; i < 6; i++) {
			localities[24 + i] = String.format("410471001%03d", i + 1);
		}
		return Flux.range(0, boards).flatMap((i) -> Mono.fromCallable(() -> {
			JsonNode board = JSON.readTree(post(base, "/api/v1/boards", """
					{"name":"压测屏%d","localityCode":"%s","profile":{"charsPerLine":16,"lines":2,"color":false}}"""
				.formatted(i, localities[i % localities.length])));
			return new String[] { board.path("boardId").asString(), board.path("credential").asString() };
		}).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()), 16).collectList().block();
	}

	private static String post(String base, String path, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + TestTokens.admin())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static void awaitReady(String base) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline) {
			try {
				var response = HTTP.send(
						HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not up yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The service did not become ready");
	}

	/**
	 * Live heap of the service: {@code jcmd GC.class_histogram} runs a full GC and counts
	 * the objects that survive it, which is steadier than the heap gauge (region
	 * granularity, garbage allocated between the GC and the read). The last histogram is
	 * kept for inspection.
	 */
	private static long liveHeap(long pid) throws Exception {
		Path histogram = Path.of("notification-service", "target", "bench-histogram.txt");
		new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram").redirectErrorStream(true)
			.redirectOutput(histogram.toFile())
			.start()
			.waitFor(120, TimeUnit.SECONDS);
		List<String> lines = Files.readAllLines(histogram);
		String total = lines.stream().filter((line) -> line.startsWith("Total")).findFirst().orElseThrow();
		String[] parts = total.trim().split("\\s+");
		return Long.parseLong(parts[2]);
	}

	private static String connectedOnServer(String base) throws Exception {
		var response = HTTP
			.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/notification.boards.connected"))
				.header("Authorization", "Bearer " + TestTokens.admin())
				.build(), HttpResponse.BodyHandlers.ofString());
		return Long
			.toString((long) JSON.readTree(response.body()).path("measurements").get(0).path("value").asDouble());
	}

	private static long percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static long ms(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}

	/**
	 * The notice being waited for: a unique ASCII marker in its headline, and the round
	 * it belongs to.
	 */
	private record Watch(String marker, int round) {
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
