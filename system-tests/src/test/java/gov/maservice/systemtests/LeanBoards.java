package gov.maservice.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * Many LED boards in one JVM without a thread each: every board holds its SSE stream
 * through the gateway on one non-blocking HTTP client, applies {@code show} and
 * {@code remove} as a board does, and when the stream ends reconnects after a back-off (1
 * s doubling to 8 s, with jitter) sending the last {@code id} as {@code Last-Event-ID},
 * as a browser's {@code EventSource} does.
 */
final class LeanBoards implements AutoCloseable {

	private static final int MAX_BACKOFF_MILLIS = 8000;

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "lean-boards-reconnect");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Board> boards = new ArrayList<>();

	private volatile boolean closed;

	private LeanBoards(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Registers {@code count} boards in a locality through the gateway, 16 at a time. */
	static LeanBoards register(GatewayClient gateway, String token, String localityCode, String namePrefix, int count) {
		LeanBoards boards = new LeanBoards(gateway.baseUrl());
		Semaphore inFlight = new Semaphore(16);
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			inFlight.acquireUninterruptibly();
			String body = "{\"name\":\"" + namePrefix + i + "\",\"localityCode\":\"" + localityCode
					+ "\",\"profile\":{\"charsPerLine\":16,\"lines\":2,\"color\":false}}";
			answers.add(gateway.http()
				.sendAsync(gateway.post("/api/v1/boards", token, body).build(), HttpResponse.BodyHandlers.ofString())
				.whenComplete((response, ex) -> inFlight.release()));
		}
		for (CompletableFuture<HttpResponse<String>> answer : answers) {
			HttpResponse<String> registered = answer.join();
			if (registered.statusCode() != 201) {
				throw new AssertionError(
						"board registration answered " + registered.statusCode() + ": " + registered.body());
			}
			JsonNode board = GatewayClient.json(registered);
			boards.boards.add(boards.new Board(board.path("boardId").asString(), board.path("credential").asString()));
		}
		return boards;
	}

	void connectAll() {
		this.boards.forEach(Board::connect);
	}

	List<Board> boards() {
		return this.boards;
	}

	long connected() {
		return this.boards.stream().filter((board) -> board.connected).count();
	}

	@Override
	public void close() {
		this.closed = true;
		this.reconnects.shutdownNow();
		this.boards.forEach(Board::disconnect);
	}

	/** One board: what it shows, its cursor, how often it connected. */
	final class Board {

		private final String id;

		private final String credential;

		private final Map<String, Long> shown = new ConcurrentHashMap<>();

		private final AtomicInteger connections = new AtomicInteger();

		private volatile boolean connected;

		private volatile String lastEventId;

		private volatile int backoffMillis = 1000;

		private volatile Flow.Subscription subscription;

		private volatile CompletableFuture<HttpResponse<Void>> exchange;

		Board(String id, String credential) {
			this.id = id;
			this.credential = credential;
		}

		/** Ids of the notices this board shows now. */
		Set<String> shown() {
			return Set.copyOf(this.shown.keySet());
		}

		int connections() {
			return this.connections.get();
		}

		boolean isConnected() {
			return this.connected;
		}

		void connect() {
			if (LeanBoards.this.closed) {
				return;
			}
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create(LeanBoards.this.baseUrl + "/api/v1/boards/" + this.id + "/stream"))
				.header("Accept", "text/event-stream")
				.header("Authorization", "Bearer " + this.credential);
			if (this.lastEventId != null) {
				request.header("Last-Event-ID", this.lastEventId);
			}
			this.exchange = LeanBoards.this.http.sendAsync(request.build(),
					(info) -> (info.statusCode() == 200) ? HttpResponse.BodySubscribers.fromLineSubscriber(new Lines())
							: HttpResponse.BodySubscribers.replacing(null));
			this.exchange.whenComplete((response, ex) -> {
				this.connected = false;
				if (!LeanBoards.this.closed) {
					int delay = this.backoffMillis + ThreadLocalRandom.current().nextInt(this.backoffMillis);
					this.backoffMillis = Math.min(MAX_BACKOFF_MILLIS, this.backoffMillis * 2);
					try {
						LeanBoards.this.reconnects.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
					}
					catch (RuntimeException rejected) {
						// closed meanwhile
					}
				}
			});
		}

		void disconnect() {
			Flow.Subscription current = this.subscription;
			if (current != null) {
				current.cancel();
			}
			CompletableFuture<HttpResponse<Void>> current2 = this.exchange;
			if (current2 != null) {
				current2.cancel(true);
			}
		}

		/**
		 * Reads the stream line by line, applying each event when its blank line ends it.
		 */
		private final class Lines implements Flow.Subscriber<String> {

			private String eventId;

			private final StringBuilder data = new StringBuilder();

			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				Board.this.subscription = subscription;
				subscription.request(Long.MAX_VALUE);
			}

			@Override
			public void onNext(String line) {
				if (line.startsWith(":ok")) {
					Board.this.connected = true;
					Board.this.connections.incrementAndGet();
					Board.this.backoffMillis = 1000;
				}
				else if (line.startsWith("id:")) {
					this.eventId = line.substring(3).trim();
				}
				else if (line.startsWith("data:")) {
					this.data.append(line.substring(5).trim());
				}
				else if (line.isEmpty()) {
					dispatch();
				}
			}

			private void dispatch() {
				if (!this.data.isEmpty()) {
					JsonNode event = GatewayClient.JSON.readTree(this.data.toString());
					String noticeId = event.path("noticeId").asString();
					if ("show".equals(event.path("action").asString())) {
						Board.this.shown.put(noticeId, event.path("version").asLong());
					}
					else if ("remove".equals(event.path("action").asString())) {
						Board.this.shown.remove(noticeId);
					}
				}
				if (this.eventId != null) {
					Board.this.lastEventId = this.eventId;
				}
				this.eventId = null;
				this.data.setLength(0);
			}

			@Override
			public void onError(Throwable throwable) {
				Board.this.connected = false;
			}

			@Override
			public void onComplete() {
				Board.this.connected = false;
			}

		}

	}

}
