package gov.maservice.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * An LED board's live connection to its SSE stream through the gateway, recording every
 * line.
 */
final class BoardStream implements AutoCloseable {

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final CompletableFuture<HttpResponse<Stream<String>>> response;

	private BoardStream(GatewayClient gateway, String boardId, String credential, String lastEventId) {
		var request = gateway.get("/api/v1/boards/" + boardId + "/stream")
			.timeout(Duration.ofMinutes(10))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + credential);
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		this.response = gateway.http().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
		this.response.thenAccept((streamed) -> {
			this.lines.add("status: " + streamed.statusCode());
			Thread reader = new Thread(() -> {
				try {
					streamed.body().forEach(this.lines::add);
				}
				catch (RuntimeException ex) {
					// closed by close()
				}
			}, "board-stream-" + boardId);
			reader.setDaemon(true);
			reader.start();
		});
	}

	static BoardStream open(GatewayClient gateway, String boardId, String credential) {
		return new BoardStream(gateway, boardId, credential, null);
	}

	static BoardStream resume(GatewayClient gateway, String boardId, String credential, String lastEventId) {
		return new BoardStream(gateway, boardId, credential, lastEventId);
	}

	/** Everything received so far, one line per element. */
	String text() {
		return String.join("\n", this.lines);
	}

	boolean connected() {
		return this.lines.stream().anyMatch((line) -> line.startsWith(":ok"));
	}

	/** The last {@code id:} seen, the cursor a reconnecting board sends back. */
	String lastEventId() {
		String last = null;
		for (String line : this.lines) {
			if (line.startsWith("id:")) {
				last = line.substring(3).trim();
			}
		}
		return last;
	}

	@Override
	public void close() {
		this.response.thenAccept((streamed) -> streamed.body().close());
		this.response.cancel(true);
	}

}
