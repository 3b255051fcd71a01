package gov.maservice.notification;

import gov.maservice.testsupport.TestTokens;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.BeforeEach;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import gov.maservice.contracts.DirectoryEvent;
import gov.maservice.contracts.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * Base of every integration test: the whole service on a random port, a real Kafka broker
 * ({@code @EmbeddedKafka}) and the MongoDB-wire server (memory backend) on a random port,
 * the test JWT key, and the district's locality hierarchy fed in through
 * {@code DirectoryEvent}s (town 遵化店镇 with 24 villages, street 皇台街道 with 6 communities).
 * Every subclass keeps exactly this configuration so that the module shares one Spring
 * context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/jwt-public.pem",
				"management.health.mongodb.enabled=false", "logging.structured.format.console=",
				"notification.boards.heartbeat-interval=2s", "notification.boards.sweep-interval=300ms",
				"notification.delivery.keep-alive=1s", "notification.delivery.refresh-interval=2s",
				"platform.outbox.sweep-interval=300ms", "platform.outbox.lease=3s", "platform.outbox.send-timeout=2s",
				"platform.kafka.partitions=1", "notification.changes.settle=100ms",
				"notification.webhooks.allowed-networks=127.0.0.0/8,::1/128",
				"notification.webhooks.poll-interval=200ms", "notification.webhooks.retry.initial-delay=200ms",
				"notification.webhooks.retry.multiplier=2", "notification.webhooks.retry.max-delay=1s",
				"notification.webhooks.breaker.open-for=1s" })
@EmbeddedKafka(partitions = 1, topics = { Topics.GUIDE_EVENTS, Topics.DIRECTORY_EVENTS })
public abstract class NotificationIntegrationTestSupport {

	/** 遵化店镇 */
	protected static final String TOWN = "410471100000";

	/** 张村, a village of 遵化店镇 */
	protected static final String ZHANGCUN = "410471100201";

	/** 张楼, another village of 遵化店镇 */
	protected static final String ZHANGLOU = "410471100202";

	/** 皇台街道 */
	protected static final String STREET = "410471001000";

	/** A community of 皇台街道 (another town/street than 张村's) */
	protected static final String COMMUNITY = "410471001001";

	protected static final String DISTRICT = "410471";

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	static final MongoServer MONGO = new MongoServer(new MemoryBackend());

	static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

	private static volatile boolean localitiesFed;

	@LocalServerPort
	protected int port;

	@Autowired
	protected KafkaTemplate<String, Object> kafka;

	@Autowired
	protected ReactiveMongoTemplate mongo;

	protected WebTestClient http;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", NotificationIntegrationTestSupport::mongoUri);
	}

	protected static String mongoUri() {
		return "mongodb://127.0.0.1:" + MONGO_ADDRESS.getPort() + "/notification";
	}

	@BeforeEach
	void client() {
		// One connection per request, like the independent boards and publishers in
		// production.
		var connector = new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection()));
		this.http = WebTestClient.bindToServer(connector)
			.baseUrl(baseUrl())
			.responseTimeout(Duration.ofSeconds(15))
			.build();
		feedLocalities();
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	private void feedLocalities() {
		if (localitiesFed) {
			return;
		}
		List<DirectoryEvent> events = new ArrayList<>();
		events.add(locality(TOWN, "遵化店镇", "TOWN", DISTRICT));
		events.add(locality(STREET, "皇台街道", "STREET", DISTRICT));
		String[] villages = { "张村", "张楼", "屈庄", "严村", "周湾" };
		for (int i = 1; i <= 24; i++) {
			String name = (i <= villages.length) ? villages[i - 1] : "第" + i + "村";
			events.add(locality(String.format("4104711002%02d", i), name, "VILLAGE", TOWN));
		}
		for (int i = 1; i <= 6; i++) {
			events.add(locality(String.format("410471001%03d", i), "皇台第" + i + "社区", "COMMUNITY", STREET));
		}
		events.forEach((event) -> this.kafka.send(Topics.DIRECTORY_EVENTS, event.code(), event));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.getCollection("localities")
				.flatMap((c) -> Mono.from(c.countDocuments()))
				.block() >= 32);
		localitiesFed = true;
	}

	private static DirectoryEvent locality(String code, String name, String level, String parent) {
		return new DirectoryEvent(UUID.randomUUID(), DirectoryEvent.TYPE_LOCALITY_CHANGED, Instant.now(), code, 1, name,
				level, parent);
	}

	/** Registers a board as an admin; the JSON answer (with its credential). */
	protected JsonNode registerBoard(String name, String localityCode) {
		return registerBoard(name, localityCode, 16, 2);
	}

	protected JsonNode registerBoard(String name, String localityCode, int charsPerLine, int lines) {
		String body = this.http.post()
			.uri("/api/v1/boards")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"name":"%s","localityCode":"%s","profile":{"charsPerLine":%d,"lines":%d,"color":false}}"""
				.formatted(name, localityCode, charsPerLine, lines))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	/** Issues a notice as a publisher; the JSON answer. */
	protected JsonNode issue(String json) {
		String body = this.http.post()
			.uri("/api/v1/notices")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	/** A minimal notice to these areas. */
	protected static String notice(String headline, String... areaCodes) {
		return """
				{"headline":"%s","description":"测试内容","instruction":"请留意","category":"Infra","urgency":"Expected",
				 "severity":"Moderate","areaCodes":[%s]}""".formatted(headline, quoted(areaCodes));
	}

	protected static String quoted(String... values) {
		return String.join(",", Arrays.stream(values).map((v) -> "\"" + v + "\"").toList());
	}

	protected BoardStream stream(JsonNode board) {
		return BoardStream.open(baseUrl(), board.path("boardId").asString(), board.path("credential").asString());
	}

	protected static String bearer(String token) {
		return "Bearer " + token;
	}

}
