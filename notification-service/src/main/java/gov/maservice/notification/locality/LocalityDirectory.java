package gov.maservice.notification.locality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Answers questions about the locality hierarchy: is a code known, what encloses it, what
 * is it called. The projection of the catalog's directory is asked first; when it does
 * not know a code, the structure of the 12-digit statistical division codes decides
 * (village {@code 410471100201} lies in town {@code 410471100000}, which lies in the
 * district), so a board registered before the catalog announced its village still
 * receives town-wide notices.
 */
@Service
public class LocalityDirectory {

	/** URL-safe codes, as everywhere in the system. */
	public static final String CODE_PATTERN = "[A-Za-z0-9_-]{1,64}";

	private static final Pattern DIVISION_CODE = Pattern.compile("\\d{12}");

	private static final int MAX_DEPTH = 8;

	private final LocalityRepository localities;

	private final DistrictProperties district;

	LocalityDirectory(LocalityRepository localities, DistrictProperties district) {
		this.localities = localities;
		this.district = district;
	}

	/** The district code: a notice addressed to it reaches every board. */
	public String districtCode() {
		return this.district.code();
	}

	public String districtName() {
		return this.district.name();
	}

	/**
	 * Whether notices and boards may use this code. The district is always known; any
	 * well-formed code is accepted until the projection knows at least one locality, then
	 * only the codes it knows.
	 */
	public Mono<Boolean> isKnown(String code) {
		if (code == null || !code.matches(CODE_PATTERN)) {
			return Mono.just(false);
		}
		if (code.equals(this.district.code())) {
			return Mono.just(true);
		}
		return this.localities.existsById(code)
			.flatMap((exists) -> exists ? Mono.just(true) : this.localities.count().map((count) -> count == 0));
	}

	/** The codes among these that are not known (see {@link #isKnown(String)}). */
	public Mono<List<String>> unknown(List<String> codes) {
		return reactor.core.publisher.Flux.fromIterable(new LinkedHashSet<>(codes))
			.concatMap((code) -> isKnown(code).filter((known) -> !known).map((known) -> code))
			.collectList();
	}

	/**
	 * The locality and every locality enclosing it up to and including the district,
	 * innermost first. A notice reaches a board when one of its area codes is on the
	 * board's path.
	 */
	public Mono<List<String>> pathOf(String code) {
		return climb(code, new ArrayList<>(List.of(code)));
	}

	private Mono<List<String>> climb(String code, List<String> path) {
		if (code.equals(this.district.code()) || path.size() >= MAX_DEPTH) {
			return Mono.just(finish(path));
		}
		return this.localities.findById(code)
			.map(Locality::parentCode)
			.filter((parent) -> parent != null && !parent.isBlank())
			.switchIfEmpty(Mono.fromSupplier(() -> structuralParent(code)))
			.flatMap((parent) -> {
				if (path.contains(parent)) {
					return Mono.just(finish(path));
				}
				path.add(parent);
				return climb(parent, path);
			});
	}

	private List<String> finish(List<String> path) {
		Set<String> unique = new LinkedHashSet<>(path);
		unique.add(this.district.code());
		return List.copyOf(unique);
	}

	/** Parent by the statistical code structure: village → town/street → district. */
	String structuralParent(String code) {
		if (DIVISION_CODE.matcher(code).matches()) {
			if (!code.endsWith("000")) {
				return code.substring(0, 9) + "000";
			}
			if (!code.endsWith("000000")) {
				return this.district.code();
			}
		}
		return this.district.code();
	}

	/**
	 * Display name of an area, for CAP {@code areaDesc}; the code itself when unknown.
	 */
	public Mono<String> nameOf(String code) {
		if (code.equals(this.district.code())) {
			return Mono.just(this.district.name());
		}
		return this.localities.findById(code).map(Locality::name).defaultIfEmpty(code);
	}

}
