package gov.maservice.gateway.auth;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Request to create an admin user.
 *
 * @param username login name: letters, digits, dot, dash, underscore
 * @param password checked against the password policy (at least 12 characters, not the
 * user name, not a common password, no control characters)
 * @param roles one or more of ADMIN, PUBLISHER, EDITOR
 * @param departments department codes an editor may edit; empty or missing means all
 */
record CreateUserRequest(
		@Schema(example = "zhang.wei") @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}",
				message = "must be 3-64 letters, digits, '.', '_' or '-'") String username,
		@Schema(example = "correct-horse-battery") @NotNull @Size(max = 128) String password,
		@Schema(example = "[\"EDITOR\"]") @NotEmpty @Size(max = 3) Set<@NotNull Role> roles,
		@Schema(example = "[\"scjgj\"]") @Size(max = 100) Set<@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}",
				message = "must be a department code") String> departments) {
}

/**
 * Partial change of an admin user; absent fields stay as they are.
 *
 * @param enabled false disables the account (no new tokens)
 * @param roles the new roles, replacing the old ones
 * @param departments the new departments, replacing the old ones
 * @param password a new password, checked against the password policy
 */
record UpdateUserRequest(@Schema(example = "false") Boolean enabled, @Size(min = 1, max = 3) Set<@NotNull Role> roles,
		@Size(max = 100) Set<@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}",
				message = "must be a department code") String> departments,
		@Size(max = 128) String password) {
}

/**
 * An admin user as the API shows it (never with a password hash).
 *
 * @param username login name
 * @param roles roles
 * @param departments departments an editor may edit (empty = all)
 * @param enabled whether the user may log in
 * @param createdAt when the user was created
 * @param updatedAt when the user last changed
 */
record UserView(String username, Set<Role> roles, Set<String> departments, boolean enabled, Instant createdAt,
		Instant updatedAt) {

	static UserView of(UserAccount user) {
		return new UserView(user.username(), user.roles(), user.departments(), user.enabled(), user.createdAt(),
				user.updatedAt());
	}

}
