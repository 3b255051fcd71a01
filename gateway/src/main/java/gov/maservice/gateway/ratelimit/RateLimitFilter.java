package gov.maservice.gateway.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import gov.maservice.gateway.apikey.ApiKey;
import gov.maservice.gateway.apikey.ApiKeyScope;
import gov.maservice.gateway.apikey.ApiKeyService;
import gov.maservice.gateway.apikey.ApiKeyTokens;
import gov.maservice.gateway.config.RequestAttributes;
import gov.maservice.platform.problem.ReactiveProblemWriter;

/**
 * Fair use, after authentication: admins with a token pass; API calls with
 * {@code X-API-Key} count against that key (holds across replicas); other API calls and
 * citizen pages count against the client address (per replica); board paths count per
 * address and per board. Login attempts are backed off per address whoever sends them.
 * Over a limit: 429 problem detail with {@code Retry-After}. The key header is not
 * forwarded to the services.
 */
@Component
class RateLimitFilter implements WebFilter {

	static final String API_KEY_HEADER = "X-API-Key";

	static final String LOGIN_PATH = "/api/v1/auth/token";

	private final RateLimitProperties properties;

	private final ApiKeyService apiKeys;

	private final KeyWindowLimiter keyLimiter;

	private final AddressLimiter pageLimiter;

	private final AddressLimiter apiLimiter;

	private final LoginBackoff loginBackoff;

	private final BoardLimiter boardLimiter;

	private final ReactiveProblemWriter problems;

	private final MeterRegistry meters;

	private final ApiKeyTokens keyTokens;

	RateLimitFilter(RateLimitProperties properties, ApiKeyService apiKeys, KeyWindowLimiter keyLimiter,
			ReactiveProblemWriter problems, MeterRegistry meters, ApiKeyTokens keyTokens) {
		this.keyTokens = keyTokens;
		this.properties = properties;
		this.apiKeys = apiKeys;
		this.keyLimiter = keyLimiter;
		this.problems = problems;
		this.meters = meters;
		this.pageLimiter = new AddressLimiter(properties.pages(), properties.maxTrackedAddresses(), System::nanoTime);
		this.apiLimiter = new AddressLimiter(properties.anonymousApi(), properties.maxTrackedAddresses(),
				System::nanoTime);
		this.loginBackoff = new LoginBackoff(properties.login(), properties.maxTrackedAddresses(), System::nanoTime);
		this.boardLimiter = new BoardLimiter(properties.boards(), properties.maxTrackedAddresses(), System::nanoTime);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String rawKey = exchange.getRequest().getHeaders().getFirst(API_KEY_HEADER);
		ServerWebExchange forwarded = (rawKey == null) ? exchange
				: exchange.mutate()
					.request(request -> request.headers(headers -> headers.remove(API_KEY_HEADER)))
					.build();
		if (this.properties.enabled() && isLogin(exchange)) {
			String address = clientAddress(exchange);
			long waitNanos = this.loginBackoff.admit(address);
			if (waitNanos > 0) {
				return refuse(
						RateLimitDecision.refuse(this.properties.login().freeFailures(),
								(waitNanos + 999_999_999L) / 1_000_000_000L),
						"login", exchange, "Too many failed logins from this address: retry after %d s.");
			}
			exchange.getResponse().beforeCommit(() -> {
				HttpStatusCode status = exchange.getResponse().getStatusCode();
				if (status == null || status.value() != HttpStatus.UNAUTHORIZED.value()) {
					this.loginBackoff.refund(address);
				}
				return Mono.empty();
			});
		}
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
		if (trafficClass == TrafficClass.BOARD) {
			return this.properties.enabled() ? limitBoard(path, exchange, forwarded, chain) : chain.filter(forwarded);
		}
		if (trafficClass == TrafficClass.API && rawKey != null) {
			return this.apiKeys.resolve(rawKey)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap(key -> key.isPresent() ? limitKey(key.get(), path, exchange, forwarded, chain) : this.problems
					.write(exchange, HttpStatus.UNAUTHORIZED, "The API key is not valid or has been revoked."));
		}
		if (!this.properties.enabled()) {
			return chain.filter(forwarded);
		}
		AddressLimiter limiter = (trafficClass == TrafficClass.PAGE) ? this.pageLimiter : this.apiLimiter;
		RateLimitDecision decision = limiter.tryConsume(clientAddress(exchange));
		return proceedOrRefuse(decision, trafficClass.name().toLowerCase(), exchange, forwarded, chain);
	}

	private Mono<Void> limitKey(ApiKey key, String path, ServerWebExchange exchange, ServerWebExchange keyless,
			WebFilterChain chain) {
		exchange.getAttributes().put(RequestAttributes.CLIENT, "key:" + key.id());
		var scope = TrafficClass.requiredScope(path);
		if (scope.isPresent() && !key.allows(scope.get())) {
			return this.problems.write(exchange, HttpStatus.FORBIDDEN,
					"This API key lacks the scope " + scope.get().value() + ".");
		}
		// notification-service checks subscriptions' owners with a token of the
		// gateway's.
		ServerWebExchange forwarded = (scope.isPresent() && scope.get() == ApiKeyScope.WEBHOOKS) ? keyless.mutate()
			.request(request -> request.headers(headers -> headers.setBearerAuth(this.keyTokens.mint(key))))
			.build() : keyless;
		if (!this.properties.enabled()) {
			return chain.filter(forwarded);
		}
		int limit = (key.requestsPerMinute() != null) ? key.requestsPerMinute()
				: this.properties.apiKeyDefaultPerMinute();
		return this.keyLimiter.tryConsume(key.id(), limit)
			.flatMap(decision -> proceedOrRefuse(decision, "api_key", exchange, forwarded, chain));
	}

	/**
	 * Board paths: the address's bucket always, the board's bucket unless the request
	 * carries the credential notification-service last accepted for that board. The board
	 * page is static, so only its address counts.
	 */
	private Mono<Void> limitBoard(String path, ServerWebExchange exchange, ServerWebExchange forwarded,
			WebFilterChain chain) {
		RateLimitDecision byAddress = this.boardLimiter.tryAddress(clientAddress(exchange));
		if (!byAddress.allowed()) {
			return proceedOrRefuse(byAddress, "board_address", exchange, forwarded, chain);
		}
		String boardId = TrafficClass.boardId(path);
		if (boardId == null) {
			return proceedOrRefuse(byAddress, "board_address", exchange, forwarded, chain);
		}
		String credential = boardCredential(exchange);
		RateLimitDecision byBoard = this.boardLimiter.tryBoard(boardId, credential);
		exchange.getResponse().beforeCommit(() -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			if (status != null) {
				this.boardLimiter.answered(boardId, credential, status.value());
			}
			return Mono.empty();
		});
		return proceedOrRefuse((byBoard != null) ? byBoard : byAddress, (byBoard != null) ? "board" : "board_address",
				exchange, forwarded, chain);
	}

	private Mono<Void> proceedOrRefuse(RateLimitDecision decision, String limitName, ServerWebExchange exchange,
			ServerWebExchange forwarded, WebFilterChain chain) {
		HttpHeaders responseHeaders = exchange.getResponse().getHeaders();
		responseHeaders.set("X-RateLimit-Limit", Long.toString(decision.limit()));
		responseHeaders.set("X-RateLimit-Remaining", Long.toString(decision.remaining()));
		if (decision.allowed()) {
			return chain.filter(forwarded);
		}
		return refuse(decision, limitName, exchange, "Too many requests: retry after %d s.");
	}

	private Mono<Void> refuse(RateLimitDecision decision, String limitName, ServerWebExchange exchange,
			String detailFormat) {
		this.meters.counter("gateway.ratelimit.rejected", "limit", limitName).increment();
		Map<String, String> headers = new HashMap<>();
		headers.put(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
		headers.put("X-RateLimit-Limit", Long.toString(decision.limit()));
		headers.put("X-RateLimit-Remaining", "0");
		return this.problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
				String.format(detailFormat, decision.retryAfterSeconds()), headers);
	}

	private static boolean isLogin(ServerWebExchange exchange) {
		return HttpMethod.POST.equals(exchange.getRequest().getMethod())
				&& LOGIN_PATH.equals(exchange.getRequest().getPath().value());
	}

	/**
	 * The board credential as notification-service reads it: bearer value or
	 * {@code access_token}.
	 */
	private static String boardCredential(ServerWebExchange exchange) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).strip();
		}
		return exchange.getRequest().getQueryParams().getFirst("access_token");
	}

	/**
	 * The address a per-address limit counts against: the client's IPv4 address, or the
	 * /64 network of an IPv6 address (one subscriber usually holds a whole /64, so
	 * counting single IPv6 addresses would let one client pose as billions).
	 */
	static String clientAddress(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		InetAddress address = remote.getAddress();
		if (address == null) {
			return remote.getHostString();
		}
		if (address instanceof Inet6Address && !address.isLoopbackAddress()) {
			byte[] bytes = address.getAddress();
			StringBuilder network = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return network.append(":/64").toString();
		}
		return address.getHostAddress();
	}

}
