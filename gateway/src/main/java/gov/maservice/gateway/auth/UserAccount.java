package gov.maservice.gateway.auth;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An admin user. The user name is the document id, so it is unique without an extra index.
 *
 * @param username the login name
 * @param passwordHash an encoded hash with its algorithm prefix (e.g. {@code {bcrypt}...})
 * @param roles what the user may do
 * @param departments department codes an editor may edit; empty means all
 * @param enabled a disabled user cannot get new tokens
 * @param failedLogins consecutive failed logins, reset by a successful one
 * @param lockedUntil no login is accepted before this instant (null when not locked)
 * @param createdAt when the account was created
 * @param updatedAt when the account last changed
 */
@Document("users")
record UserAccount(@Id String username, String passwordHash, Set<Role> roles, Set<String> departments,
		boolean enabled, int failedLogins, Instant lockedUntil, Instant createdAt, Instant updatedAt) {

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
