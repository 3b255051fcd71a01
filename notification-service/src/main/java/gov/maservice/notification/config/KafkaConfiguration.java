package gov.maservice.notification.config;

import java.util.Map;

import jakarta.validation.ValidationException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import gov.maservice.contracts.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Topics this service writes to, JSON conversion for listeners and the dead-letter policy shared by
 * every listener. Listener values arrive as bytes and are converted to the listener's parameter
 * type, so a malformed record fails conversion (not retried) and lands on {@code <topic>.dlt}
 * byte for byte.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	@Bean
	KafkaAdmin.NewTopics notificationTopics(KafkaTopicProperties topics) {
		return new KafkaAdmin.NewTopics(topic(Topics.NOTICE_EVENTS, topics),
				topic(Topics.deadLetter(Topics.NOTICE_EVENTS), topics), topic(Topics.BOARD_EVENTS, topics),
				topic(Topics.deadLetter(Topics.BOARD_EVENTS), topics),
				topic(Topics.deadLetter(Topics.GUIDE_EVENTS), topics),
				topic(Topics.deadLetter(Topics.DIRECTORY_EVENTS), topics));
	}

	private static NewTopic topic(String name, KafkaTopicProperties topics) {
		return TopicBuilder.name(name).partitions(topics.partitions()).replicas(topics.replicas()).build();
	}

	@Bean
	RecordMessageConverter jsonRecordMessageConverter() {
		return new ByteArrayJacksonJsonMessageConverter();
	}

	@Bean
	DefaultErrorHandler kafkaErrorHandler(ProducerFactory<?, ?> producerFactory) {
		ProducerFactory<String, byte[]> bytes = castFactory(producerFactory)
			.copyWithConfigurationOverride(Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
					ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
		var recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(bytes),
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500L, 3L));
		handler.addNotRetryableExceptions(ValidationException.class, IllegalArgumentException.class);
		return handler;
	}

	@SuppressWarnings("unchecked")
	private static ProducerFactory<String, byte[]> castFactory(ProducerFactory<?, ?> factory) {
		return (ProducerFactory<String, byte[]>) factory;
	}

}
