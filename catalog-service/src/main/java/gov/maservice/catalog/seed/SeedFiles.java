package gov.maservice.catalog.seed;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import gov.maservice.catalog.department.DepartmentData;
import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.locality.LocalityData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The seed catalog as shipped: {@code departments.json}, {@code localities.json} and
 * {@code items/*.json} (one JSON array of complete guides per file), read with the
 * application's JSON mapper and checked by the same validator as an editor's input, so
 * that no entry an editor could not save ever reaches the store. Guides may only name
 * departments and localities of the seed itself, because the seed creates those before
 * its guides.
 */
final class SeedFiles {

	static final String DEPARTMENTS = "departments.json";

	static final String LOCALITIES = "localities.json";

	static final String ITEMS = "items/*.json";

	private final List<DepartmentData> departments = new ArrayList<>();

	private final List<LocalityData> localities = new ArrayList<>();

	private final List<Guide> guides = new ArrayList<>();

	private final List<String> problems = new ArrayList<>();

	private final String location;

	private SeedFiles(String location) {
		this.location = location;
	}

	/**
	 * The guide files of a seed, in file-name order.
	 * @param resources resolves {@code classpath:} and {@code file:} locations, inside a
	 * jar too
	 * @param location the seed folder
	 * @return the guide files; empty when there is no seed at the location
	 * @throws IOException when the location cannot be listed
	 */
	static List<Resource> itemFiles(ResourcePatternResolver resources, String location) throws IOException {
		Resource[] found = resources.getResources(withSlash(location) + ITEMS);
		return Arrays.stream(found)
			.filter(Resource::exists)
			.sorted(Comparator.comparing((resource) -> Objects.requireNonNullElse(resource.getFilename(), "")))
			.toList();
	}

	/**
	 * Reads and checks every entry of the seed at a location.
	 * @param resources resolves the location
	 * @param location the seed folder
	 * @param jsonMapper the mapper that reads request bodies
	 * @param validator the validator that checks request bodies
	 * @return the seed with its problems, if any
	 * @throws IOException when a file cannot be read
	 */
	static SeedFiles read(ResourcePatternResolver resources, String location, JsonMapper jsonMapper,
			Validator validator) throws IOException {
		SeedFiles seed = new SeedFiles(location);
		String base = withSlash(location);
		seed.readArray(resources.getResource(base + DEPARTMENTS), DEPARTMENTS, DepartmentData.class, jsonMapper,
				validator, seed.departments);
		seed.readArray(resources.getResource(base + LOCALITIES), LOCALITIES, LocalityData.class, jsonMapper, validator,
				seed.localities);
		List<Resource> itemFiles = itemFiles(resources, location);
		if (itemFiles.isEmpty()) {
			seed.problems.add(ITEMS + ": no guide files");
		}
		for (Resource file : itemFiles) {
			seed.readArray(file, "items/" + file.getFilename(), Guide.class, jsonMapper, validator, seed.guides);
		}
		seed.checkReferences();
		return seed;
	}

	List<DepartmentData> departments() {
		return this.departments;
	}

	List<LocalityData> localities() {
		return this.localities;
	}

	List<Guide> guides() {
		return this.guides;
	}

	/** One line per invalid entry: file, position or code, field and what is wrong. */
	List<String> problems() {
		return this.problems;
	}

	/**
	 * Refuses a seed with any invalid entry as a whole, so that a catalog is never half
	 * seeded.
	 * @throws InvalidSeedException naming every problem
	 */
	void requireValid() {
		if (!this.problems.isEmpty()) {
			throw new InvalidSeedException(this.location, this.problems);
		}
	}

	private <T> void readArray(Resource resource, String name, Class<T> type, JsonMapper jsonMapper,
			Validator validator, List<T> into) throws IOException {
		if (!resource.exists()) {
			this.problems.add(name + ": missing");
			return;
		}
		JsonNode array;
		try (InputStream input = resource.getInputStream()) {
			array = jsonMapper.readTree(input);
		}
		catch (JacksonException ex) {
			this.problems.add(name + ": not JSON: " + ex.getOriginalMessage());
			return;
		}
		if (array == null || !array.isArray()) {
			this.problems.add(name + ": not a JSON array");
			return;
		}
		for (int i = 0; i < array.size(); i++) {
			String where = name + "[" + i + "]";
			T entry;
			try {
				entry = jsonMapper.treeToValue(array.get(i), type);
			}
			catch (JacksonException ex) {
				this.problems.add(where + ": not a valid " + type.getSimpleName() + ": " + ex.getOriginalMessage());
				continue;
			}
			if (entry == null) {
				this.problems.add(where + ": null");
				continue;
			}
			Set<ConstraintViolation<T>> violations = validator.validate(entry);
			if (violations.isEmpty()) {
				into.add(entry);
			}
			violations.stream()
				.map((violation) -> where + " " + violation.getPropertyPath() + ": " + violation.getMessage())
				.sorted()
				.forEach(this.problems::add);
		}
	}

	private void checkReferences() {
		Set<String> departmentCodes = codes(this.departments, DepartmentData::code, DEPARTMENTS);
		Set<String> localityCodes = codes(this.localities, LocalityData::code, LOCALITIES);
		codes(this.guides, Guide::code, "items");
		for (Guide guide : this.guides) {
			if (!departmentCodes.contains(guide.departmentCode())) {
				this.problems.add("items " + guide.code() + " departmentCode: department '" + guide.departmentCode()
						+ "' is not in the seed");
			}
			for (String code : guide.localityCodes()) {
				if (!localityCodes.contains(code)) {
					this.problems
						.add("items " + guide.code() + " localityCodes: locality '" + code + "' is not in the seed");
				}
			}
		}
	}

	private <T> Set<String> codes(List<T> entries, Function<T, String> code, String name) {
		Set<String> codes = new HashSet<>();
		for (T entry : entries) {
			if (!codes.add(code.apply(entry))) {
				this.problems.add(name + " " + code.apply(entry) + ": the code appears twice");
			}
		}
		return codes;
	}

	private static String withSlash(String location) {
		return location.endsWith("/") ? location : location + "/";
	}

	/**
	 * A seed with invalid entries: the catalog refuses to start from it rather than load
	 * part of it.
	 */
	static final class InvalidSeedException extends IllegalStateException {

		private static final int SHOWN = 50;

		private final List<String> problems;

		InvalidSeedException(String location, List<String> problems) {
			super("The seed at " + location + " has " + problems.size() + " invalid entr"
					+ ((problems.size() == 1) ? "y" : "ies")
					+ "; nothing was loaded. Fix the seed (for the shipped one:"
					+ " tools/seed-generator) or set catalog.seed.enabled=false:\n  "
					+ String.join("\n  ", problems.subList(0, Math.min(SHOWN, problems.size())))
					+ ((problems.size() > SHOWN) ? "\n  ... and " + (problems.size() - SHOWN) + " more" : ""));
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return this.problems;
		}

	}

}
