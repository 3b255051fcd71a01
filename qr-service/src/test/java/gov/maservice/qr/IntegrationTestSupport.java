package gov.maservice.qr;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import gov.maservice.contracts.DirectoryEvent;
import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.contracts.UpdateType;
import gov.maservice.qr.catalog.Catalog;

import static org.awaitility.Awaitility.await;

/**
 * One application context for every integration test of this module: the real service on
 * a random port, an embedded Kafka broker and the MongoDB-wire server in memory. Catalog
 * data is fed through real Kafka events, as in production; each test class uses its own
 * codes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, topics = { Topics.GUIDE_EVENTS, Topics.DIRECTORY_EVENTS })
@ActiveProfiles({ "mongo-wire", "test" })
@Import(TestEventProducerConfiguration.class)
public abstract class IntegrationTestSupport {

	/** The public base URL configured in {@code application-test.yml}. */
	protected static final String BASE = "https://fw.example.gov.cn";

	private static final MongoServer MONGO = new MongoServer(new MemoryBackend());

	private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

	/**
	 * The service reaches the store through this relay, so a test can freeze the store.
	 */
	private static final FreezableProxy STORE = new FreezableProxy(MONGO_ADDRESS);

	protected static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	protected int port;

	@Autowired
	protected KafkaTemplate<String, Object> kafka;

	@Autowired
	protected Catalog catalog;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> "mongodb://" + STORE.host() + ":" + STORE.port() + "/qr");
	}

	/**
	 * Runs {@code action} while the store answers nothing (as under SIGSTOP), then lets
	 * the held-back traffic through. Other tests share the store: keep it short.
	 */
	protected static void whileStoreFrozen(Runnable action) {
		STORE.freeze();
		try {
			action.run();
		}
		finally {
			STORE.thaw();
		}
	}

	protected HttpResponse<byte[]> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	protected HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	protected static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
	}

	protected void department(String code, String name, long version) {
		this.kafka.send(Topics.DIRECTORY_EVENTS, code, new DirectoryEvent(UUID.randomUUID(),
				DirectoryEvent.TYPE_DEPARTMENT_CHANGED, Instant.now(), code, version, name, null, null));
	}

	protected void locality(String code, String name, String level, String parent, long version) {
		this.kafka.send(Topics.DIRECTORY_EVENTS, code, new DirectoryEvent(UUID.randomUUID(),
				DirectoryEvent.TYPE_LOCALITY_CHANGED, Instant.now(), code, version, name, level, parent));
	}

	protected void item(String type, String code, String name, String department, List<String> localities,
			long version) {
		this.kafka.send(Topics.GUIDE_EVENTS, code, new GuideEvent(UUID.randomUUID(), type, Instant.now(), code, version,
				1, name, department, localities, UpdateType.MAJOR, null, null));
	}

	protected void publishItem(String code, String name, String department, List<String> localities, long version) {
		item(GuideEvent.TYPE_PUBLISHED, code, name, department, localities, version);
	}

	protected void awaitItem(String code, long version) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.catalog.item(code).filter((item) -> item.version() >= version).isPresent());
	}

	protected void awaitDepartment(String code, String name) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.catalog.department(code).filter((d) -> d.name().equals(name)).isPresent());
	}

	protected void awaitLocality(String code, String name) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.catalog.locality(code).filter((l) -> l.name().equals(name)).isPresent());
	}

}
