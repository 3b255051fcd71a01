package gov.maservice.notification.changes;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import gov.maservice.notification.locality.LocalityDirectory;

/**
 * Which changes a feed reader or a webhook subscription wants. A filter restricts only
 * changes that carry its dimension: a department filter passes notices (which have no
 * department), a locality filter passes department changes. Localities follow the
 * hierarchy as boards do: a change addressed to the locality, to an enclosing town or the
 * district, or to a locality inside it matches.
 *
 * @param types short type names (empty: all)
 * @param departments department codes (empty: all)
 * @param localityPaths for each locality asked for, the locality and every enclosing one,
 * innermost first (empty: all)
 */
public record ChangeFilter(Set<String> types, Set<String> departments, List<List<String>> localityPaths) {

	/** Matches everything. */
	public static final ChangeFilter ALL = new ChangeFilter(Set.of(), Set.of(), List.of());

	public ChangeFilter {
		types = Set.copyOf(types);
		departments = Set.copyOf(departments);
		localityPaths = localityPaths.stream().map(List::copyOf).toList();
	}

	/** A filter with the localities' paths looked up in the directory. */
	public static Mono<ChangeFilter> resolve(Collection<String> types, Collection<String> departments,
			Collection<String> localities, LocalityDirectory directory) {
		return Flux.fromIterable(localities)
			.concatMap(directory::pathOf)
			.collectList()
			.map((paths) -> new ChangeFilter(Set.copyOf(types), Set.copyOf(departments), paths));
	}

	/** Whether the change passes every dimension of this filter. */
	public boolean matches(Change change) {
		if (!this.types.isEmpty() && !this.types.contains(change.type())) {
			return false;
		}
		if (!this.departments.isEmpty() && change.department() != null
				&& !this.departments.contains(change.department())) {
			return false;
		}
		if (this.localityPaths.isEmpty() || change.areas().isEmpty()) {
			return true;
		}
		for (List<String> path : this.localityPaths) {
			String locality = path.get(0);
			if (change.reach().contains(locality) || change.areas().stream().anyMatch(path::contains)) {
				return true;
			}
		}
		return false;
	}

}
