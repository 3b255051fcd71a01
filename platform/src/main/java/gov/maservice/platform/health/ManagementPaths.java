package gov.maservice.platform.health;

import gov.maservice.platform.security.Roles;

/**
 * Which actuator paths anyone may call and which need an administrator. Orchestrators
 * probe the plain health status, liveness and readiness without a token and see only
 * {@code UP}/{@code DOWN}
 * ({@code management.endpoint.health.show-details=when-authorized}); everything else
 * under {@value #ALL} (health details and components, metrics, Prometheus, info) tells an
 * attacker about disks, clusters and errors, so every security filter chain permits
 * {@link #PUBLIC} and requires {@link #REQUIRED_ROLE} for {@link #ALL}, in that order,
 * before its other rules.
 */
public final class ManagementPaths {

	/**
	 * Probe paths any caller may GET; details are still shown only to
	 * {@link #REQUIRED_ROLE}.
	 */
	public static final String[] PUBLIC = { "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness" };

	/** Every other actuator path. */
	public static final String ALL = "/actuator/**";

	/**
	 * Role (without {@code ROLE_}) that may read health details, metrics and the other
	 * endpoints.
	 */
	public static final String REQUIRED_ROLE = Roles.ADMIN;

	private ManagementPaths() {
	}

}
