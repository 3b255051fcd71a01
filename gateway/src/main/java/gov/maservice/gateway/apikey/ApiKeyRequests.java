package gov.maservice.gateway.apikey;

import java.time.Instant;
import java.util.Set;

import gov.maservice.platform.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Request to issue an API key.
 *
 * @param name who the key is for
 * @param scopes what it may read: catalog:read, qr:read, notices:read
 * @param requestsPerMinute its own limit; absent uses the gateway default
 */
record IssueApiKeyRequest(
		@Schema(example = "高新区政务 WeChat backend") @NotBlank @Size(max = 100) @SingleLineText String name,
		@Schema(example = "[\"catalog:read\",\"notices:read\"]") @NotEmpty Set<@NotNull ApiKeyScope> scopes,
		@Schema(example = "600") @Positive @Max(1_000_000) Integer requestsPerMinute) {
}

/**
 * An API key as listed (never with its secret).
 *
 * @param id the key's public id
 * @param name who it is for
 * @param scopes what it may read
 * @param requestsPerMinute its own limit, or null for the gateway default
 * @param createdBy the admin who issued it
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked, or null
 */
record ApiKeyView(String id, String name, Set<ApiKeyScope> scopes, Integer requestsPerMinute, String createdBy,
		Instant createdAt, Instant revokedAt) {

	static ApiKeyView of(ApiKey key) {
		return new ApiKeyView(key.id(), key.name(), key.scopes(), key.requestsPerMinute(), key.createdBy(),
				key.createdAt(), key.revokedAt());
	}

}

/**
 * A newly issued key: the only time its full value is shown.
 *
 * @param key the value clients send in {@code X-API-Key}
 * @param apiKey the stored key's details
 */
record IssuedApiKey(String key, ApiKeyView apiKey) {
}
