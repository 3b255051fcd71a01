package gov.maservice.catalog.locality;

import gov.maservice.platform.outbox.OutboxCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the localities collection with the outbox relay. */
@Configuration(proxyBeanMethods = false)
class LocalityConfiguration {

	@Bean
	OutboxCollection localitiesOutbox() {
		return OutboxCollection.of(Locality.COLLECTION);
	}

}
