package gov.maservice.catalog.search;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search store against the MongoDB-wire server (in memory): tokens, revisions and
 * polling.
 */
class SearchStoreIntegrationTests {

	private static MongoServer server;

	private static MongoClient client;

	private static MongoTemplate mongo;

	private final SearchStore store = new SearchStore(mongo);

	@BeforeAll
	static void startStore() {
		server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = server.bind();
		client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		mongo = new MongoTemplate(client, "search-store-integration-tests");
	}

	@AfterAll
	static void stopStore() {
		client.close();
		server.shutdownNow();
	}

	@BeforeEach
	void empty() {
		mongo.dropCollection(SearchDocument.class);
		this.store.createIndexes();
	}

	private static SearchDocument document(String name, long revision, Instant at) {
		return SearchDocument.published(new IndexableGuide("410471-DJ00101-001", "DJ00101", name, null, "scjgj",
				"市场监督管理局", "LICENSE", List.of(), List.of(), List.of("身份证明"), List.of(), revision, 1), at);
	}

	@Test
	void storesTokensAndNeverLetsAnOlderRevisionReplaceANewerOne() {
		Instant now = Instant.parse("2026-11-01T00:00:00Z");
		assertThat(this.store.save(document("个体工商户营业执照设立登记", 5, now))).isTrue();
		assertThat(this.store.save(document("旧名称", 4, now.plusSeconds(1)))).isFalse();
		assertThat(this.store.save(document("个体工商户营业执照设立登记（新）", 5, now.plusSeconds(2)))).isTrue();
		List<SearchDocument> all = new ArrayList<>();
		this.store.forEach(all::add);
		assertThat(all).singleElement().satisfies((stored) -> {
			assertThat(stored.name()).isEqualTo("个体工商户营业执照设立登记（新）");
			assertThat(stored.tokens()).contains("n2:执照", "p2:yz", "m2:身份", "k:410471-dj00101-001");
		});
	}

	@Test
	void pollsReturnOnlyDocumentsWrittenSinceTheWatermark() {
		Instant start = Instant.parse("2026-11-01T00:00:00Z");
		this.store.save(SearchDocument.withdrawn("410471-A-001", 3, start));
		this.store.save(document("营业执照遗失补领", 1, start.plusSeconds(10)));
		assertThat(this.store.changedSince(start.plusSeconds(5))).extracting(SearchDocument::code)
			.containsExactly("410471-DJ00101-001");
		assertThat(this.store.changedSince(start)).extracting(SearchDocument::isPublished).containsExactly(false, true);
	}

}
