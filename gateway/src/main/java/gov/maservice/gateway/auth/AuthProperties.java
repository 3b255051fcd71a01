package gov.maservice.gateway.auth;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway mints and checks admin tokens and protects the login.
 *
 * @param privateKeyLocation the RSA private key (PKCS#8 PEM) tokens are signed with; only
 * the gateway holds it, so only the gateway can mint tokens the services accept
 * @param publicKeyLocation the matching public key, the same file every service verifies
 * with
 * @param tokenLifetime how long a token is valid; short, because a disabled user keeps a
 * token until it expires
 * @param accountDelay slows down password guessing against one account without ever
 * locking it
 * @param bootstrapAdmin the first administrator, created from the environment
 */
@ConfigurationProperties("gateway.auth")
@Validated
public record AuthProperties(@NotNull Resource privateKeyLocation, @NotNull Resource publicKeyLocation,
		@NotNull Duration tokenLifetime, @Valid @NotNull AccountDelay accountDelay,
		@Valid @NotNull BootstrapAdmin bootstrapAdmin) {

	/**
	 * A bounded wait before every login attempt on an account that has seen failures. A
	 * hard lock would let any stranger keep the owner out; a wait only slows guessing,
	 * and the owner with the right password still gets in. Counted in MongoDB, so it
	 * holds across gateway replicas.
	 *
	 * @param freeFailures failures since the last successful login that cost no wait
	 * @param initialDelay the wait after the first failure beyond the free ones; doubles
	 * with each further failure
	 * @param maxDelay the longest wait, so the owner is never kept waiting longer than
	 * this
	 * @param forgetAfter failures are forgotten after this long without any attempt on
	 * the account
	 */
	public record AccountDelay(@PositiveOrZero int freeFailures, @NotNull Duration initialDelay,
			@NotNull Duration maxDelay, @NotNull Duration forgetAfter) {
	}

	/**
	 * The administrator created on first start
	 * ({@code ADMIN_USERNAME}/{@code ADMIN_PASSWORD}).
	 *
	 * @param username the admin's user name
	 * @param password required while no such user exists; when set later it resets the
	 * password, which is the documented way to recover a lost admin password
	 */
	public record BootstrapAdmin(@NotBlank String username, String password) {
	}

}
