package gov.maservice.gateway.auth;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An admin user. The user name is the document id, so it is unique without an extra
 * index. Failed logins are not kept here but in {@link LoginAttempts}, which never locks
 * an account (documents written by older versions may still carry
 * {@code failedLogins}/{@code lockedUntil}; they are ignored).
 *
 * @param username the login name
 * @param passwordHash an encoded hash with its algorithm prefix (e.g.
 * {@code {bcrypt}...})
 * @param roles what the user may do
 * @param departments department codes an editor may edit; empty means all
 * @param enabled a disabled user cannot get new tokens
 * @param createdAt when the account was created
 * @param updatedAt when the account last changed
 */
@Document("users")
record UserAccount(@Id String username, String passwordHash, Set<Role> roles, Set<String> departments, boolean enabled,
		Instant createdAt, Instant updatedAt) {

}
