package gov.maservice.platform.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ValidationException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import tools.jackson.core.JacksonException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The Kafka error policy: bounded retries, dead-letter topics, no retries for records
 * that can never be read. Boot's listener container factory picks up the error handler
 * and the record interceptor, so every {@code @KafkaListener} of every service gets them;
 * a service that builds its own factory must configure it with Boot's
 * {@code ConcurrentKafkaListenerContainerFactoryConfigurer}. Also the request id in
 * record headers and the declaration of the topics a service owns.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(PlatformKafkaProperties.class)
public class PlatformKafkaAutoConfiguration {

	@Bean
	@ConditionalOnBean(ProducerFactory.class)
	DeadLetterPublisher platformDeadLetterPublisher(ProducerFactory<?, ?> producerFactory,
			ObjectProvider<KafkaAdmin> kafkaAdmin, PlatformKafkaProperties properties) {
		return new DeadLetterPublisher(producerFactory, kafkaAdmin.getIfAvailable(), properties);
	}

	/**
	 * Retries with bounded exponential back-off, then the dead-letter topic. Records that
	 * can never succeed (undeserializable, failing conversion or validation) go to the
	 * dead-letter topic at once.
	 */
	@Bean
	@ConditionalOnBean(ProducerFactory.class)
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	DefaultErrorHandler kafkaErrorHandler(DeadLetterPublisher deadLetters, PlatformKafkaProperties properties) {
		PlatformKafkaProperties.Retry retry = properties.retry();
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
		backOff.setInitialInterval(retry.initialInterval().toMillis());
		backOff.setMultiplier(retry.multiplier());
		backOff.setMaxInterval(retry.maxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters.recoverer(), backOff);
		// On top of the defaults (deserialization, conversion, method-argument
		// validation, class cast):
		handler.addNotRetryableExceptions(ValidationException.class, IllegalArgumentException.class,
				JacksonException.class);
		return handler;
	}

	@Bean
	@ConditionalOnMissingBean(RecordInterceptor.class)
	RecordInterceptor<Object, Object> requestIdRecordInterceptor() {
		return new RequestIdRecordInterceptor();
	}

	@Bean
	DefaultKafkaProducerFactoryCustomizer requestIdProducerInterceptor() {
		return (factory) -> {
			Object configured = factory.getConfigurationProperties().get(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG);
			List<Object> interceptors = new ArrayList<>();
			if (configured instanceof List<?> list) {
				interceptors.addAll(list);
			}
			else if (configured instanceof String text && !text.isBlank()) {
				interceptors.addAll(List.of(text.split("\\s*,\\s*")));
			}
			else if (configured != null) {
				interceptors.add(configured);
			}
			interceptors.add(RequestIdProducerInterceptor.class);
			factory.updateConfigs(Map.of(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, interceptors));
		};
	}

	/** The topics the service owns, with the one partition setting. */
	@Bean
	@ConditionalOnBean(OwnedTopics.class)
	KafkaAdmin.NewTopics platformOwnedTopics(ObjectProvider<OwnedTopics> owned, PlatformKafkaProperties properties) {
		List<NewTopic> topics = owned.orderedStream()
			.flatMap((topicSet) -> topicSet.names().stream())
			.distinct()
			.map((name) -> TopicBuilder.name(name)
				.partitions(properties.partitions())
				.replicas(properties.replicas())
				.build())
			.toList();
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

}
