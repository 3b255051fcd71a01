package gov.maservice.catalog.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import gov.maservice.catalog.config.CatalogProperties;
import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.importing.ImportReport.Outcome;
import gov.maservice.catalog.importing.ImportReport.RowError;
import gov.maservice.catalog.importing.ImportReport.RowOutcome;
import gov.maservice.catalog.item.CatalogItem;
import gov.maservice.catalog.item.GuideReferences;
import gov.maservice.catalog.item.ItemService;
import gov.maservice.catalog.security.Actor;
import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Bulk import of guides as drafts. Every row is checked like an API request
 * (completeness, existing department and localities, no code twice in one file); a good
 * row creates the item or replaces its draft, a row equal to the item's working guide
 * changes nothing, a bad row is reported and skipped. Importing the same file twice
 * therefore changes nothing the second time. Runs synchronously; progress is logged and
 * kept in the job document every {@value #PROGRESS_EVERY} rows for {@code GET
 * /api/v1/imports/{id}}.
 */
@Service
class ImportService {

	private static final Logger logger = LoggerFactory.getLogger(ImportService.class);

	static final int PROGRESS_EVERY = 100;

	private final ImportReader reader;

	private final ItemService items;

	private final GuideReferences references;

	private final Validator validator;

	private final MongoOperations mongo;

	private final JsonMapper jsonMapper;

	private final CatalogProperties.Imports properties;

	ImportService(ImportReader reader, ItemService items, GuideReferences references, Validator validator,
			MongoOperations mongo, JsonMapper jsonMapper, CatalogProperties properties) {
		this.reader = reader;
		this.items = items;
		this.references = references;
		this.validator = validator;
		this.mongo = mongo;
		this.jsonMapper = jsonMapper;
		this.properties = properties.imports();
	}

	ImportReport importItems(InputStream body, ImportFormat format, boolean dryRun, Actor actor) throws IOException {
		String content = read(body);
		List<ImportRow> rows = (format == ImportFormat.CSV) ? this.reader.readCsv(content)
				: this.reader.readJsonLines(content);
		if (rows.size() > this.properties.maxRows()) {
			throw Problems.tooLarge("The file has " + rows.size() + " rows; at most " + this.properties.maxRows()
					+ " are accepted per import");
		}
		String id = UUID.randomUUID().toString();
		Instant started = Instant.now();
		this.mongo.insert(new ImportReport(id, ImportReport.Status.RUNNING, dryRun, format.name(), rows.size(), 0, 0, 0,
				0, 0, List.of(), List.of(), actor.subject(), started, null));
		logger.info("Import {} ({}, {}dry run) of {} rows started by {}", id, format, dryRun ? "" : "no ", rows.size(),
				actor.subject());
		List<RowError> errors = new ArrayList<>();
		List<RowOutcome> outcomes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int[] counts = new int[Outcome.values().length];
		for (ImportRow row : rows) {
			List<RowError> rowErrors = new ArrayList<>(row.errors());
			Outcome outcome = Outcome.REJECTED;
			if (rowErrors.isEmpty()) {
				Guide guide = row.guide();
				rowErrors.addAll(check(row.line(), guide));
				if (rowErrors.isEmpty() && !seen.add(guide.code())) {
					rowErrors
						.add(new RowError(row.line(), guide.code(), "code", "appears more than once in this file"));
				}
				if (rowErrors.isEmpty()) {
					try {
						outcome = apply(guide, dryRun, actor);
					}
					catch (ErrorResponseException ex) {
						rowErrors.add(new RowError(row.line(), guide.code(), "", ex.getBody().getDetail()));
					}
				}
			}
			if (!rowErrors.isEmpty()) {
				outcome = Outcome.REJECTED;
				errors.addAll(rowErrors);
			}
			counts[outcome.ordinal()]++;
			outcomes.add(new RowOutcome(row.line(), row.code(), outcome));
			if (outcomes.size() % PROGRESS_EVERY == 0) {
				this.mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("processed", outcomes.size()),
						ImportReport.class);
				logger.info("Import {}: {}/{} rows processed", id, outcomes.size(), rows.size());
			}
		}
		ImportReport report = new ImportReport(id, ImportReport.Status.COMPLETED, dryRun, format.name(), rows.size(),
				outcomes.size(), counts[Outcome.CREATED.ordinal()], counts[Outcome.UPDATED.ordinal()],
				counts[Outcome.UNCHANGED.ordinal()], counts[Outcome.REJECTED.ordinal()], errors, outcomes,
				actor.subject(), started, Instant.now());
		this.mongo.save(report);
		logger.info("Import {} finished: {} created, {} updated, {} unchanged, {} rejected", id, report.created(),
				report.updated(), report.unchanged(), report.rejected());
		return report;
	}

	ImportReport find(String id) {
		ImportReport report = this.mongo.findById(id, ImportReport.class);
		if (report == null) {
			throw Problems.notFound("Import", id);
		}
		return report;
	}

	private List<RowError> check(int line, Guide guide) {
		List<RowError> errors = new ArrayList<>();
		this.validator.validate(guide)
			.forEach((violation) -> errors
				.add(new RowError(line, guide.code(), violation.getPropertyPath().toString(), violation.getMessage())));
		if (errors.isEmpty()) {
			for (FieldMessage error : this.references.check(guide, "")) {
				errors.add(new RowError(line, guide.code(), error.field(), error.message()));
			}
		}
		errors.sort(Comparator.comparing(RowError::field));
		return errors;
	}

	private Outcome apply(Guide guide, boolean dryRun, Actor actor) {
		CatalogItem item = this.mongo.findById(guide.code(), CatalogItem.class);
		if (item == null) {
			if (!dryRun) {
				this.items.create(guide, actor);
			}
			return Outcome.CREATED;
		}
		if (GuideComparison.same(item.workingGuide(), guide, this.jsonMapper)) {
			return Outcome.UNCHANGED;
		}
		if (!dryRun) {
			this.items.saveDraft(guide.code(), item.version(), guide, actor);
		}
		return Outcome.UPDATED;
	}

	private String read(InputStream body) throws IOException {
		long limit = this.properties.maxSize().toBytes();
		byte[] bytes = body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
		if (bytes.length > limit) {
			throw Problems.tooLarge("The import exceeds the limit of " + limit + " bytes");
		}
		return ImportEncoding.decode(bytes);
	}

}
