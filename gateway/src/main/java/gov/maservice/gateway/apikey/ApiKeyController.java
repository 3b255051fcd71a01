package gov.maservice.gateway.apikey;

import java.net.URI;
import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets administrators give third-party clients read access with their own rate limit.
 * ADMIN only.
 */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "api-keys", description = "API keys for third-party clients, sent as X-API-Key (ADMIN only)")
@SecurityRequirement(name = "bearer-jwt")
@ApiResponse(responseCode = "401", description = "No valid token",
		content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "The token lacks the ADMIN role",
		content = @Content(mediaType = "application/problem+json"))
class ApiKeyController {

	private final ApiKeyService keys;

	ApiKeyController(ApiKeyService keys) {
		this.keys = keys;
	}

	@PostMapping
	@Operation(summary = "Issue an API key",
			description = "The response is the only place the full key appears: " + "only its hash is stored.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(
							value = "{\"name\":\"高新区政务 WeChat backend\",\"scopes\":[\"catalog:read\",\"notices:read\"],\"requestsPerMinute\":600}"))))
	@ApiResponse(responseCode = "201", description = "Issued", content = @Content(
			examples = @ExampleObject(value = "{\"key\":\"msk_3f2a9c0d1b7e4a55_Qm9...\",\"apiKey\":{\"id\":"
					+ "\"3f2a9c0d1b7e4a55\",\"name\":\"高新区政务 WeChat backend\",\"scopes\":[\"catalog:read\",\"notices:read\"],"
					+ "\"requestsPerMinute\":600,\"createdBy\":\"admin\",\"createdAt\":\"2026-11-26T08:00:00Z\",\"revokedAt\":null}}")))
	@ApiResponse(responseCode = "400", description = "Invalid request (field errors in `errors`)",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ResponseEntity<IssuedApiKey>> issue(@Valid @RequestBody IssueApiKeyRequest request, Principal principal) {
		return this.keys.issue(request, principal.getName())
			.map(issued -> ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.apiKey().id()))
				.cacheControl(CacheControl.noStore())
				.body(issued));
	}

	@GetMapping
	@Operation(summary = "List API keys, revoked ones included")
	@ApiResponse(responseCode = "200", description = "All keys, oldest first")
	Flux<ApiKeyView> list() {
		return this.keys.list().map(ApiKeyView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one API key")
	@ApiResponse(responseCode = "200", description = "The key (without its secret)")
	@ApiResponse(responseCode = "404", description = "No such key",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ApiKeyView> get(@PathVariable String id) {
		return this.keys.find(id).map(ApiKeyView::of);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke an API key",
			description = "Immediate on this gateway replica, within gateway.api-keys.cache-ttl on the others. "
					+ "The record stays, marked revoked.")
	@ApiResponse(responseCode = "204", description = "Revoked (also when it already was)")
	@ApiResponse(responseCode = "404", description = "No such key",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ResponseEntity<Void>> revoke(@PathVariable String id) {
		return this.keys.revoke(id).thenReturn(ResponseEntity.noContent().build());
	}

}
