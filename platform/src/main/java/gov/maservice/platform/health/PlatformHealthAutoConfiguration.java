package gov.maservice.platform.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Store and Kafka health, readiness that reflects only what a service cannot work
 * without, details and metrics only for authorized callers. The indicators are named
 * {@code store} and {@code kafka}; which of them readiness includes is the service's
 * setting {@code management.endpoint.health.group.readiness.include} (platform default
 * {@code readinessState,store}); the other defaults live in
 * {@code platform-defaults.properties}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@ConditionalOnClass(HealthIndicator.class)
@EnableConfigurationProperties(PlatformHealthProperties.class)
public class PlatformHealthAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ReactiveMongoOperations.class)
	static class ReactiveStoreHealthConfiguration {

		@Bean("store")
		@ConditionalOnBean(ReactiveMongoOperations.class)
		@ConditionalOnMissingBean(name = "store")
		ReactiveStoreHealthIndicator storeHealthIndicator(ReactiveMongoOperations mongo,
				PlatformHealthProperties properties) {
			return new ReactiveStoreHealthIndicator(mongo, properties.store());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MongoOperations.class)
	static class StoreHealthConfiguration {

		@Bean("store")
		@ConditionalOnBean(MongoOperations.class)
		@ConditionalOnMissingBean(name = "store")
		StoreHealthIndicator storeHealthIndicator(MongoOperations mongo, PlatformHealthProperties properties) {
			return new StoreHealthIndicator(mongo, properties.store());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(KafkaAdmin.class)
	static class KafkaHealthConfiguration {

		@Bean("kafka")
		@ConditionalOnBean(KafkaAdmin.class)
		@ConditionalOnMissingBean(name = "kafka")
		KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, PlatformHealthProperties properties) {
			return new KafkaHealthIndicator(kafkaAdmin, properties.kafka());
		}

	}

}
