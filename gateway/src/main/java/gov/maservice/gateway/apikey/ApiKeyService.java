package gov.maservice.gateway.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Issues, lists, revokes and recognises API keys. A key reads {@code msk_<id>_<secret>}:
 * the id finds the record, the secret is compared by hash in constant time. Recognised
 * keys are cached briefly so a busy client does not cost a database read per request.
 */
@Service
public class ApiKeyService {

	private static final String PREFIX = "msk_";

	private final ReactiveMongoTemplate mongo;

	private final ApiKeyProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, CachedKey> cache = new ConcurrentHashMap<>();

	ApiKeyService(ReactiveMongoTemplate mongo, ApiKeyProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	Mono<IssuedApiKey> issue(IssueApiKeyRequest request, String createdBy) {
		String id = HexFormat.of().formatHex(randomBytes(8));
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
		ApiKey key = new ApiKey(id, request.name(), sha256(secret), Set.copyOf(request.scopes()),
				request.requestsPerMinute(), createdBy, this.clock.instant(), null);
		return this.mongo.insert(key).map(saved -> new IssuedApiKey(PREFIX + id + "_" + secret, ApiKeyView.of(saved)));
	}

	Flux<ApiKey> list() {
		return this.mongo.find(new Query().with(Sort.by("createdAt")), ApiKey.class);
	}

	Mono<ApiKey> find(String id) {
		return this.mongo.findById(id, ApiKey.class)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such API key.")));
	}

	Mono<ApiKey> revoke(String id) {
		Query query = Query.query(Criteria.where("_id").is(id).and("revokedAt").isNull());
		return this.mongo
			.findAndModify(query, new Update().set("revokedAt", this.clock.instant()),
					FindAndModifyOptions.options().returnNew(true), ApiKey.class)
			.switchIfEmpty(find(id))
			.doOnNext(key -> this.cache.remove(id));
	}

	/**
	 * Recognises a key sent by a client.
	 * @param rawKey the {@code X-API-Key} header value
	 * @return the key when it exists, matches and is not revoked; empty otherwise
	 */
	public Mono<ApiKey> resolve(String rawKey) {
		Optional<String[]> parts = split(rawKey);
		if (parts.isEmpty()) {
			return Mono.empty();
		}
		String id = parts.get()[0];
		String secretHash = sha256(parts.get()[1]);
		return lookup(id).filter(key -> key.revokedAt() == null && MessageDigest.isEqual(
				key.secretHash().getBytes(StandardCharsets.US_ASCII), secretHash.getBytes(StandardCharsets.US_ASCII)));
	}

	private Mono<ApiKey> lookup(String id) {
		Instant now = this.clock.instant();
		CachedKey cached = this.cache.get(id);
		if (cached != null && cached.fetchedAt().plus(this.properties.cacheTtl()).isAfter(now)) {
			return Mono.justOrEmpty(cached.key());
		}
		return this.mongo.findById(id, ApiKey.class)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.doOnNext(found -> remember(id, new CachedKey(found.orElse(null), now)))
			.flatMap(Mono::justOrEmpty);
	}

	private void remember(String id, CachedKey entry) {
		if (this.cache.size() >= this.properties.cacheSize()) {
			this.cache.clear();
		}
		this.cache.put(id, entry);
	}

	private static Optional<String[]> split(String rawKey) {
		if (rawKey == null || !rawKey.startsWith(PREFIX) || rawKey.length() > 100) {
			return Optional.empty();
		}
		String rest = rawKey.substring(PREFIX.length());
		int separator = rest.indexOf('_');
		if (separator != 16 || separator == rest.length() - 1) {
			return Optional.empty();
		}
		String id = rest.substring(0, separator);
		if (!id.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(new String[] { id, rest.substring(separator + 1) });
	}

	private byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private static String sha256(String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private record CachedKey(ApiKey key, Instant fetchedAt) {
	}

}
