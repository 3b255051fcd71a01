package gov.maservice.catalog.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one in-memory index of this replica, shared by the indexer and the search service.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	SearchIndex searchIndex() {
		return new SearchIndex();
	}

}
