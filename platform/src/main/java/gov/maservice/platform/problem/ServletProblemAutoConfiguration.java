package gov.maservice.platform.problem;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The problem-details contract for servlet (Spring MVC) services, at every layer a
 * request can fail in: MVC's handlers ({@link ServletProblemAdvice}), filters
 * ({@link ClientErrorFilter}), the container's error dispatch
 * ({@link ProblemErrorController}) and Tomcat itself before any of them runs
 * ({@link ProblemErrorReportValve}). Placed before Boot's MVC and error
 * auto-configurations so theirs back off.
 */
@AutoConfiguration(
		beforeName = { "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
				"org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration" },
		afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class ServletProblemAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ServletProblems servletProblems(JsonMapper jsonMapper) {
		return new ServletProblems(jsonMapper);
	}

	@Bean
	@ConditionalOnMissingBean
	ServletProblemAdvice servletProblemAdvice() {
		return new ServletProblemAdvice();
	}

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	ProblemErrorController problemErrorController() {
		return new ProblemErrorController();
	}

	@Bean
	FilterRegistrationBean<ClientErrorFilter> clientErrorFilterRegistration(ServletProblems problems) {
		FilterRegistrationBean<ClientErrorFilter> registration = new FilterRegistrationBean<>(
				new ClientErrorFilter(problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setName("clientErrorFilter");
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Tomcat.class, TomcatServletWebServerFactory.class })
	static class TomcatProblems {

		/** Tomcat's own error answers become problem details too. */
		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValveCustomizer() {
			return (factory) -> factory.addContextCustomizers((context) -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
			});
		}

	}

}
