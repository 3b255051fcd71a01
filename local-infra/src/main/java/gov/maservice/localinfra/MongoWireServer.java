package gov.maservice.localinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

/**
 * Starts the MongoDB-wire server (mongo-java-server) persisted to an H2 MVStore file, for
 * one machine where no {@code mongod} can be installed. The services use the same MongoDB
 * driver and code as against a real replica set; this server has no transactions and no
 * {@code $text}, so the services are designed without them. Never point production at it.
 *
 * <p>
 * Settings: {@code MONGO_PORT} (27017) and {@code DATA_DIR} ({@code .data}); the store
 * file is {@code $DATA_DIR/mongo/store.mv}.
 *
 * <p>
 * Durability: a command that may change data is answered only after the change is
 * committed to the store file and synced to the device ({@link GroupCommit}: writers
 * waiting at the same moment share one commit). So an acknowledged write survives a kill
 * of this process and, as far as the device honours a sync, a power loss; a write that
 * was not yet acknowledged may or may not be there after a crash, as with MongoDB's
 * journal.
 */
public final class MongoWireServer {

	private MongoWireServer() {
	}

	public static void main(String[] args) throws Exception {
		int port = Env.intValue("MONGO_PORT", 27017);
		Path dir = Env.dataDir().resolve("mongo").toAbsolutePath();
		Files.createDirectories(dir);
		Path file = dir.resolve("store.mv");

		MVStore store = new MVStore.Builder().fileName(file.toString()).open();
		// Background commits still happen (they bound the work a group commit has to
		// write), but no
		// acknowledgement relies on them.
		store.setAutoCommitDelay(1000);
		MongoBackend backend = LocalInfra.durableBackend(store);
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", port);
		System.out.println("MongoDB-wire server listening on 127.0.0.1:" + port + " (data in " + file + ")");

		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.shutdownNow();
			backend.close();
			System.out.println("MongoDB-wire server stopped; store closed cleanly");
			stopped.countDown();
		}, "mongo-wire-shutdown"));
		stopped.await();
	}

}
