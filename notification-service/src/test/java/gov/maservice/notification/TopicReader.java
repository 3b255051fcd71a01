package gov.maservice.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a topic from the beginning, as a third party would, with values as JSON trees.
 */
public final class TopicReader implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

	public TopicReader(String brokers, String topic) {
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.GROUP_ID_CONFIG,
						"test-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(topic));
	}

	/** Everything read so far plus what arrives within a short poll. */
	public List<JsonNode> values() {
		this.consumer.poll(Duration.ofMillis(300)).forEach(this.records::add);
		return this.records.stream().map((record) -> JSON.readTree(record.value())).toList();
	}

	/**
	 * Everything read so far (with keys and headers) plus what arrives within a short
	 * poll.
	 */
	public List<ConsumerRecord<String, String>> records() {
		this.consumer.poll(Duration.ofMillis(300)).forEach(this.records::add);
		return List.copyOf(this.records);
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
