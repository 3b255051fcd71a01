package gov.maservice.platform.outbox;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The in-document outbox: events written in the same document as the state change,
 * relayed to Kafka under a lease. Active in a service that declares at least one
 * {@link OutboxCollection}; the store adapter follows the service's stack (blocking
 * {@link MongoOperations} first, else {@link ReactiveMongoOperations}).
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@ConditionalOnClass({ KafkaTemplate.class, MongoOperations.class })
@ConditionalOnBean(OutboxCollection.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class PlatformOutboxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OutboxSender outboxSender(ProducerFactory<?, ?> producerFactory, OutboxProperties properties) {
		return new KafkaOutboxSender(producerFactory, properties);
	}

	@Bean
	@ConditionalOnMissingBean
	OutboxRelay outboxRelay(OutboxStore store, OutboxSender sender, List<OutboxCollection> collections,
			OutboxProperties properties, ObjectProvider<Clock> clock) {
		return new OutboxRelay(store, sender, collections, properties, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	Outbox outbox(ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<OutboxRelay> relay) {
		return new Outbox(jsonMapper.getIfAvailable(() -> JsonMapper.builder().build()),
				() -> relay.ifAvailable(OutboxRelay::nudge));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(MongoOperations.class)
	static class BlockingStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OutboxStore outboxStore(MongoOperations mongo) {
			return new MongoOutboxStore(mongo);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ReactiveMongoOperations.class)
	@ConditionalOnBean(ReactiveMongoOperations.class)
	static class ReactiveStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OutboxStore outboxStore(ReactiveMongoOperations mongo, OutboxProperties properties) {
			return new ReactiveMongoOutboxStore(mongo, properties.sendTimeout());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterBinder.class)
	static class MetricsConfiguration {

		/**
		 * Gauges read what the last sweep counted, so a scrape never queries the store.
		 */
		@Bean
		MeterBinder outboxMetrics(OutboxRelay relay, List<OutboxCollection> collections, ObjectProvider<Clock> clock) {
			Clock time = clock.getIfAvailable(Clock::systemUTC);
			return (MeterRegistry registry) -> collections.forEach((collection) -> {
				Gauge.builder("outbox.pending", relay, (r) -> stats(r, collection).documents())
					.tag("collection", collection.name())
					.description("Documents with events not yet relayed to Kafka")
					.register(registry);
				Gauge.builder("outbox.oldest.age", relay, (r) -> {
					OutboxRelay.PendingStats stats = stats(r, collection);
					return (stats.oldest() != null)
							? Math.max(0, time.millis() - stats.oldest().toEpochMilli()) / 1000.0 : 0;
				})
					.tag("collection", collection.name())
					.baseUnit("seconds")
					.description("Age of the oldest event not yet relayed to Kafka")
					.register(registry);
			});
		}

		private static OutboxRelay.PendingStats stats(OutboxRelay relay, OutboxCollection collection) {
			return relay.stats().getOrDefault(collection.name(), new OutboxRelay.PendingStats(0, null));
		}

	}

}
