package gov.maservice.gateway.auth;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway mints and checks admin tokens and protects the login.
 *
 * @param privateKeyLocation the RSA private key (PKCS#8 PEM) tokens are signed with; only the
 * gateway holds it, so only the gateway can mint tokens the services accept
 * @param publicKeyLocation the matching public key, the same file every service verifies with
 * @param tokenLifetime how long a token is valid; short, because a disabled user keeps a token
 * until it expires
 * @param lockout slows down password guessing against one account
 * @param bootstrapAdmin the first administrator, created from the environment
 */
@ConfigurationProperties("gateway.auth")
@Validated
public record AuthProperties(@NotNull Resource privateKeyLocation, @NotNull Resource publicKeyLocation,
		@NotNull Duration tokenLifetime, @Valid @NotNull Lockout lockout,
		@Valid @NotNull BootstrapAdmin bootstrapAdmin) {

	/**
	 * Lockout after repeated failures.
	 *
	 * @param maxFailures consecutive failures before the account is locked for a while
	 * @param initialLock the first lock; each further failure doubles it
	 * @param maxLock the longest lock, so a legitimate user is never shut out for long
	 */
	public record Lockout(@Positive int maxFailures, @NotNull Duration initialLock, @NotNull Duration maxLock) {
	}

	/**
	 * The administrator created on first start ({@code ADMIN_USERNAME}/{@code ADMIN_PASSWORD}).
	 *
	 * @param username the admin's user name
	 * @param password required while no such user exists; when set later it resets the password,
	 * which is the documented way to recover a lost admin password
	 */
	public record BootstrapAdmin(@NotBlank String username, String password) {
	}

}
