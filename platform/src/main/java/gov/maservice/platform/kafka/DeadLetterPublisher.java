package gov.maservice.platform.kafka;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import gov.maservice.contracts.Topics;

/**
 * Parks records on {@code <topic>.dlt}. It has its own producer, whatever the service's
 * serializers are: records that could not be read go out byte for byte, strings as text,
 * anything already converted as JSON. The consumer that writes a dead-letter topic
 * declares it, with the platform's partition count, before its first dead letter.
 */
class DeadLetterPublisher implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetterPublisher.class);

	private final DefaultKafkaProducerFactory<Object, Object> producerFactory;

	private final KafkaAdmin kafkaAdmin;

	private final PlatformKafkaProperties properties;

	private final Set<String> declared = ConcurrentHashMap.newKeySet();

	private final DeadLetterPublishingRecoverer recoverer;

	DeadLetterPublisher(ProducerFactory<?, ?> serviceProducerFactory, KafkaAdmin kafkaAdmin,
			PlatformKafkaProperties properties) {
		Map<String, Object> config = new HashMap<>(serviceProducerFactory.getConfigurationProperties());
		config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
		config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
		config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		this.producerFactory = new DefaultKafkaProducerFactory<>(config, anyType(), anyType());
		this.kafkaAdmin = kafkaAdmin;
		this.properties = properties;
		this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(this.producerFactory),
				(record, ex) -> new TopicPartition(declare(Topics.deadLetter(record.topic())), -1));
	}

	DeadLetterPublishingRecoverer recoverer() {
		return this.recoverer;
	}

	private String declare(String deadLetterTopic) {
		if (this.kafkaAdmin != null && !this.declared.contains(deadLetterTopic)) {
			try {
				this.kafkaAdmin.createOrModifyTopics(TopicBuilder.name(deadLetterTopic)
					.partitions(this.properties.partitions())
					.replicas(this.properties.replicas())
					.build());
				this.declared.add(deadLetterTopic);
			}
			catch (RuntimeException ex) {
				// The send below still reaches the broker if it creates topics on demand,
				// and the
				// next dead letter tries again.
				logger.warn("Could not declare dead-letter topic {}: {}", deadLetterTopic, ex.toString());
			}
		}
		return deadLetterTopic;
	}

	@SuppressWarnings("unchecked")
	private static <T> Serializer<T> anyType() {
		Map<Class<?>, Serializer<?>> delegates = new LinkedHashMap<>();
		delegates.put(byte[].class, new ByteArraySerializer());
		delegates.put(String.class, new StringSerializer());
		JacksonJsonSerializer<Object> json = new JacksonJsonSerializer<>();
		json.setAddTypeInfo(false);
		delegates.put(Object.class, json);
		return (Serializer<T>) new DelegatingByTypeSerializer(delegates, true);
	}

	@Override
	public void destroy() {
		this.producerFactory.destroy();
	}

}
