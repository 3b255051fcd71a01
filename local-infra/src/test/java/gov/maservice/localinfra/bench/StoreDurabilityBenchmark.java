package gov.maservice.localinfra.bench;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import gov.maservice.localinfra.LocalInfra;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/**
 * What durable acknowledgements cost: the same inserts against the one-machine store as
 * shipped (answer after commit and sync, group commit) and against the previous setting
 * (answer at once, commit on a 100 ms timer), in the same run, rounds interleaved. Prints
 * inserts per second and latency percentiles for 1 and 8 concurrent writers.
 *
 * <p>
 * Run: {@code bench/store.sh} (or every benchmark: {@code bench/run-all.sh})
 */
public final class StoreDurabilityBenchmark {

	private static final int WARMUP = 500;

	private static final int INSERTS = Integer.getInteger("bench.inserts", 3_000);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

	private StoreDurabilityBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Files.createTempDirectory("store-bench");
		System.out.printf(Locale.ROOT, "cores %d, java %s, data in %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), dir);
		System.out.println("| store | writers | inserts/s (median of " + ROUNDS + ") | p50 ms | p99 ms |");
		System.out.println("|---|---|---|---|---|");
		for (int writers : new int[] { 1, 8 }) {
			List<double[]> durable = new ArrayList<>();
			List<double[]> timer = new ArrayList<>();
			for (int round = 0; round < ROUNDS; round++) {
				durable.add(run(dir.resolve("durable-" + writers + "-" + round + ".mv"), true, writers));
				timer.add(run(dir.resolve("timer-" + writers + "-" + round + ".mv"), false, writers));
			}
			print("durable (shipped)", writers, durable);
			print("100 ms timer (before)", writers, timer);
		}
	}

	/**
	 * @return {inserts per second, p50 ms, p99 ms}
	 */
	private static double[] run(Path file, boolean durable, int writers) throws Exception {
		MVStore store = new MVStore.Builder().fileName(file.toString()).open();
		MongoBackend backend = durable ? LocalInfra.durableBackend(store) : plain(store);
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients
			.create("mongodb://127.0.0.1:" + address.getPort() + "/?maxPoolSize=" + (writers + 2))) {
			MongoCollection<Document> collection = client.getDatabase("bench").getCollection("boards");
			insert(collection, writers, WARMUP, "w");
			long start = System.nanoTime();
			long[] latencies = insert(collection, writers, INSERTS, "m");
			double seconds = (System.nanoTime() - start) / 1e9;
			Arrays.sort(latencies);
			return new double[] { INSERTS / seconds, latencies[latencies.length / 2] / 1e6,
					latencies[(int) (latencies.length * 0.99)] / 1e6 };
		}
		finally {
			server.shutdownNow();
			backend.close();
		}
	}

	private static MongoBackend plain(MVStore store) {
		store.setAutoCommitDelay(100);
		return new H2Backend(store);
	}

	private static long[] insert(MongoCollection<Document> collection, int writers, int count, String prefix)
			throws Exception {
		long[] latencies = new long[count];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			done.add(pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < count) {
					long t = System.nanoTime();
					collection.insertOne(new Document("_id", prefix + i).append("name", "张村村委会门口LED屏")
						.append("localityCode", "410471100201"));
					latencies[i] = System.nanoTime() - t;
				}
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		return latencies;
	}

	private static void print(String name, int writers, List<double[]> rounds) {
		double[] rates = rounds.stream().mapToDouble((r) -> r[0]).sorted().toArray();
		double[] p50 = rounds.stream().mapToDouble((r) -> r[1]).sorted().toArray();
		double[] p99 = rounds.stream().mapToDouble((r) -> r[2]).sorted().toArray();
		System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f |%n", name, writers, rates[rates.length / 2],
				p50[p50.length / 2], p99[p99.length / 2]);
	}

}
