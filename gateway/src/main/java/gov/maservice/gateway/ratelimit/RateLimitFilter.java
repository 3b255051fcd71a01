package gov.maservice.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import gov.maservice.gateway.apikey.ApiKey;
import gov.maservice.gateway.apikey.ApiKeyService;
import gov.maservice.gateway.config.RequestAttributes;
import gov.maservice.platform.problem.ReactiveProblemWriter;

/**
 * Fair use, after authentication: admins with a token pass; API calls with {@code X-API-Key} count
 * against that key (holds across replicas); other API calls and citizen pages count against the
 * client address (per replica). Over the limit: 429 problem detail with {@code Retry-After}.
 * The key header is not forwarded to the services.
 */
@Component
class RateLimitFilter implements WebFilter {

	static final String API_KEY_HEADER = "X-API-Key";

	private final RateLimitProperties properties;

	private final ApiKeyService apiKeys;

	private final KeyWindowLimiter keyLimiter;

	private final AddressLimiter pageLimiter;

	private final AddressLimiter apiLimiter;

	private final ReactiveProblemWriter problems;

	private final MeterRegistry meters;

	RateLimitFilter(RateLimitProperties properties, ApiKeyService apiKeys, KeyWindowLimiter keyLimiter,
			ReactiveProblemWriter problems, MeterRegistry meters) {
		this.properties = properties;
		this.apiKeys = apiKeys;
		this.keyLimiter = keyLimiter;
		this.problems = problems;
		this.meters = meters;
		this.pageLimiter = new AddressLimiter(properties.pages(), properties.maxTrackedAddresses(), System::nanoTime);
		this.apiLimiter = new AddressLimiter(properties.anonymousApi(), properties.maxTrackedAddresses(),
				System::nanoTime);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String rawKey = exchange.getRequest().getHeaders().getFirst(API_KEY_HEADER);
		ServerWebExchange forwarded = (rawKey == null) ? exchange : exchange.mutate()
			.request(request -> request.headers(headers -> headers.remove(API_KEY_HEADER)))
			.build();
		return exchange.getPrincipal()
			.filter(principal -> principal instanceof Authentication auth && auth.isAuthenticated())
			.map(principal -> {
				exchange.getAttributes().put(RequestAttributes.CLIENT, "user:" + principal.getName());
				return true;
			})
			.defaultIfEmpty(false)
			.flatMap(isUser -> isUser ? chain.filter(forwarded) : limit(exchange, forwarded, chain, rawKey));
	}

	private Mono<Void> limit(ServerWebExchange exchange, ServerWebExchange forwarded, WebFilterChain chain,
			String rawKey) {
		String path = exchange.getRequest().getPath().value();
		TrafficClass trafficClass = TrafficClass.of(path);
		if (trafficClass == TrafficClass.UNLIMITED) {
			return chain.filter(forwarded);
		}
		if (trafficClass == TrafficClass.API && rawKey != null) {
			return this.apiKeys.resolve(rawKey)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap(key -> key.isPresent() ? limitKey(key.get(), path, exchange, forwarded, chain)
						: this.problems.write(exchange, HttpStatus.UNAUTHORIZED,
								"The API key is not valid or has been revoked."));
		}
		if (!this.properties.enabled()) {
			return chain.filter(forwarded);
		}
		AddressLimiter limiter = (trafficClass == TrafficClass.PAGE) ? this.pageLimiter : this.apiLimiter;
		RateLimitDecision decision = limiter.tryConsume(clientAddress(exchange));
		return proceedOrRefuse(decision, trafficClass.name().toLowerCase(), exchange, forwarded, chain);
	}

	private Mono<Void> limitKey(ApiKey key, String path, ServerWebExchange exchange, ServerWebExchange forwarded,
			WebFilterChain chain) {
		exchange.getAttributes().put(RequestAttributes.CLIENT, "key:" + key.id());
		var scope = TrafficClass.requiredScope(path);
		if (scope.isPresent() && !key.allows(scope.get())) {
			return this.problems.write(exchange, HttpStatus.FORBIDDEN,
					"This API key lacks the scope " + scope.get().value() + ".");
		}
		if (!this.properties.enabled()) {
			return chain.filter(forwarded);
		}
		int limit = (key.requestsPerMinute() != null) ? key.requestsPerMinute()
				: this.properties.apiKeyDefaultPerMinute();
		return this.keyLimiter.tryConsume(key.id(), limit)
			.flatMap(decision -> proceedOrRefuse(decision, "api_key", exchange, forwarded, chain));
	}

	private Mono<Void> proceedOrRefuse(RateLimitDecision decision, String limitName, ServerWebExchange exchange,
			ServerWebExchange forwarded, WebFilterChain chain) {
		HttpHeaders responseHeaders = exchange.getResponse().getHeaders();
		responseHeaders.set("X-RateLimit-Limit", Long.toString(decision.limit()));
		responseHeaders.set("X-RateLimit-Remaining", Long.toString(decision.remaining()));
		if (decision.allowed()) {
			return chain.filter(forwarded);
		}
		this.meters.counter("gateway.ratelimit.rejected", "limit", limitName).increment();
		Map<String, String> headers = new HashMap<>();
		headers.put(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
		return this.problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests: retry after " + decision.retryAfterSeconds() + " s.", headers);
	}

	private static String clientAddress(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

}
