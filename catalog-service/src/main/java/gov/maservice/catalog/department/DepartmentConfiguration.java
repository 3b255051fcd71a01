package gov.maservice.catalog.department;

import gov.maservice.platform.outbox.OutboxCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the departments collection with the outbox relay. */
@Configuration(proxyBeanMethods = false)
class DepartmentConfiguration {

	@Bean
	OutboxCollection departmentsOutbox() {
		return OutboxCollection.of(Department.COLLECTION);
	}

}
