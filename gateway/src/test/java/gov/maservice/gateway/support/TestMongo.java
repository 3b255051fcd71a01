package gov.maservice.gateway.support;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** One in-memory Mongo-wire server per test JVM, on a random port. */
public final class TestMongo {

	private static final MongoServer SERVER = new MongoServer(new MemoryBackend());

	private static final InetSocketAddress ADDRESS = SERVER.bind();

	private TestMongo() {
	}

	public static String uri() {
		return "mongodb://127.0.0.1:" + ADDRESS.getPort() + "/gateway";
	}

}
