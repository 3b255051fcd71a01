package gov.maservice.catalog.security;

/** Role names carried in the {@code roles} claim of the gateway's tokens (docs/ARCHITECTURE.md). */
public final class Roles {

	/** Claim holding the roles. */
	public static final String CLAIM = "roles";

	/** May do everything. */
	public static final String ADMIN = "ADMIN";

	/** Publishes and withdraws guides. */
	public static final String PUBLISHER = "PUBLISHER";

	/** Edits drafts of their departments. */
	public static final String EDITOR = "EDITOR";

	private Roles() {
	}

}
