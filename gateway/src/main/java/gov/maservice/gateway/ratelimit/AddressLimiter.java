package gov.maservice.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client-address token buckets for one kind of traffic, kept in this replica's
 * memory. With N replicas behind a load balancer an address may get up to N times the
 * limit; that is acceptable for a fairness guard, and documented. The map is bounded:
 * when it is full, buckets that have refilled completely (idle clients) are dropped
 * first, then everything.
 */
final class AddressLimiter {

	private final RateLimitProperties.Bucket bucket;

	private final int maxAddresses;

	private final LongSupplier nanoClock;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	AddressLimiter(RateLimitProperties.Bucket bucket, int maxAddresses, LongSupplier nanoClock) {
		this.bucket = bucket;
		this.maxAddresses = maxAddresses;
		this.nanoClock = nanoClock;
	}

	RateLimitDecision tryConsume(String address) {
		long now = this.nanoClock.getAsLong();
		TokenBucket tokens = this.buckets.get(address);
		if (tokens == null) {
			if (this.buckets.size() >= this.maxAddresses) {
				evictIdle(now);
			}
			tokens = this.buckets.computeIfAbsent(address,
					any -> new TokenBucket(this.bucket.capacity(), this.bucket.refillPerSecond(), now));
		}
		long waitNanos = tokens.tryConsume(now);
		if (waitNanos == 0) {
			return RateLimitDecision.allow(this.bucket.capacity(), tokens.remaining());
		}
		return RateLimitDecision.refuse(this.bucket.capacity(), (waitNanos + 999_999_999L) / 1_000_000_000L);
	}

	int trackedAddresses() {
		return this.buckets.size();
	}

	private void evictIdle(long now) {
		this.buckets.values().removeIf(tokens -> tokens.isFull(now));
		if (this.buckets.size() >= this.maxAddresses) {
			this.buckets.clear();
		}
	}

}
