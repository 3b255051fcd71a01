package gov.maservice.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Injects faults into the parts run.sh started, found by the pid files it keeps in
 * {@code $DATA_DIR/pids/NAME.pid}: SIGKILL (a crash or the OOM killer: no shutdown hook
 * runs), SIGSTOP/SIGCONT (a frozen process: a GC storm or a stuck disk looks the same
 * from outside). Every caller resumes what it froze in a {@code finally}.
 */
final class StackParts {

	static final String STORE = "mongo";

	static final String BROKER = "kafka";

	static final String CATALOG = "catalog-service";

	static final String QR = "qr-service";

	static final String NOTIFICATION = "notification-service";

	private static final Map<String, String> PORT_OF = Map.of(STORE, "MONGO_PORT", BROKER, "KAFKA_PORT", CATALOG,
			"CATALOG_PORT", QR, "QR_PORT", NOTIFICATION, "NOTIFICATION_PORT", "gateway", "GATEWAY_PORT");

	private final LocalStack stack;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(1))
		.build();

	StackParts(LocalStack stack) {
		this.stack = stack;
	}

	long pid(String part) {
		try {
			return Long.parseLong(Files.readString(this.stack.dataDir().resolve("pids/" + part + ".pid")).trim());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SIGKILL, and wait until the process is gone. */
	void kill(String part) {
		long pid = pid(part);
		ProcessHandle process = ProcessHandle.of(pid)
			.orElseThrow(() -> new AssertionError(part + " (pid " + pid + ") is not running"));
		signal("KILL", pid);
		process.onExit().join();
	}

	/** SIGSTOP: the process keeps its sockets open but answers nothing. */
	long freeze(String part) {
		long pid = pid(part);
		signal("STOP", pid);
		return pid;
	}

	/** SIGCONT for a pid frozen earlier; harmless when it is not frozen or gone. */
	void resume(long pid) {
		if (ProcessHandle.of(pid).isPresent()) {
			signal("CONT", pid);
		}
	}

	/**
	 * Waits until the part answers again: services their readiness check on their own
	 * port, the broker and the store an open port (what run.sh's supervisor checks).
	 */
	void awaitReady(String part, Duration atMost) {
		await().atMost(atMost).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> isReady(part));
	}

	/** Waits until every part is ready, so the next test starts from a whole stack. */
	void awaitAllReady(Duration atMost) {
		for (String part : new String[] { STORE, BROKER, CATALOG, QR, NOTIFICATION, "gateway" }) {
			awaitReady(part, atMost);
		}
	}

	boolean isReady(String part) {
		int port = this.stack.ports().get(PORT_OF.get(part));
		if (STORE.equals(part) || BROKER.equals(part)) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		}
		try {
			HttpResponse<Void> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The part's log file, appended to across restarts. */
	Path log(String part) {
		return this.stack.dataDir().resolve("logs/" + part + ".log");
	}

	private static void signal(String signal, long pid) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
			if (kill.waitFor() != 0) {
				throw new AssertionError("kill -" + signal + " " + pid + " failed");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
