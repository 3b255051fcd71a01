package gov.maservice.notification;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.awaitility.Awaitility.await;

/**
 * A test LED board: holds the SSE stream of one board and records everything it receives.
 */
public final class BoardStream implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();

	private final Disposable subscription;

	private BoardStream(String baseUrl, String boardId, String credential, String lastEventId) {
		WebClient client = WebClient.create(baseUrl);
		this.subscription = client.get()
			.uri("/api/v1/boards/{id}/stream", boardId)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> {
				headers.setBearerAuth(credential);
				if (lastEventId != null) {
					headers.set("Last-Event-ID", lastEventId);
				}
			})
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.subscribe(this.received::add, (ex) -> {
			});
	}

	/** Connects and waits for the {@code :ok} comment. */
	public static BoardStream open(String baseUrl, String boardId, String credential, String lastEventId) {
		BoardStream stream = new BoardStream(baseUrl, boardId, credential, lastEventId);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> stream.received.stream().anyMatch((event) -> "ok".equals(event.comment())));
		return stream;
	}

	public static BoardStream open(String baseUrl, String boardId, String credential) {
		return open(baseUrl, boardId, credential, null);
	}

	/** The {@code data} of every {@code event: notice} received so far, parsed. */
	public List<JsonNode> notices() {
		return this.received.stream()
			.filter((event) -> "notice".equals(event.event()))
			.map((event) -> JSON.readTree(event.data()))
			.toList();
	}

	public List<ServerSentEvent<String>> events() {
		return List.copyOf(this.received);
	}

	public boolean shown(String noticeId) {
		return notices().stream()
			.anyMatch((n) -> "show".equals(n.path("action").asString())
					&& noticeId.equals(n.path("noticeId").asString()));
	}

	public boolean removed(String noticeId) {
		return notices().stream()
			.anyMatch((n) -> "remove".equals(n.path("action").asString())
					&& noticeId.equals(n.path("noticeId").asString()));
	}

	/**
	 * Whether the board, having applied every event in order, currently shows the notice.
	 */
	public boolean showing(String noticeId) {
		boolean showing = false;
		for (JsonNode n : notices()) {
			if (noticeId.equals(n.path("noticeId").asString())) {
				showing = "show".equals(n.path("action").asString());
			}
		}
		return showing;
	}

	public String lastEventId() {
		String id = null;
		for (ServerSentEvent<String> event : this.received) {
			if (event.id() != null) {
				id = event.id();
			}
		}
		return id;
	}

	@Override
	public void close() {
		this.subscription.dispose();
	}

}
