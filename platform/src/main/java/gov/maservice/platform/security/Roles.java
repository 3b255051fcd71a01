package gov.maservice.platform.security;

/**
 * Role names carried in the {@code roles} claim of the gateway's tokens; every service
 * maps them to {@code ROLE_<name>} authorities the same way.
 */
public final class Roles {

	/** Claim holding the roles. */
	public static final String CLAIM = "roles";

	/** Claim holding the department codes an editor may edit (empty: all). */
	public static final String DEPARTMENTS_CLAIM = "departments";

	/** May do everything. */
	public static final String ADMIN = "ADMIN";

	/** Publishes and withdraws guides, issues notices, runs boards. */
	public static final String PUBLISHER = "PUBLISHER";

	/** Edits drafts of their departments. */
	public static final String EDITOR = "EDITOR";

	private Roles() {
	}

}
