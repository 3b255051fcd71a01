package gov.maservice.catalog.config;

import gov.maservice.contracts.Topics;
import gov.maservice.platform.kafka.OwnedTopics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service owns: the platform declares them with
 * {@code platform.kafka.partitions} partitions, so a fresh broker has them before the
 * first event. Their dead-letter twins are declared by the consumers that write them.
 */
@Configuration(proxyBeanMethods = false)
class CatalogTopicsConfiguration {

	@Bean
	OwnedTopics catalogTopics() {
		return OwnedTopics.of(Topics.GUIDE_EVENTS, Topics.DIRECTORY_EVENTS);
	}

}
