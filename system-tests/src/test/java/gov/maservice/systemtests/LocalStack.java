package gov.maservice.systemtests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The whole system started exactly as a user starts it: {@code ./run.sh} in its own
 * process, with free ports and a data folder under {@code target/}. One stack serves
 * every system test of a run; it is stopped with SIGTERM (what Ctrl-C does) when the
 * JVM's tests are done.
 */
final class LocalStack implements AutoCloseable {

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(6);

	private static LocalStack shared;

	private final Path root;

	private final Path dataDir;

	private final Map<String, Integer> ports;

	private final String adminPassword;

	private Process process;

	private Path logFile;

	private int starts;

	private LocalStack(Path root) {
		this.root = root;
		this.dataDir = root.resolve("system-tests/target/stack-data");
		this.ports = freePorts("GATEWAY_PORT", "CATALOG_PORT", "QR_PORT", "NOTIFICATION_PORT", "KAFKA_PORT",
				"KAFKA_CONTROLLER_PORT", "MONGO_PORT");
		this.adminPassword = "e2e-" + UUID.randomUUID();
	}

	/** The stack for this test JVM, started on first use. */
	static synchronized LocalStack get() {
		if (shared == null) {
			LocalStack stack = new LocalStack(projectRoot());
			stack.deleteData();
			stack.start();
			shared = stack;
			Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
		}
		return shared;
	}

	String gatewayUrl() {
		return "http://127.0.0.1:" + this.ports.get("GATEWAY_PORT");
	}

	String adminUsername() {
		return "admin";
	}

	String adminPassword() {
		return this.adminPassword;
	}

	Map<String, Integer> ports() {
		return Map.copyOf(this.ports);
	}

	Path dataDir() {
		return this.dataDir;
	}

	synchronized void start() {
		try {
			Files.createDirectories(this.dataDir);
			this.starts++;
			this.logFile = this.root.resolve("system-tests/target/run-sh-" + this.starts + ".log");
			ProcessBuilder builder = new ProcessBuilder("bash", this.root.resolve("run.sh").toString());
			builder.directory(this.root.toFile());
			builder.redirectErrorStream(true);
			Map<String, String> env = builder.environment();
			this.ports.forEach((name, port) -> env.put(name, String.valueOf(port)));
			env.put("DATA_DIR", this.dataDir.toString());
			env.put("ADMIN_USERNAME", adminUsername());
			env.put("ADMIN_PASSWORD", this.adminPassword);
			env.put("PUBLIC_BASE_URL", gatewayUrl());
			env.put("BUILD", "never");
			env.put("READY_TIMEOUT", String.valueOf(READY_TIMEOUT.toSeconds()));
			// The fault suite connects 1,000 LED boards from this one loopback address; a
			// village office's address allowance would refuse most of them.
			env.put("GATEWAY_RATE_LIMIT_BOARD_ADDRESS_BURST", "20000");
			env.put("GATEWAY_RATE_LIMIT_BOARD_ADDRESS_PER_SECOND", "5000");
			this.process = builder.start();
			CountDownLatch ready = new CountDownLatch(1);
			Process started = this.process;
			Path log = this.logFile;
			Thread pump = new Thread(() -> pump(started, log, ready), "run-sh-output");
			pump.setDaemon(true);
			pump.start();
			boolean isReady = ready.await(READY_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS) && started.isAlive();
			if (!isReady) {
				stop();
				throw new IllegalStateException("run.sh did not report READY; its output is in " + log + ":\n"
						+ tail(log, 60) + "\nService logs are in " + this.dataDir.resolve("logs"));
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

	/**
	 * Stops the stack like Ctrl-C does (SIGTERM to run.sh) and waits until run.sh has
	 * exited.
	 * @return run.sh's exit code
	 */
	synchronized int stop() {
		if (this.process == null) {
			return 0;
		}
		try {
			// SIGTERM through the handle: Process.destroy() would also close run.sh's
			// output pipe.
			this.process.toHandle().destroy();
			if (!this.process.waitFor(90, TimeUnit.SECONDS)) {
				this.process.descendants().forEach(ProcessHandle::destroyForcibly);
				this.process.destroyForcibly();
				throw new IllegalStateException("run.sh did not stop within 90 s after SIGTERM");
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			this.process = null;
		}
	}

	/**
	 * Ports of the stack that still accept connections (should be none after
	 * {@link #stop()}).
	 */
	List<String> openPorts() {
		List<String> open = new ArrayList<>();
		this.ports.forEach((name, port) -> {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				open.add(name + "=" + port);
			}
			catch (IOException ex) {
				// closed, as expected
			}
		});
		return open;
	}

	String output() {
		return tail(this.logFile, 200);
	}

	@Override
	public void close() {
		stop();
	}

	private void deleteData() {
		if (!Files.exists(this.dataDir)) {
			return;
		}
		try (var paths = Files.walk(this.dataDir)) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void pump(Process process, Path log, CountDownLatch ready) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
			String line;
			while ((line = reader.readLine()) != null) {
				out.println(line);
				if (line.contains("[run] READY")) {
					ready.countDown();
				}
			}
		}
		catch (IOException ex) {
			// the process ended; the log says what happened
		}
		finally {
			ready.countDown();
		}
	}

	private static String tail(Path file, int lines) {
		try {
			List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	private static Map<String, Integer> freePorts(String... names) {
		Map<String, Integer> ports = new LinkedHashMap<>();
		List<ServerSocket> held = new ArrayList<>();
		try {
			for (String name : names) {
				ServerSocket socket = new ServerSocket(0);
				held.add(socket);
				ports.put(name, socket.getLocalPort());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			held.forEach((socket) -> {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// ignore
				}
			});
		}
		return ports;
	}

	static Path projectRoot() {
		String fromEnv = System.getenv("PROJECT_ROOT");
		Path start = (fromEnv != null && !fromEnv.isBlank()) ? Path.of(fromEnv) : Path.of("").toAbsolutePath();
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve("run.sh")) && Files.exists(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("cannot find the project root (run.sh) from " + start);
	}

}
