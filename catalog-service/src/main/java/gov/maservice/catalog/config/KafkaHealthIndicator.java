package gov.maservice.catalog.config;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Readiness of the broker: {@code describeCluster} with a short timeout, cached for a few seconds
 * so that frequent probes from several places do not load the broker. Without the broker the
 * outbox cannot relay, so the service is not ready.
 */
@Component("kafka")
class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

	private final Admin admin;

	private final Duration timeout;

	private final Duration cacheFor;

	private volatile Health cached;

	private volatile Instant cachedAt = Instant.EPOCH;

	KafkaHealthIndicator(KafkaAdmin kafkaAdmin, CatalogProperties properties) {
		Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
		int timeoutMillis = (int) properties.health().kafkaTimeout().toMillis();
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
		this.admin = Admin.create(config);
		this.timeout = properties.health().kafkaTimeout();
		this.cacheFor = properties.health().kafkaCacheFor();
	}

	@Override
	public Health health() {
		Health current = this.cached;
		if (current != null && this.cachedAt.plus(this.cacheFor).isAfter(Instant.now())) {
			return current;
		}
		current = check();
		this.cached = current;
		this.cachedAt = Instant.now();
		return current;
	}

	private Health check() {
		try {
			DescribeClusterResult cluster = this.admin
				.describeCluster(new DescribeClusterOptions().timeoutMs((int) this.timeout.toMillis()));
			String clusterId = cluster.clusterId().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			int nodes = cluster.nodes().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).size();
			return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down(ex).build();
		}
		catch (Exception ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

	@Override
	public void destroy() {
		this.admin.close(Duration.ofSeconds(2));
	}

}
