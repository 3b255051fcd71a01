package gov.maservice.platform.requestid;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Request ids for servlet (Spring MVC) services: one filter, first in the chain, so every
 * log line of a request, including the security filters', carries the id.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(FilterRegistrationBean.class)
public class ServletRequestIdAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "requestIdFilterRegistration")
	FilterRegistrationBean<ServletRequestIdFilter> requestIdFilterRegistration() {
		FilterRegistrationBean<ServletRequestIdFilter> registration = new FilterRegistrationBean<>(
				new ServletRequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("requestIdFilter");
		return registration;
	}

}
