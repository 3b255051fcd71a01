package gov.maservice.platform.health;

import java.time.Clock;
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

/**
 * Whether the broker answers {@code describeCluster} within a short timeout, cached for a
 * few seconds so frequent probes do not load it. Blocking; reactive services get it
 * adapted onto a bounded-elastic thread by Boot. Part of the detailed health only: no
 * service here stops working without the broker (outboxes wait, projections serve what
 * they have), so it is not in readiness.
 */
class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

	private final Admin admin;

	private final Duration timeout;

	private final Duration cacheFor;

	private final Clock clock = Clock.systemUTC();

	private volatile Health cached;

	private volatile Instant cachedAt = Instant.EPOCH;

	KafkaHealthIndicator(KafkaAdmin kafkaAdmin, PlatformHealthProperties.Kafka properties) {
		Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
		int timeoutMillis = (int) properties.timeout().toMillis();
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
		this.admin = Admin.create(config);
		this.timeout = properties.timeout();
		this.cacheFor = properties.cacheFor();
	}

	@Override
	public Health health() {
		Instant now = this.clock.instant();
		Health last = this.cached;
		if (last != null && now.isBefore(this.cachedAt.plus(this.cacheFor))) {
			return last;
		}
		Health fresh = check();
		this.cached = fresh;
		this.cachedAt = now;
		return fresh;
	}

	private Health check() {
		long millis = this.timeout.toMillis();
		try {
			DescribeClusterResult cluster = this.admin
				.describeCluster(new DescribeClusterOptions().timeoutMs((int) millis));
			String clusterId = cluster.clusterId().get(millis, TimeUnit.MILLISECONDS);
			int nodes = cluster.nodes().get(millis, TimeUnit.MILLISECONDS).size();
			return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
		catch (Exception ex) {
			// The class name only: messages carry addresses and broker internals.
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

	@Override
	public void destroy() {
		this.admin.close(Duration.ofSeconds(1));
	}

}
