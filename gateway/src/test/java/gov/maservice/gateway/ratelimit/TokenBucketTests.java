package gov.maservice.gateway.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void allowsTheBurstThenRefillsAtTheRate() {
		TokenBucket bucket = new TokenBucket(3, 2, 0);
		assertThat(bucket.tryConsume(0)).isZero();
		assertThat(bucket.tryConsume(0)).isZero();
		assertThat(bucket.tryConsume(0)).isZero();
		assertThat(bucket.tryConsume(0)).isEqualTo(SECOND / 2);
		assertThat(bucket.tryConsume(SECOND / 2)).isZero();
		assertThat(bucket.tryConsume(SECOND / 2)).isPositive();
		assertThat(bucket.isFull(10 * SECOND)).isTrue();
	}

	@Test
	void addressLimiterRefusesOneAddressWithRetryAfterButNotAnother() {
		AtomicLong now = new AtomicLong();
		AddressLimiter limiter = new AddressLimiter(new RateLimitProperties.Bucket(2, 0.5), 1000, now::get);
		assertThat(limiter.tryConsume("10.0.0.1").allowed()).isTrue();
		assertThat(limiter.tryConsume("10.0.0.1").allowed()).isTrue();
		RateLimitDecision refused = limiter.tryConsume("10.0.0.1");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isEqualTo(2);
		assertThat(limiter.tryConsume("10.0.0.2").allowed()).isTrue();
		now.addAndGet(2 * SECOND);
		assertThat(limiter.tryConsume("10.0.0.1").allowed()).isTrue();
	}

	@Test
	void addressLimiterStaysBoundedByDroppingIdleAddresses() {
		AtomicLong now = new AtomicLong();
		AddressLimiter limiter = new AddressLimiter(new RateLimitProperties.Bucket(5, 100), 100, now::get);
		for (int i = 0; i < 1000; i++) {
			limiter.tryConsume("10.0." + (i / 250) + "." + (i % 250));
			now.addAndGet(SECOND / 10);
		}
		assertThat(limiter.trackedAddresses()).isLessThanOrEqualTo(100);
	}

	@Test
	void pathsFallIntoTheirTrafficClassAndScope() {
		assertThat(TrafficClass.of("/g/410471-XK00101-001")).isEqualTo(TrafficClass.PAGE);
		assertThat(TrafficClass.of("/q/abc")).isEqualTo(TrafficClass.PAGE);
		assertThat(TrafficClass.of("/")).isEqualTo(TrafficClass.PAGE);
		assertThat(TrafficClass.of("/api/v1/items/x")).isEqualTo(TrafficClass.API);
		assertThat(TrafficClass.of("/api/v1/boards/b1/stream")).isEqualTo(TrafficClass.BOARD);
		assertThat(TrafficClass.of("/api/v1/boards/b1/acks")).isEqualTo(TrafficClass.BOARD);
		assertThat(TrafficClass.of("/board")).isEqualTo(TrafficClass.BOARD);
		assertThat(TrafficClass.boardId("/api/v1/boards/b1/heartbeat")).isEqualTo("b1");
		assertThat(TrafficClass.boardId("/api/v1/boards/b1")).isNull();
		assertThat(TrafficClass.of("/api/v1/boards")).isEqualTo(TrafficClass.API);
		assertThat(TrafficClass.of("/actuator/health")).isEqualTo(TrafficClass.UNLIMITED);
		assertThat(TrafficClass.requiredScope("/api/v1/items/x"))
			.contains(gov.maservice.gateway.apikey.ApiKeyScope.CATALOG_READ);
		assertThat(TrafficClass.requiredScope("/api/v1/posters/departments/scjgj.pdf"))
			.contains(gov.maservice.gateway.apikey.ApiKeyScope.QR_READ);
		assertThat(TrafficClass.requiredScope("/api/v1/cap/feed"))
			.contains(gov.maservice.gateway.apikey.ApiKeyScope.NOTICES_READ);
		assertThat(TrafficClass.requiredScope("/api/v1/auth/token")).isEmpty();
	}

}
