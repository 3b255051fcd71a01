package gov.maservice.catalog;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import gov.maservice.catalog.config.ApiExamples;
import org.junit.jupiter.api.BeforeEach;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of every integration test of the catalog: the whole application on a random port,
 * a real Kafka broker ({@code @EmbeddedKafka}) and the MongoDB-wire server with the
 * memory backend on a random port, the small seed fixture
 * ({@code src/test/resources/seed-fixture}) and the test JWT key. Every subclass keeps
 * exactly this configuration so the module shares one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/jwt-public.pem",
				"catalog.seed.location=classpath:seed-fixture/", "catalog.forms.max-size=64KB",
				"platform.outbox.sweep-interval=500ms", "platform.outbox.lease=3s", "platform.outbox.send-timeout=2s",
				"management.health.mongodb.enabled=false", "logging.structured.format.console=" })
@EmbeddedKafka(partitions = 1)
public abstract class CatalogIntegrationTestSupport {

	private static final MongoServer MONGO = new MongoServer(new MemoryBackend());

	private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

	@LocalServerPort
	private int port;

	/** A client of the running service. */
	protected RestTestClient http;

	/**
	 * Base URL of the running service, for requests that must not be URI-template
	 * expanded.
	 */
	protected String baseUrl;

	@BeforeEach
	void client() {
		this.baseUrl = "http://localhost:" + this.port;
		this.http = RestTestClient.bindToServer().baseUrl(this.baseUrl).build();
	}

	/** A complete guide (the OpenAPI example) with another code. */
	protected static String guideJson(String code) {
		return ApiExamples.GUIDE.replace("410471-XK00101-001", code);
	}

	/** The bearer header value of a token. */
	protected static String bearer(String token) {
		return "Bearer " + token;
	}

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_ADDRESS.getPort() + "/catalog");
	}

}
