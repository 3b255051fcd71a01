package gov.maservice.catalog.item;

import gov.maservice.platform.outbox.OutboxCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the items collection with the outbox relay. */
@Configuration(proxyBeanMethods = false)
class ItemConfiguration {

	@Bean
	OutboxCollection itemsOutbox() {
		return OutboxCollection.of(CatalogItem.COLLECTION);
	}

}
