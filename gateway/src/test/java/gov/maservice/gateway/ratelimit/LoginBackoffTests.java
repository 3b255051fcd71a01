package gov.maservice.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginBackoffTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong now = new AtomicLong(-5 * SECOND);

	private final LoginBackoff backoff = new LoginBackoff(
			new RateLimitProperties.Login(3, Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofHours(1)), 100,
			this.now::get);

	@Test
	void anAddressWaitsLongerWithEachFailureBeyondTheFreeOnesUpToTheMaximum() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.backoff.admit("198.51.100.7")).isZero();
		}
		assertThat(this.backoff.admit("198.51.100.7")).as("4th attempt is admitted, then the address waits").isZero();
		assertThat(this.backoff.admit("198.51.100.7")).isEqualTo(SECOND);
		this.now.addAndGet(SECOND);
		assertThat(this.backoff.admit("198.51.100.7")).isZero();
		assertThat(this.backoff.admit("198.51.100.7")).isEqualTo(2 * SECOND);
		this.now.addAndGet(2 * SECOND);
		assertThat(this.backoff.admit("198.51.100.7")).isZero();
		this.now.addAndGet(4 * SECOND);
		assertThat(this.backoff.admit("198.51.100.7")).isZero();
		assertThat(this.backoff.admit("198.51.100.7")).as("capped").isEqualTo(4 * SECOND);
		assertThat(this.backoff.admit("203.0.113.9")).as("another address is not affected").isZero();
	}

	@Test
	void parallelAttemptsAreChargedWhenAdmittedAndOnlyFailuresStayCharged() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.backoff.admit("198.51.100.8")).isZero();
			this.backoff.refund("198.51.100.8");
		}
		for (int i = 0; i < 4; i++) {
			assertThat(this.backoff.admit("198.51.100.8")).isZero();
		}
		assertThat(this.backoff.admit("198.51.100.8")).as("4 in flight without answers").isPositive();
	}

	@Test
	void failuresAreForgottenAfterAQuietHourAndMemoryStaysBounded() {
		for (int i = 0; i < 5; i++) {
			this.backoff.admit("198.51.100.9");
		}
		assertThat(this.backoff.admit("198.51.100.9")).isPositive();
		this.now.addAndGet(3601 * SECOND);
		assertThat(this.backoff.admit("198.51.100.9")).isZero();
		for (int i = 0; i < 1000; i++) {
			this.backoff.admit("10.1." + (i / 250) + "." + (i % 250));
		}
		assertThat(this.backoff.trackedAddresses()).isLessThanOrEqualTo(100);
	}

}
