package gov.maservice.localinfra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/**
 * What the one-machine programs build, for tools (benchmarks) that run them in process.
 */
public final class LocalInfra {

	private LocalInfra() {
	}

	/**
	 * The store backend as {@link MongoWireServer} runs it: a write is answered once it
	 * is durable.
	 */
	public static MongoBackend durableBackend(MVStore store) {
		return new DurableBackend(new H2Backend(store), new GroupCommit(store));
	}

}
