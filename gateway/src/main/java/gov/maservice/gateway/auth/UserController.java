package gov.maservice.gateway.auth;

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

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets administrators manage the people who edit, publish and broadcast. ADMIN only. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "users", description = "Admin users and their roles (ADMIN only)")
@SecurityRequirement(name = "bearer-jwt")
@ApiResponse(responseCode = "401", description = "No valid token",
		content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "The token lacks the ADMIN role",
		content = @Content(mediaType = "application/problem+json"))
class UserController {

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "List admin users")
	@ApiResponse(responseCode = "200", description = "All users, by name", content = @Content(
			examples = @ExampleObject(value = "[{\"username\":\"admin\",\"roles\":[\"ADMIN\"],\"departments\":[],"
					+ "\"enabled\":true,\"createdAt\":\"2026-11-26T08:00:00Z\",\"updatedAt\":\"2026-11-26T08:00:00Z\"}]")))
	Flux<UserView> list() {
		return this.users.list().map(UserView::of);
	}

	@GetMapping("/{username}")
	@Operation(summary = "Get one admin user")
	@ApiResponse(responseCode = "200", description = "The user")
	@ApiResponse(responseCode = "404", description = "No such user",
			content = @Content(mediaType = "application/problem+json"))
	Mono<UserView> get(@PathVariable String username) {
		return this.users.find(username).map(UserView::of);
	}

	@PostMapping
	@Operation(summary = "Create an admin user",
			description = "EDITOR edits drafts (of the listed departments; none = all), PUBLISHER publishes and "
					+ "broadcasts, ADMIN does everything.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(
							value = "{\"username\":\"zhang.wei\",\"password\":\"correct-horse-battery\",\"roles\":[\"EDITOR\"],\"departments\":[\"scjgj\"]}"))))
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Invalid request (field errors in `errors`)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The user name is taken",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ResponseEntity<UserView>> create(@Valid @RequestBody CreateUserRequest request) {
		return this.users.create(request)
			.map(user -> ResponseEntity.created(URI.create("/api/v1/users/" + user.username()))
				.body(UserView.of(user)));
	}

	@PatchMapping("/{username}")
	@Operation(summary = "Change, disable or re-enable an admin user",
			description = "Absent fields stay unchanged. A disabled user gets no new tokens; tokens already issued "
					+ "stay valid until they expire.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(value = "{\"enabled\":false}"))))
	@ApiResponse(responseCode = "200", description = "The changed user")
	@ApiResponse(responseCode = "400", description = "Invalid request",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No such user",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "An admin cannot disable or demote themselves",
			content = @Content(mediaType = "application/problem+json"))
	Mono<UserView> update(@PathVariable String username, @Valid @RequestBody UpdateUserRequest request,
			Principal principal) {
		return this.users.update(username, request, principal.getName()).map(UserView::of);
	}

}
