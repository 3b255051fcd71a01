package gov.maservice.platform.outbox;

import java.util.Map;

import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Which outbox beans a service gets, and which settings it may not start with. */
class PlatformOutboxAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PlatformOutboxAutoConfiguration.class))
		.withPropertyValues("platform.outbox.enabled=false")
		.withBean(ProducerFactory.class, () -> new DefaultKafkaProducerFactory<>(
				Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1")));

	@Test
	void aServiceWithoutOutboxCollectionsGetsNoRelay() {
		this.runner.withBean(MongoTemplate.class, () -> new MongoTemplate(MongoClients.create(), "test"))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(OutboxRelay.class)
				.doesNotHaveBean(Outbox.class));
	}

	@Test
	void aBlockingServiceGetsTheMongoTemplateStore() {
		this.runner.withBean(MongoTemplate.class, () -> new MongoTemplate(MongoClients.create(), "test"))
			.withBean(OutboxCollection.class, () -> OutboxCollection.of("items"))
			.run((context) -> {
				assertThat(context).hasSingleBean(OutboxRelay.class).hasSingleBean(Outbox.class);
				assertThat(context.getBean(OutboxStore.class)).isInstanceOf(MongoOutboxStore.class);
			});
	}

	@Test
	void aReactiveServiceGetsTheReactiveStore() {
		this.runner
			.withBean(ReactiveMongoTemplate.class,
					() -> new ReactiveMongoTemplate(com.mongodb.reactivestreams.client.MongoClients.create(), "test"))
			.withBean(OutboxCollection.class, () -> OutboxCollection.of("notices"))
			.run((context) -> {
				assertThat(context).hasSingleBean(OutboxRelay.class);
				assertThat(context.getBean(OutboxStore.class)).isInstanceOf(ReactiveMongoOutboxStore.class);
			});
	}

	@Test
	void aLeaseNoLongerThanTheSendTimeoutIsRefused() {
		this.runner.withBean(MongoTemplate.class, () -> new MongoTemplate(MongoClients.create(), "test"))
			.withBean(OutboxCollection.class, () -> OutboxCollection.of("items"))
			.withPropertyValues("platform.outbox.lease=5s", "platform.outbox.send-timeout=10s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("lease must be longer than send-timeout"));
	}

}
