package gov.maservice.notification.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Whether the Kafka cluster answers {@code describeCluster} within a short timeout. The answer is
 * cached for a few seconds so that frequent readiness probes do not hammer the broker.
 */
@Component("kafka")
class KafkaHealthIndicator implements ReactiveHealthIndicator, DisposableBean {

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private static final Duration CACHE_FOR = Duration.ofSeconds(5);

	private final AdminClient admin;

	private final Clock clock;

	private final AtomicReference<Cached> cached = new AtomicReference<>();

	KafkaHealthIndicator(KafkaAdmin kafkaAdmin, Clock clock) {
		Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
		config.put("request.timeout.ms", (int) TIMEOUT.toMillis());
		config.put("default.api.timeout.ms", (int) TIMEOUT.toMillis());
		this.admin = AdminClient.create(config);
		this.clock = clock;
	}

	@Override
	public Mono<Health> health() {
		Cached last = this.cached.get();
		Instant now = this.clock.instant();
		if (last != null && last.at().plus(CACHE_FOR).isAfter(now)) {
			return Mono.just(last.health());
		}
		return Mono.fromCallable(this::describe)
			.subscribeOn(Schedulers.boundedElastic())
			.doOnNext((health) -> this.cached.set(new Cached(health, now)));
	}

	private Health describe() {
		try {
			var cluster = this.admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
			String clusterId = cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			int nodes = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
			return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().withDetail("error", ex.toString()).build();
		}
		catch (Exception ex) {
			return Health.down().withDetail("error", ex.toString()).build();
		}
	}

	@Override
	public void destroy() {
		this.admin.close(Duration.ofSeconds(1));
	}

	private record Cached(Health health, Instant at) {
	}

}
