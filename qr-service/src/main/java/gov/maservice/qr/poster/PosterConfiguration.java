package gov.maservice.qr.poster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of bulk exports: one thread, a queue of four. An export renders every
 * poster of the district, which is seconds of CPU; more in parallel would only slow the
 * codes and redirects that share the machine.
 */
@Configuration(proxyBeanMethods = false)
class PosterConfiguration {

	static final String EXPORT_EXECUTOR = "posterExportExecutor";

	@Bean(EXPORT_EXECUTOR)
	ThreadPoolTaskExecutor posterExportExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(4);
		executor.setThreadNamePrefix("poster-export-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
