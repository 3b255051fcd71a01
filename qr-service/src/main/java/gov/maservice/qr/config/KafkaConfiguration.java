package gov.maservice.qr.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.FixedBackOff;

import gov.maservice.contracts.Topics;

/**
 * Error handling of the catalog listeners. A failing record is retried a few times (the store may
 * be briefly away) and then parked on {@code <topic>.dlt}, so one bad event never blocks the
 * partition; records that can never succeed (undeserializable, invalid) go to the dead-letter
 * topic at once. The dead-letter producer sends raw bytes for records that could not be read and
 * JSON for the rest.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	/**
	 * The only records this service produces are dead letters: raw bytes for records that could
	 * not be read, JSON for the rest.
	 */
	@Bean
	DefaultKafkaProducerFactory<String, Object> kafkaProducerFactory(KafkaProperties kafkaProperties) {
		Map<String, Object> config = kafkaProperties.buildProducerProperties();
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		Map<Class<?>, Serializer<?>> delegates = new LinkedHashMap<>();
		delegates.put(byte[].class, new ByteArraySerializer());
		delegates.put(Object.class, new JacksonJsonSerializer<>());
		return new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
				new DelegatingByTypeSerializer(delegates, true));
	}

	@Bean
	KafkaTemplate<String, Object> kafkaTemplate(DefaultKafkaProducerFactory<String, Object> kafkaProducerFactory) {
		return new KafkaTemplate<>(kafkaProducerFactory);
	}

	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, Object> kafkaTemplate) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafkaTemplate,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500L, 3L));
		handler.addNotRetryableExceptions(IllegalArgumentException.class);
		return handler;
	}

	@Bean
	NewTopic guideEventsDeadLetterTopic(QrProperties properties) {
		return TopicBuilder.name(Topics.deadLetter(Topics.GUIDE_EVENTS))
			.partitions(properties.kafka().partitions())
			.build();
	}

	@Bean
	NewTopic directoryEventsDeadLetterTopic(QrProperties properties) {
		return TopicBuilder.name(Topics.deadLetter(Topics.DIRECTORY_EVENTS))
			.partitions(properties.kafka().partitions())
			.build();
	}

}
