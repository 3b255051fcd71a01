package gov.maservice.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges an admin's user name and password for a signed access token. */
@RestController
@Tag(name = "auth", description = "Admin tokens (RS256 JWT) accepted by every service")
class TokenController {

	private final UserService users;

	private final TokenService tokens;

	TokenController(UserService users, TokenService tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/auth/token")
	@Operation(summary = "Get an access token",
			description = "Send it as `Authorization: Bearer <access_token>` on admin and write requests. "
					+ "Failed attempts slow down further attempts on the account (a bounded wait, never a lock); "
					+ "an address with many failures gets 429 with Retry-After for a while.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(
							value = "{\"username\":\"admin\",\"password\":\"correct-horse-battery\"}"))))
	@ApiResponse(responseCode = "200", description = "Token issued",
			content = @Content(examples = @ExampleObject(value = "{\"access_token\":\"eyJhbGciOiJSUzI1NiJ9...\","
					+ "\"token_type\":\"Bearer\",\"expires_in\":3600}")))
	@ApiResponse(responseCode = "400", description = "Malformed request",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "401",
			description = "Invalid credentials (same answer for unknown users, wrong passwords and disabled accounts)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429",
			description = "Too many requests or failed logins from this address (Retry-After says when to try again)",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ResponseEntity<TokenResponse>> token(@Valid @RequestBody TokenRequest request) {
		return this.users.authenticate(request.username(), request.password())
			.map(this.tokens::issue)
			.map(token -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(token));
	}

	/**
	 * Login request.
	 *
	 * @param username the admin's user name
	 * @param password the admin's password
	 */
	record TokenRequest(@Schema(example = "admin") @NotBlank @Size(max = 64) String username,
			@Schema(example = "correct-horse-battery") @NotBlank @Size(max = 128) String password) {
	}

}

/**
 * The issued token, in OAuth 2.0 token-response shape.
 *
 * @param accessToken the RS256 JWT
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the token expires
 */
record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
		@JsonProperty("expires_in") long expiresIn) {
}
