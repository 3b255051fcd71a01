package gov.maservice.platform.requestid;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/**
 * Request ids for WebFlux services and the gateway: one filter, the same rules as the
 * servlet services ({@link RequestIdFormat}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
public class ReactiveRequestIdAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ReactiveRequestIdFilter reactiveRequestIdFilter() {
		return new ReactiveRequestIdFilter();
	}

}
