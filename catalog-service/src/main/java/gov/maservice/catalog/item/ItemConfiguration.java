package gov.maservice.catalog.item;

import gov.maservice.catalog.outbox.OutboxCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the items collection with the outbox relay. */
@Configuration(proxyBeanMethods = false)
class ItemConfiguration {

	@Bean
	OutboxCollection itemsOutbox() {
		return new OutboxCollection(CatalogItem.COLLECTION);
	}

}
