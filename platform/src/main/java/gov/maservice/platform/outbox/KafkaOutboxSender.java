package gov.maservice.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import gov.maservice.platform.requestid.RequestIds;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.mapping.AbstractJavaTypeMapper;

/**
 * Sends the stored JSON as is, keyed by the aggregate id, with the {@code __TypeId__}
 * header a Spring Kafka JSON deserializer uses when it has no default type,
 * CloudEvents-style {@code ce_type}/{@code ce_id} headers for other clients, and
 * {@code x-request-id} when the event was caused by a request. Its producer is the
 * service's, with the outbox's guarantees forced: {@code acks=all}, idempotence, and
 * timeouts no longer than the relay waits.
 */
class KafkaOutboxSender implements OutboxSender, DisposableBean {

	private final ProducerFactory<String, String> producerFactory;

	private final KafkaTemplate<String, String> kafkaTemplate;

	KafkaOutboxSender(ProducerFactory<?, ?> serviceProducerFactory, OutboxProperties properties) {
		long timeout = properties.sendTimeout().toMillis();
		this.producerFactory = cast(serviceProducerFactory)
			.copyWithConfigurationOverride(Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
					ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class, ProducerConfig.ACKS_CONFIG,
					"all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
					ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) (timeout / 2),
					ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout));
		this.kafkaTemplate = new KafkaTemplate<>(this.producerFactory);
	}

	@Override
	public CompletableFuture<?> send(OutboxEvent event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
		header(record, AbstractJavaTypeMapper.DEFAULT_CLASSID_FIELD_NAME, event.javaType());
		header(record, "ce_type", event.type());
		header(record, "ce_id", event.eventId());
		header(record, RequestIds.KAFKA_HEADER, event.requestId());
		return this.kafkaTemplate.send(record);
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		if (value != null) {
			record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
		}
	}

	@Override
	public void destroy() {
		this.kafkaTemplate.destroy();
		if (this.producerFactory instanceof DisposableBean disposable) {
			try {
				disposable.destroy();
			}
			catch (Exception ex) {
				// closing producers on shutdown: nothing left to do about it
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static ProducerFactory<String, String> cast(ProducerFactory<?, ?> factory) {
		return (ProducerFactory<String, String>) factory;
	}

}
