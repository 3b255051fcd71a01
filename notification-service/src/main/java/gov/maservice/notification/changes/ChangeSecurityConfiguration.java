package gov.maservice.notification.changes;

import gov.maservice.platform.security.ReactiveAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * The change feed holds only what is public anyway (published guides, notices, names of
 * departments and localities), so anyone may read it.
 */
@Configuration(proxyBeanMethods = false)
class ChangeSecurityConfiguration {

	@Bean
	@Order(10)
	ReactiveAuthorizationRules changeFeedRules() {
		return (exchanges) -> exchanges.pathMatchers(HttpMethod.GET, "/api/v1/changes").permitAll();
	}

}
