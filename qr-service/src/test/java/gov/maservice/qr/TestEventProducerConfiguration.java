package gov.maservice.qr;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Plays catalog-service in tests: sends events as JSON and, to test dead letters, raw
 * bytes. The service itself produces nothing but dead letters (through the platform's own
 * producer).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestEventProducerConfiguration {

	@Bean
	KafkaTemplate<String, Object> testEventTemplate(KafkaProperties properties) {
		Map<Class<?>, Serializer<?>> delegates = new LinkedHashMap<>();
		delegates.put(byte[].class, new ByteArraySerializer());
		delegates.put(Object.class, new JacksonJsonSerializer<>());
		return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(properties.buildProducerProperties(),
				new StringSerializer(), new DelegatingByTypeSerializer(delegates, true)));
	}

}
