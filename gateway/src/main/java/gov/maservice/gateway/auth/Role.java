package gov.maservice.gateway.auth;

/**
 * What an admin user may do; carried in the token's {@code roles} claim and mapped to
 * {@code ROLE_<name>} authorities by every service.
 */
public enum Role {

	/** Everything, including users and API keys. */
	ADMIN,

	/** Publishes and withdraws guides, broadcasts notices. */
	PUBLISHER,

	/** Edits drafts, limited to the departments on the account (none listed = all). */
	EDITOR

}
