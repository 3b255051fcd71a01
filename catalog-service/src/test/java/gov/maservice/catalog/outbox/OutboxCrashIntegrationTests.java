package gov.maservice.catalog.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.catalog.TopicReader;
import gov.maservice.testsupport.TestTokens;
import gov.maservice.catalog.item.CatalogItem;
import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.platform.outbox.MongoOutboxStore;
import gov.maservice.platform.outbox.Outbox;
import gov.maservice.platform.outbox.OutboxCollection;
import gov.maservice.platform.outbox.OutboxProperties;
import gov.maservice.platform.outbox.OutboxRelay;
import gov.maservice.platform.outbox.OutboxSender;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * The process dies between storing a publication and sending its event: after a restart
 * the event is delivered exactly once, and nothing else is sent.
 */
class OutboxCrashIntegrationTests extends CatalogIntegrationTestSupport {

	@Value("${spring.embedded.kafka.brokers}")
	private String brokers;

	@Autowired
	private OutboxRelay runningRelay;

	@Autowired
	private MongoOperations mongo;

	@Autowired
	private OutboxSender sender;

	@Autowired
	private List<OutboxCollection> collections;

	@Autowired
	private OutboxProperties properties;

	@Autowired
	private JsonMapper jsonMapper;

	@Test
	void eventStoredBeforeACrashIsSentExactlyOnceAfterRestart() {
		String code = "410471-XK09301-003";
		this.http.post()
			.uri("/api/v1/items")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(guideJson(code))
			.exchange()
			.expectStatus()
			.isCreated();
		this.runningRelay.stop();
		try {
			this.http.post()
				.uri("/api/v1/items/{code}/publish", code)
				.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"version\":1,\"updateType\":\"MAJOR\",\"changeNote\":\"首次发布\"}")
				.exchange()
				.expectStatus()
				.isOk();
			List<Document> stored = pendingEvents(code);
			assertThat(stored).hasSize(1);
			String eventId = stored.get(0).getString("eventId");

			OutboxRelay dying = new OutboxRelay(new MongoOutboxStore(this.mongo), (event) -> {
				throw new IllegalStateException("process killed before the send");
			}, this.collections, this.properties, Clock.systemUTC());
			assertThatIllegalStateException().isThrownBy(dying::relayPending);
			assertThat(pendingEvents(code)).hasSize(1);
			assertThat(TopicReader.read(this.brokers, Topics.GUIDE_EVENTS, code)).isEmpty();

			OutboxRelay restarted = new OutboxRelay(new MongoOutboxStore(this.mongo), this.sender, this.collections,
					this.properties, Clock.systemUTC());
			await().atMost(Duration.ofSeconds(15)).until(() -> restarted.relayPending() > 0);

			List<ConsumerRecord<String, String>> records = TopicReader.read(this.brokers, Topics.GUIDE_EVENTS, code);
			assertThat(records).hasSize(1);
			GuideEvent event = this.jsonMapper.readValue(records.get(0).value(), GuideEvent.class);
			assertThat(event.eventId()).hasToString(eventId);
			assertThat(event.type()).isEqualTo(GuideEvent.TYPE_PUBLISHED);
			assertThat(event.version()).isEqualTo(2);
			assertThat(pendingEvents(code)).isEmpty();

			assertThat(restarted.relayPending()).isZero();
			assertThat(TopicReader.read(this.brokers, Topics.GUIDE_EVENTS, code)).hasSize(1);
		}
		finally {
			this.runningRelay.start();
		}
	}

	private List<Document> pendingEvents(String code) {
		Document item = this.mongo.findById(code, Document.class, CatalogItem.COLLECTION);
		assertThat(item).isNotNull();
		return item.getList(Outbox.EVENTS, Document.class, List.of());
	}

}
