package gov.maservice.gateway.ratelimit;

/**
 * A classic token bucket: {@code capacity} tokens, refilled continuously at a fixed rate;
 * a request takes one. Time is passed in, so tests need no sleeping.
 */
final class TokenBucket {

	private final double capacity;

	private final double tokensPerNano;

	private double tokens;

	private long lastRefillNanos;

	TokenBucket(int capacity, double refillPerSecond, long nowNanos) {
		this.capacity = capacity;
		this.tokensPerNano = refillPerSecond / 1_000_000_000d;
		this.tokens = capacity;
		this.lastRefillNanos = nowNanos;
	}

	/**
	 * Takes a token if there is one.
	 * @param nowNanos the current {@link System#nanoTime()}
	 * @return 0 when a token was taken, otherwise the nanoseconds until one will be
	 * available
	 */
	synchronized long tryConsume(long nowNanos) {
		refill(nowNanos);
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return 0;
		}
		return (long) Math.ceil((1 - this.tokens) / this.tokensPerNano);
	}

	/**
	 * Whether the bucket is full again, i.e. its client has been idle and it can be
	 * forgotten.
	 */
	synchronized boolean isFull(long nowNanos) {
		refill(nowNanos);
		return this.tokens >= this.capacity;
	}

	synchronized int remaining() {
		return (int) this.tokens;
	}

	private void refill(long nowNanos) {
		long elapsed = nowNanos - this.lastRefillNanos;
		if (elapsed > 0) {
			this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.tokensPerNano);
			this.lastRefillNanos = nowNanos;
		}
	}

}
