package gov.maservice.qr.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Readiness of the broker: {@code describeCluster} with a short timeout. The answer is cached for
 * a few seconds so that frequent probes from an orchestrator do not hammer the broker.
 */
@Component("kafka")
class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private static final Duration CACHE_FOR = Duration.ofSeconds(5);

	private final AdminClient adminClient;

	private final Clock clock = Clock.systemUTC();

	private volatile Health cached;

	private volatile Instant cachedAt = Instant.EPOCH;

	KafkaHealthIndicator(KafkaProperties kafkaProperties) {
		var config = kafkaProperties.buildAdminProperties();
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		this.adminClient = AdminClient.create(config);
	}

	@Override
	public Health health() {
		Instant now = this.clock.instant();
		Health last = this.cached;
		if (last != null && now.isBefore(this.cachedAt.plus(CACHE_FOR))) {
			return last;
		}
		Health fresh = check();
		this.cached = fresh;
		this.cachedAt = now;
		return fresh;
	}

	private Health check() {
		try {
			var cluster = this.adminClient
				.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
			String clusterId = cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			int nodes = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
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
		this.adminClient.close(Duration.ofSeconds(1));
	}

}
