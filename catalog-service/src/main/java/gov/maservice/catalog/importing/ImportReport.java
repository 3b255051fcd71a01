package gov.maservice.catalog.importing;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An import job and its report, kept so that a client (or a second admin) can follow a
 * long import with {@code GET /api/v1/imports/{id}} and read the outcome later.
 *
 * @param id job id
 * @param status RUNNING while rows are processed, then COMPLETED
 * @param dryRun whether nothing was written
 * @param format NDJSON or CSV
 * @param total rows in the file
 * @param processed rows processed so far
 * @param created rows that create a new item (with a draft edition)
 * @param updated rows that replace an item's draft
 * @param unchanged rows equal to the item's current working guide
 * @param rejected rows with errors, none of them written
 * @param errors every error: line, item code, field, reason
 * @param rows the outcome of every row
 * @param startedBy {@code sub} of the token
 * @param startedAt start
 * @param finishedAt end, while running {@code null}
 */
@Document(ImportReport.COLLECTION)
public record ImportReport(@Id String id, Status status, boolean dryRun, String format, int total, int processed,
		int created, int updated, int unchanged, int rejected, List<RowError> errors, List<RowOutcome> rows,
		String startedBy, Instant startedAt, Instant finishedAt) {

	static final String COLLECTION = "imports";

	/** Where a job stands. */
	public enum Status {

		RUNNING, COMPLETED

	}

	/** What happened (or, in a dry run, would happen) to a row. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED, REJECTED

	}

	/**
	 * One error of one row.
	 *
	 * @param line line number in the file (CSV: the line the record starts on; header =
	 * line 1)
	 * @param code item code of the row, if readable
	 * @param field the bad field, e.g. {@code materials[0].copies}
	 * @param message the reason
	 */
	public record RowError(int line, String code, String field, String message) {
	}

	/**
	 * The outcome of one row.
	 *
	 * @param line line number
	 * @param code item code, if readable
	 * @param outcome created, updated, unchanged or rejected
	 */
	public record RowOutcome(int line, String code, Outcome outcome) {
	}

}
