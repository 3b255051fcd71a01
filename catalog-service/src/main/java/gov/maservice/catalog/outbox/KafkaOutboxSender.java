package gov.maservice.catalog.outbox;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.mapping.AbstractJavaTypeMapper;
import org.springframework.stereotype.Component;

/**
 * Sends the stored JSON as is, with the {@code __TypeId__} header a Spring Kafka JSON deserializer
 * uses when it has no default type, and the versioned event type as a CloudEvents-style
 * {@code ce_type} header for other clients.
 */
@Component
class KafkaOutboxSender implements OutboxSender {

	private final KafkaTemplate<String, String> kafkaTemplate;

	KafkaOutboxSender(KafkaTemplate<String, String> kafkaTemplate) {
		this.kafkaTemplate = kafkaTemplate;
	}

	@Override
	public CompletableFuture<?> send(PendingEvent event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
		record.headers().add(AbstractJavaTypeMapper.DEFAULT_CLASSID_FIELD_NAME,
				event.javaType().getBytes(StandardCharsets.UTF_8));
		record.headers().add("ce_type", event.type().getBytes(StandardCharsets.UTF_8));
		record.headers().add("ce_id", event.eventId().getBytes(StandardCharsets.UTF_8));
		return this.kafkaTemplate.send(record);
	}

}
