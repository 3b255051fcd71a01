package gov.maservice.catalog.seed;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import gov.maservice.catalog.config.CatalogProperties;
import gov.maservice.catalog.department.DepartmentData;
import gov.maservice.catalog.department.Departments;
import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.item.CatalogItem;
import gov.maservice.catalog.item.ItemService;
import gov.maservice.catalog.locality.Localities;
import gov.maservice.catalog.locality.LocalityData;
import gov.maservice.catalog.security.Actor;
import jakarta.validation.Validator;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Loads the shipped district catalog on first start: departments, localities, then every
 * item published as edition 1, each with its event in the outbox. It runs only when the
 * catalog has no items, or when an earlier load was interrupted (a {@code RUNNING} marker
 * in {@code catalog_meta}); a resumed load skips what exists, so admin edits are never
 * overwritten. Every entry is checked first by the validator that checks an editor's
 * input; one invalid entry stops the start-up before anything is written
 * ({@link SeedFiles}), instead of a catalog silently missing guides.
 */
@Component
class SeedLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	static final String META = "catalog_meta";

	static final String MARKER = "seed";

	static final String CHANGE_NOTE = "首次发布";

	private final CatalogProperties.Seed properties;

	private final ResourcePatternResolver resources;

	private final MongoOperations mongo;

	private final Departments departments;

	private final Localities localities;

	private final ItemService items;

	private final Validator validator;

	private final JsonMapper jsonMapper;

	SeedLoader(CatalogProperties properties, ResourceLoader resources, MongoOperations mongo, Departments departments,
			Localities localities, ItemService items, Validator validator, JsonMapper jsonMapper) {
		this.properties = properties.seed();
		this.resources = ResourcePatternUtils.getResourcePatternResolver(resources);
		this.mongo = mongo;
		this.departments = departments;
		this.localities = localities;
		this.items = items;
		this.validator = validator;
		this.jsonMapper = jsonMapper;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.properties.enabled()) {
			return;
		}
		if (SeedFiles.itemFiles(this.resources, this.properties.location()).isEmpty()) {
			logger.info("No seed at {}; starting with the catalog as it is", this.properties.location());
			return;
		}
		if (!shouldLoad()) {
			return;
		}
		long started = System.nanoTime();
		SeedFiles seed = SeedFiles.read(this.resources, this.properties.location(), this.jsonMapper, this.validator);
		seed.requireValid();
		markRunning();
		load(seed, started);
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
		return true;
	}

	private void markRunning() {
		try {
			this.mongo.insert(new Document("_id", MARKER).append("status", "RUNNING")
				.append("startedAt", Date.from(Instant.now())), META);
		}
		catch (DuplicateKeyException ex) {
			// An interrupted load being resumed, or another replica that started at the
			// same moment.
			logger.info("A seed load is already marked as running; loading alongside it, existing codes are kept");
		}
	}

	private void load(SeedFiles seed, long started) {
		int departmentsCreated = 0;
		for (DepartmentData data : seed.departments()) {
			if (this.departments.createIfAbsent(data)) {
				departmentsCreated++;
			}
		}
		int localitiesCreated = 0;
		for (LocalityData data : seed.localities()) {
			if (this.localities.createIfAbsent(data)) {
				localitiesCreated++;
			}
		}
		logger.info("Seed: {} departments and {} localities created", departmentsCreated, localitiesCreated);
		Actor actor = Actor.system("seed");
		List<Guide> guides = seed.guides();
		int stored = 0;
		for (int from = 0; from < guides.size(); from += this.properties.batchSize()) {
			List<Guide> batch = guides.subList(from, Math.min(guides.size(), from + this.properties.batchSize()));
			stored += this.items.insertPublished(batch, CHANGE_NOTE, actor).size();
			logger.info("Seed progress: {} of {} items read, {} published", from + batch.size(), guides.size(), stored);
		}
		this.mongo.updateFirst(Query.query(where("_id").is(MARKER)),
				new Update().set("status", "DONE").set("finishedAt", Date.from(Instant.now())).set("items", stored),
				META);
		logger.info("Seed loaded: {} items published, {} already present, in {} ms", stored, guides.size() - stored,
				(System.nanoTime() - started) / 1_000_000);
	}

}
