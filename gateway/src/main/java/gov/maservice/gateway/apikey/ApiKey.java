package gov.maservice.gateway.apikey;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A third-party client's key. Only a SHA-256 hash of the secret is stored: the secret is
 * 256 random bits, so a fast hash is enough (a slow one like BCrypt would cost every API
 * call).
 *
 * @param id the public part of the key, also shown in logs
 * @param name who the key is for, e.g. the WeChat official account backend
 * @param secretHash hex SHA-256 of the secret part
 * @param scopes what the key may read
 * @param requestsPerMinute the key's own limit; null uses
 * {@code gateway.rate-limits.api-key-default-per-minute}
 * @param createdBy the admin who issued it
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked, or null while it is valid
 */
@Document("api_keys")
public record ApiKey(@Id String id, String name, String secretHash, Set<ApiKeyScope> scopes, Integer requestsPerMinute,
		String createdBy, Instant createdAt, Instant revokedAt) {

	/** Whether the key may read what the scope covers. */
	public boolean allows(ApiKeyScope scope) {
		return this.scopes.contains(scope);
	}

}
