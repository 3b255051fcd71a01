package gov.maservice.gateway.ratelimit;

/**
 * The answer of a limiter.
 *
 * @param allowed whether the request may pass
 * @param limit the limit that applied, for the {@code X-RateLimit-Limit} header
 * @param remaining requests left in the current bucket or window
 * @param retryAfterSeconds when refused, whole seconds until a retry can succeed (at
 * least 1)
 */
record RateLimitDecision(boolean allowed, long limit, long remaining, long retryAfterSeconds) {

	static RateLimitDecision allow(long limit, long remaining) {
		return new RateLimitDecision(true, limit, remaining, 0);
	}

	static RateLimitDecision refuse(long limit, long retryAfterSeconds) {
		return new RateLimitDecision(false, limit, 0, Math.max(1, retryAfterSeconds));
	}

}
