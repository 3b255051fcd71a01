package gov.maservice.catalog.config;

import gov.maservice.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares the topics this service produces and their dead-letter twins, so a fresh broker has
 * them with the intended partition count before the first event.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

	@Bean
	KafkaAdmin.NewTopics catalogTopics(CatalogProperties properties) {
		int partitions = properties.topics().partitions();
		short replicas = properties.topics().replicas();
		return new KafkaAdmin.NewTopics(topic(Topics.GUIDE_EVENTS, partitions, replicas),
				topic(Topics.deadLetter(Topics.GUIDE_EVENTS), partitions, replicas),
				topic(Topics.DIRECTORY_EVENTS, partitions, replicas),
				topic(Topics.deadLetter(Topics.DIRECTORY_EVENTS), partitions, replicas));
	}

	private static NewTopic topic(String name, int partitions, short replicas) {
		return TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
	}

}
