package gov.maservice.qr.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.contracts.UpdateType;
import gov.maservice.qr.IntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CatalogProjectionIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private EmbeddedKafkaBroker broker;

	@Test
	void eventsAreAppliedOnceInVersionOrderAndStaleOrDuplicateOnesAreDropped() {
		String code = "410471-CP00101-001";
		publishItem(code, "不动产登记（首次）", "cpbdc", List.of("410471100201"), 3);
		awaitItem(code, 3);
		publishItem(code, "旧名称（第2版）", "cpbdc", List.of(), 2);
		publishItem(code, "重复的第3版", "cpbdc", List.of(), 3);
		publishItem("410471-CP00199-001", "标记事项", "cpbdc", List.of(), 1);
		awaitItem("410471-CP00199-001", 1);

		CatalogItem item = this.catalog.item(code).orElseThrow();
		assertThat(item.name()).isEqualTo("不动产登记（首次）");
		assertThat(item.version()).isEqualTo(3);
		assertThat(item.localityCodes()).containsExactly("410471100201");
		assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);

		item(GuideEvent.TYPE_WITHDRAWN, code, null, null, List.of(), 4);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.catalog.item(code).orElseThrow().withdrawn());
		assertThat(this.catalog.item(code).orElseThrow().name()).isEqualTo("不动产登记（首次）");
	}

	@Test
	void invalidAndUnreadableEventsGoToTheDeadLetterTopicWithoutBlockingTheRest() {
		this.kafka.send(Topics.GUIDE_EVENTS, "bad key", new GuideEvent(UUID.randomUUID(), GuideEvent.TYPE_PUBLISHED,
				Instant.now(), "bad code!", 1, 1, "名称", "cpbdc", List.of(), UpdateType.MAJOR, null, null));
		ProducerRecord<String, Object> garbageRecord = new ProducerRecord<>(Topics.GUIDE_EVENTS, "garbage",
				"this is not json".getBytes(StandardCharsets.UTF_8));
		garbageRecord.headers().add("x-request-id", "req-dead-letter".getBytes(StandardCharsets.UTF_8));
		this.kafka.send(garbageRecord);
		this.kafka.send(Topics.DIRECTORY_EVENTS, "garbage-directory", "{\"code\":".getBytes(StandardCharsets.UTF_8));
		publishItem("410471-CP00198-001", "死信之后的事项", "cpbdc", List.of(), 1);
		awaitItem("410471-CP00198-001", 1);

		Map<String, Object> props = KafkaTestUtils.consumerProps(this.broker, "dlt-reader", false);
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new StringDeserializer())
			.createConsumer()) {
			consumer
				.subscribe(List.of(Topics.deadLetter(Topics.GUIDE_EVENTS), Topics.deadLetter(Topics.DIRECTORY_EVENTS)));
			List<ConsumerRecord<String, String>> dead = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(dead::add);
				return dead.stream()
					.map(ConsumerRecord::key)
					.toList()
					.containsAll(List.of("bad key", "garbage", "garbage-directory"));
			});
			ConsumerRecord<String, String> garbage = dead.stream()
				.filter((r) -> "garbage".equals(r.key()))
				.findFirst()
				.orElseThrow();
			assertThat(garbage.value()).isEqualTo("this is not json");
			assertThat(garbage.topic()).isEqualTo(Topics.deadLetter(Topics.GUIDE_EVENTS));
			assertThat(new String(garbage.headers().lastHeader("kafka_dlt-exception-fqcn").value(),
					StandardCharsets.UTF_8))
				.contains("DeserializationException");
			assertThat(new String(garbage.headers().lastHeader("x-request-id").value(), StandardCharsets.UTF_8))
				.isEqualTo("req-dead-letter");
		}
		assertThat(this.catalog.item("bad code!")).isEmpty();
	}

}
