package gov.maservice.notification.webhook;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;

import gov.maservice.notification.changes.ChangeType;
import gov.maservice.platform.collection.CollectionPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions, their delivery log, replay and a test action. Admins manage all
 * subscriptions; an API key with the {@code webhooks} scope manages its own.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "webhooks", description = "Signed webhooks (Standard Webhooks 1.0, CloudEvents 1.0 bodies)")
class SubscriptionController {

	private static final String ID = "[A-Za-z0-9_-]{1,64}";

	private static final String MESSAGE_ID = "[A-Za-z0-9_.-]{1,160}";

	private final SubscriptionService subscriptions;

	SubscriptionController(SubscriptionService subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping("/event-types")
	@Operation(summary = "The change types one can subscribe to", security = @SecurityRequirement(name = "adminJwt"))
	List<EventTypeView> eventTypes() {
		return Arrays.stream(ChangeType.values())
			.map((type) -> new EventTypeView(type.value(), type.cloudEventType()))
			.toList();
	}

	@PostMapping("/subscriptions")
	@Operation(summary = "Create a subscription; the answer carries its signing secret, once",
			description = "The target must be http(s) to a public address (checked after DNS resolution); private, "
					+ "loopback and link-local addresses are refused.",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "201", description = "Created, with secret")
	@ApiResponse(responseCode = "400", description = "Unknown type or locality, URL not allowed",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The API key holds the maximum number of subscriptions",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ResponseEntity<SubscriptionView>> create(@Valid @RequestBody SubscriptionRequest request,
			JwtAuthenticationToken token) {
		return this.subscriptions.create(request, Caller.of(token))
			.map((view) -> ResponseEntity.created(URI.create("/api/v1/webhooks/subscriptions/" + view.id()))
				.body(view));
	}

	@GetMapping("/subscriptions")
	@Operation(summary = "List subscriptions (an API key sees its own)",
			security = @SecurityRequirement(name = "adminJwt"))
	Mono<CollectionPage<SubscriptionView>> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, JwtAuthenticationToken token,
			ServerHttpRequest request) {
		return this.subscriptions.list(Caller.of(token), page, size, request.getURI());
	}

	@GetMapping("/subscriptions/{id}")
	@Operation(summary = "One subscription", security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "404", description = "Unknown, or another owner's",
			content = @Content(mediaType = "application/problem+json"))
	Mono<SubscriptionView> get(@PathVariable @Pattern(regexp = ID) String id, JwtAuthenticationToken token) {
		return this.subscriptions.get(id, Caller.of(token));
	}

	@PutMapping("/subscriptions/{id}")
	@Operation(summary = "Replace URL, types, filters, description; status ACTIVE or PAUSED",
			description = "Setting ACTIVE resumes a paused or disabled endpoint; queued messages go out in order.",
			security = @SecurityRequirement(name = "adminJwt"))
	Mono<SubscriptionView> replace(@PathVariable @Pattern(regexp = ID) String id,
			@Valid @RequestBody SubscriptionRequest request, JwtAuthenticationToken token) {
		return this.subscriptions.replace(id, request, Caller.of(token));
	}

	@DeleteMapping("/subscriptions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a subscription with its messages and log",
			security = @SecurityRequirement(name = "adminJwt"))
	Mono<Void> delete(@PathVariable @Pattern(regexp = ID) String id, JwtAuthenticationToken token) {
		return this.subscriptions.delete(id, Caller.of(token));
	}

	@PostMapping("/subscriptions/{id}/secret")
	@Operation(summary = "Rotate the signing secret; the new one is shown once",
			description = "Until previousSecretValidUntil every call is signed with both secrets.",
			security = @SecurityRequirement(name = "adminJwt"))
	Mono<SubscriptionView> rotate(@PathVariable @Pattern(regexp = ID) String id, JwtAuthenticationToken token) {
		return this.subscriptions.rotate(id, Caller.of(token));
	}

	@GetMapping("/subscriptions/{id}/attempts")
	@Operation(summary = "Delivery log: every call with status, latency and response excerpt, newest first",
			security = @SecurityRequirement(name = "adminJwt"))
	Mono<CollectionPage<DeliveryAttempt>> attempts(@PathVariable @Pattern(regexp = ID) String id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, JwtAuthenticationToken token,
			ServerHttpRequest request) {
		return this.subscriptions.attempts(id, Caller.of(token), page, size, request.getURI());
	}

	@GetMapping("/subscriptions/{id}/messages")
	@Operation(summary = "Messages to this endpoint, newest first", security = @SecurityRequirement(name = "adminJwt"))
	Mono<CollectionPage<MessageView>> messages(@PathVariable @Pattern(regexp = ID) String id,
			@RequestParam(required = false) MessageStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, JwtAuthenticationToken token,
			ServerHttpRequest request) {
		return this.subscriptions.messages(id, status, Caller.of(token), page, size, request.getURI());
	}

	@PostMapping("/subscriptions/{id}/messages/{messageId}/redeliver")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send one message again (same webhook-id)", security = @SecurityRequirement(name = "adminJwt"))
	Mono<QueuedView> redeliver(@PathVariable @Pattern(regexp = ID) String id,
			@PathVariable @Pattern(regexp = MESSAGE_ID) String messageId, JwtAuthenticationToken token) {
		return this.subscriptions.redeliver(id, messageId, Caller.of(token));
	}

	@PostMapping("/subscriptions/{id}/redeliver")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send every matching change recorded since a time again, in order",
			description = "Also covers changes recorded while the endpoint was paused or disabled.",
			security = @SecurityRequirement(name = "adminJwt"))
	Mono<QueuedView> redeliverSince(@PathVariable @Pattern(regexp = ID) String id,
			@Valid @RequestBody RedeliverRequest request, JwtAuthenticationToken token) {
		return this.subscriptions.redeliverSince(id, request.since(), Caller.of(token));
	}

	@PostMapping("/subscriptions/{id}/test")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a test event (type gov.webhook.test.v1)",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "409", description = "The subscription is not active",
			content = @Content(mediaType = "application/problem+json"))
	Mono<QueuedView> test(@PathVariable @Pattern(regexp = ID) String id, JwtAuthenticationToken token) {
		return this.subscriptions.test(id, Caller.of(token));
	}

	@GetMapping("/notices")
	@Operation(summary = "Endpoints the service disabled (410 Gone, failing for days), newest first (ADMIN)",
			security = @SecurityRequirement(name = "adminJwt"))
	Mono<CollectionPage<WebhookNotice>> notices(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, ServerHttpRequest request) {
		return this.subscriptions.notices(page, size, request.getURI());
	}

}
