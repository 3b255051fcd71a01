package gov.maservice.catalog.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import gov.maservice.platform.security.Roles;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who performs a write: the token's {@code sub}, roles and (for editors) departments, or
 * the system itself (seed, import). Kept in the audit trail of every item.
 *
 * @param subject {@code sub} of the token, or {@code system:<name>}
 * @param roles {@code ADMIN}, {@code PUBLISHER}, {@code EDITOR}
 * @param departments departments an editor may edit; empty means all
 */
public record Actor(String subject, Set<String> roles, List<String> departments) {

	public Actor {
		roles = Set.copyOf(roles);
		departments = List.copyOf(departments);
	}

	/**
	 * The system acting on its own, e.g. {@code system("seed")}; it may do everything.
	 */
	public static Actor system(String name) {
		return new Actor("system:" + name, Set.of(Roles.ADMIN), List.of());
	}

	/** The user of the current request, from the verified JWT. */
	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			Jwt jwt = token.getToken();
			List<String> roles = jwt.getClaimAsStringList(Roles.CLAIM);
			List<String> departments = jwt.getClaimAsStringList(Roles.DEPARTMENTS_CLAIM);
			return new Actor(jwt.getSubject(), Set.copyOf((roles != null) ? roles : List.of()),
					(departments != null) ? departments : List.of());
		}
		throw new IllegalStateException("No authenticated user in this request");
	}

	/**
	 * The user of the current request if it carries a verified JWT; empty for anonymous
	 * callers of public reads, which then see published content only.
	 */
	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof JwtAuthenticationToken) ? Optional.of(current()) : Optional.empty();
	}

	/** Whether this actor is staff at all (an editor, publisher or admin). */
	public boolean isStaff() {
		return this.roles.contains(Roles.ADMIN) || this.roles.contains(Roles.PUBLISHER)
				|| this.roles.contains(Roles.EDITOR);
	}

	/**
	 * Whether this actor may edit drafts of the department: publishers and admins
	 * everywhere, editors in theirs.
	 */
	public boolean mayEdit(String departmentCode) {
		if (this.roles.contains(Roles.ADMIN) || this.roles.contains(Roles.PUBLISHER)) {
			return true;
		}
		return this.roles.contains(Roles.EDITOR)
				&& (this.departments.isEmpty() || this.departments.contains(departmentCode));
	}

}
