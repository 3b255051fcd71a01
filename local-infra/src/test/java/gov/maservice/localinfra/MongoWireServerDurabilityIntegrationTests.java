package gov.maservice.localinfra;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-machine store must never be weaker than MongoDB on what it promises: every
 * write it acknowledged is there after the process is killed (SIGKILL) right after the
 * last answer.
 */
class MongoWireServerDurabilityIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void everyAcknowledgedWriteSurvivesAKillRightAfterTheLastAnswer() throws Exception {
		int port = freePort();
		int acknowledged = 0;
		Process server = start(port);
		try (MongoClient client = client(port)) {
			MongoCollection<Document> boards = client.getDatabase("notification").getCollection("boards");
			// Several writers at once, as services write: group commits cover more than
			// one write.
			ExecutorService writers = Executors.newFixedThreadPool(4);
			List<Future<?>> answers = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				answers.add(writers.submit(() -> boards.insertOne(new Document("_id", "board-" + n).append("n", n))));
			}
			for (Future<?> answer : answers) {
				answer.get(30, TimeUnit.SECONDS);
				acknowledged++;
			}
			// An update and a findAndModify too: both are writes the services rely on.
			boards.updateOne(new Document("_id", "board-0"), new Document("$set", new Document("name", "张村")));
			boards.findOneAndUpdate(new Document("_id", "board-1"), new Document("$inc", new Document("n", 1000)));
			writers.shutdownNow();
		}
		finally {
			server.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no
																	// shutdown hook runs
		}
		assertThat(acknowledged).isEqualTo(200);

		Process restarted = start(port);
		try (MongoClient client = client(port)) {
			MongoCollection<Document> boards = client.getDatabase("notification").getCollection("boards");
			assertThat(boards.countDocuments()).isEqualTo(200);
			assertThat(boards.find(new Document("_id", "board-0")).first().getString("name")).isEqualTo("张村");
			assertThat(boards.find(new Document("_id", "board-1")).first().getInteger("n")).isEqualTo(1001);
		}
		finally {
			restarted.destroy();
			restarted.waitFor(20, TimeUnit.SECONDS);
		}
	}

	@Test
	void readsAreNotTreatedAsWrites() {
		assertThat(DurableBackend.mayWrite("find", new de.bwaldvogel.mongo.bson.Document())).isFalse();
		assertThat(DurableBackend.mayWrite("insert", new de.bwaldvogel.mongo.bson.Document())).isTrue();
		assertThat(DurableBackend.mayWrite("findAndModify", new de.bwaldvogel.mongo.bson.Document())).isTrue();
		assertThat(DurableBackend.mayWrite("someFutureCommand", new de.bwaldvogel.mongo.bson.Document())).isTrue();
		var out = new de.bwaldvogel.mongo.bson.Document("pipeline",
				List.of(new de.bwaldvogel.mongo.bson.Document("$out", "copy")));
		assertThat(DurableBackend.mayWrite("aggregate", out)).isTrue();
	}

	private Process start(int port) throws IOException, InterruptedException {
		Path log = Files.createTempFile(this.dataDir, "mongo", ".log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), MongoWireServer.class.getName());
		builder.environment().put("MONGO_PORT", Integer.toString(port));
		builder.environment().put("DATA_DIR", this.dataDir.toString());
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		Process process = builder.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return process;
			}
			catch (IOException notYet) {
				assertThat(process.isAlive()).as("store process alive; log: %s", log).isTrue();
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("store did not start; log: " + Files.readString(log));
	}

	private static MongoClient client(int port) {
		return MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=10000");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
