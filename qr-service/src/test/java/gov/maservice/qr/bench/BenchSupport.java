package gov.maservice.qr.bench;

import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import gov.maservice.testsupport.TestTokens;

/**
 * Helpers for {@code bench/qr-http.sh}: {@code mongo PORT} runs an in-memory MongoDB-wire
 * server until killed; {@code token} prints an ADMIN bearer token signed with the test
 * key.
 */
public final class BenchSupport {

	private BenchSupport() {
	}

	public static void main(String[] args) throws InterruptedException {
		if (args.length == 2 && args[0].equals("mongo")) {
			MongoServer server = new MongoServer(new MemoryBackend());
			server.bind("127.0.0.1", Integer.parseInt(args[1]));
			System.out.println("mongo-wire (memory) on 127.0.0.1:" + args[1]);
			Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
			new CountDownLatch(1).await();
		}
		else if (args.length == 1 && args[0].equals("token")) {
			System.out.println(TestTokens.bearer("bench", "ADMIN"));
		}
		else {
			System.err.println("usage: BenchSupport mongo PORT | token");
			System.exit(2);
		}
	}

}
