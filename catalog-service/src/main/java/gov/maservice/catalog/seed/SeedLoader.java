package gov.maservice.catalog.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import gov.maservice.catalog.config.CatalogProperties;
import gov.maservice.catalog.department.DepartmentData;
import gov.maservice.catalog.department.Departments;
import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.item.CatalogItem;
import gov.maservice.catalog.item.GuideReferences;
import gov.maservice.catalog.item.ItemService;
import gov.maservice.catalog.locality.Localities;
import gov.maservice.catalog.locality.LocalityData;
import gov.maservice.catalog.security.Actor;
import gov.maservice.platform.problem.FieldMessage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Loads the shipped district catalog on first start: departments, localities, then every item
 * published as edition 1 (major, 首次发布), each with its event in the outbox. It runs only when
 * the catalog has no items, or when an earlier load was interrupted (a {@code RUNNING} marker in
 * {@code catalog_meta}); a resumed load skips what exists, so admin edits are never overwritten.
 */
@Component
class SeedLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	static final String META = "catalog_meta";

	static final String MARKER = "seed";

	static final String CHANGE_NOTE = "首次发布";

	private final CatalogProperties.Seed properties;

	private final ResourceLoader resources;

	private final MongoOperations mongo;

	private final Departments departments;

	private final Localities localities;

	private final ItemService items;

	private final GuideReferences references;

	private final Validator validator;

	private final JsonMapper jsonMapper;

	SeedLoader(CatalogProperties properties, ResourceLoader resources, MongoOperations mongo, Departments departments,
			Localities localities, ItemService items, GuideReferences references, Validator validator,
			JsonMapper jsonMapper) {
		this.properties = properties.seed();
		this.resources = resources;
		this.mongo = mongo;
		this.departments = departments;
		this.localities = localities;
		this.items = items;
		this.references = references;
		this.validator = validator;
		this.jsonMapper = jsonMapper;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.properties.enabled()) {
			return;
		}
		Resource base = this.resources.getResource(withSlash(this.properties.location()));
		Resource itemsFile = base.createRelative("items.jsonl.gz");
		if (!itemsFile.exists()) {
			itemsFile = base.createRelative("items.jsonl");
		}
		if (!itemsFile.exists()) {
			logger.info("No seed at {}; starting with the catalog as it is", this.properties.location());
			return;
		}
		if (!shouldLoad()) {
			return;
		}
		load(base, itemsFile);
	}

	/** Whether to load: the catalog is empty, or an earlier load did not finish. */
	private boolean shouldLoad() {
		Document marker = this.mongo.findById(MARKER, Document.class, META);
		if (marker != null) {
			if ("DONE".equals(marker.getString("status"))) {
				logger.info("Seed already loaded on {}; not loading again", marker.getDate("finishedAt"));
				return false;
			}
			logger.info("Resuming a seed load that was interrupted; existing codes are kept as they are");
			return true;
		}
		if (this.mongo.count(new Query().limit(1), CatalogItem.COLLECTION) > 0) {
			logger.info("Catalog is not empty; the seed is not loaded, so no admin edit is overwritten");
			return false;
		}
		try {
			this.mongo.insert(new Document("_id", MARKER).append("status", "RUNNING").append("startedAt",
					Date.from(Instant.now())), META);
		}
		catch (DuplicateKeyException ex) {
			logger.info("Another replica started loading the seed at the same moment; resuming alongside it");
		}
		return true;
	}

	private void load(Resource base, Resource itemsFile) throws IOException {
		long started = System.nanoTime();
		int departmentsCreated = 0;
		for (DepartmentData data : readArray(base.createRelative("departments.json"),
				new TypeReference<List<DepartmentData>>() {
				})) {
			if (valid(data, "departments.json " + data.code()) && this.departments.createIfAbsent(data)) {
				departmentsCreated++;
			}
		}
		int localitiesCreated = 0;
		for (LocalityData data : readArray(base.createRelative("localities.json"),
				new TypeReference<List<LocalityData>>() {
				})) {
			if (valid(data, "localities.json " + data.code()) && this.localities.createIfAbsent(data)) {
				localitiesCreated++;
			}
		}
		logger.info("Seed: {} departments and {} localities created", departmentsCreated, localitiesCreated);
		ItemCounts counts = loadItems(itemsFile);
		this.mongo.updateFirst(Query.query(where("_id").is(MARKER)),
				new Update().set("status", "DONE")
					.set("finishedAt", Date.from(Instant.now()))
					.set("items", counts.stored()),
				META);
		logger.info("Seed loaded: {} items published, {} already present, {} rejected, in {} ms", counts.stored(),
				counts.present(), counts.rejected(), (System.nanoTime() - started) / 1_000_000);
	}

	private ItemCounts loadItems(Resource itemsFile) throws IOException {
		Actor seed = Actor.system("seed");
		int lineNumber = 0;
		int stored = 0;
		int seen = 0;
		int rejected = 0;
		List<Guide> batch = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(itemsFile), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				Guide guide = parse(line, lineNumber);
				if (guide == null) {
					rejected++;
					continue;
				}
				seen++;
				batch.add(guide);
				if (batch.size() >= this.properties.batchSize()) {
					stored += this.items.insertPublished(batch, CHANGE_NOTE, seed).size();
					batch.clear();
					logger.info("Seed progress: {} items read, {} published", seen, stored);
				}
			}
		}
		if (!batch.isEmpty()) {
			stored += this.items.insertPublished(batch, CHANGE_NOTE, seed).size();
		}
		return new ItemCounts(stored, seen - stored, rejected);
	}

	private Guide parse(String line, int lineNumber) {
		Guide guide;
		try {
			guide = this.jsonMapper.readValue(line, Guide.class);
		}
		catch (JacksonException ex) {
			logger.warn("Seed item on line {} is not a guide: {}", lineNumber, ex.getOriginalMessage());
			return null;
		}
		Set<ConstraintViolation<Guide>> violations = this.validator.validate(guide);
		List<FieldMessage> errors = new ArrayList<>();
		violations.forEach((violation) -> errors
			.add(new FieldMessage(violation.getPropertyPath().toString(), violation.getMessage())));
		if (errors.isEmpty()) {
			errors.addAll(this.references.check(guide, ""));
		}
		if (!errors.isEmpty()) {
			logger.warn("Seed item {} on line {} is incomplete and skipped: {}", guide.code(), lineNumber, errors);
			return null;
		}
		return guide;
	}

	private <T> boolean valid(T data, String what) {
		Set<ConstraintViolation<T>> violations = this.validator.validate(data);
		if (!violations.isEmpty()) {
			logger.warn("Seed entry {} is invalid and skipped: {}", what, violations.stream()
				.map((violation) -> violation.getPropertyPath() + " " + violation.getMessage())
				.toList());
			return false;
		}
		return true;
	}

	private <T> List<T> readArray(Resource resource, TypeReference<List<T>> type) throws IOException {
		if (!resource.exists()) {
			logger.warn("Seed file {} is missing", resource.getFilename());
			return List.of();
		}
		try (InputStream input = resource.getInputStream()) {
			return this.jsonMapper.readValue(input, type);
		}
	}

	private static InputStream open(Resource resource) throws IOException {
		InputStream input = resource.getInputStream();
		String name = resource.getFilename();
		return (name != null && name.endsWith(".gz")) ? new GZIPInputStream(input, 65536) : input;
	}

	private static String withSlash(String location) {
		return location.endsWith("/") ? location : location + "/";
	}

	private record ItemCounts(int stored, int present, int rejected) {
	}

}
