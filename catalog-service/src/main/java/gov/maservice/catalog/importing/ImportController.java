package gov.maservice.catalog.importing;

import java.io.IOException;
import java.net.URI;

import gov.maservice.catalog.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bulk import of guides as drafts, with a dry run that reports every bad row. */
@RestController
@Tag(name = "Import and export", description = "Bulk import (JSON lines, CSV) and export of guides")
class ImportController {

	static final String NDJSON = "application/x-ndjson";

	static final String JSONL = "application/jsonl";

	static final String CSV = "text/csv";

	private static final String REPORT_EXAMPLE = """
			{"id":"6f1c...","status":"COMPLETED","dryRun":true,"format":"CSV","total":3,"processed":3,"created":1,\
			"updated":0,"unchanged":1,"rejected":1,"errors":[{"line":4,"code":"410471-XK00101-009",\
			"field":"materials","message":"must not be empty"}],"rows":[{"line":2,"code":"410471-XK00101-001",\
			"outcome":"UNCHANGED"},{"line":3,"code":"410471-XK00101-008","outcome":"CREATED"},\
			{"line":4,"code":"410471-XK00101-009","outcome":"REJECTED"}],"startedBy":"admin",\
			"startedAt":"2026-11-26T09:00:00Z","finishedAt":"2026-11-26T09:00:01Z"}""";

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/imports", consumes = { NDJSON, JSONL, CSV })
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Import guides as drafts (JSON lines or CSV)", description = """
			Content-Type application/x-ndjson: one guide JSON per line (docs/GUIDE-MODEL.md). \
			Both formats: UTF-8 or UTF-16 with a byte-order mark, else UTF-8, else GB18030/GBK (as Excel and \
			WPS save CSV on Chinese Windows); a file that decodes in none of them is refused with 400 naming the \
			line, and nothing is stored. \
			Content-Type text/csv: a header row with the columns code, basicCode, name, \
			shortName, parentCode, situation, itemType, caseType, targets, departmentCode, level, localityCodes, \
			legalBasis, conditions, materials, process, statutoryDays, promisedDays, fee, channels, contacts, faq; \
			list and object columns hold JSON (e.g. ["NATURAL_PERSON"]), empty cells are absent values; one \
			leading single quote before =, +, -, @, tab, CR or a quote is removed (the export's formula guard). \
			Each good row creates the item (DRAFT) or replaces its draft; a row equal to the item's working \
			guide (draft, else published) is UNCHANGED; bad rows are reported with line, field and reason and \
			skipped. Idempotent: the same file twice changes nothing the second time. dryRun=true writes \
			nothing. Synchronous: the answer is the finished report; GET /api/v1/imports/{id} shows a running \
			import's progress. Roles: PUBLISHER, ADMIN.""")
	@ApiResponse(responseCode = "200", description = "The report",
			content = @Content(examples = @ExampleObject(value = REPORT_EXAMPLE)))
	@ApiResponse(responseCode = "400", description = "The file decodes in none of the accepted encodings",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "413", description = "File or row count over the limit",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "415", description = "Neither JSON lines nor CSV",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<ImportReport> importItems(
			@Parameter(description = "report only, write nothing") @RequestParam(defaultValue = "false") boolean dryRun,
			HttpServletRequest request) throws IOException {
		MediaType type = MediaType.parseMediaType(request.getContentType());
		ImportFormat format = type.isCompatibleWith(MediaType.parseMediaType(CSV)) ? ImportFormat.CSV
				: ImportFormat.NDJSON;
		ImportReport report = this.imports.importItems(request.getInputStream(), format, dryRun, Actor.current());
		return ResponseEntity.ok().location(URI.create("/api/v1/imports/" + report.id())).body(report);
	}

	@GetMapping("/api/v1/imports/{id}")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "An import job: progress while running, the report when completed",
			description = "Roles: PUBLISHER, ADMIN.")
	@ApiResponse(responseCode = "200", description = "The job")
	@ApiResponse(responseCode = "404", description = "Unknown id",
			content = @Content(mediaType = "application/problem+json"))
	ImportReport job(@PathVariable @Pattern(regexp = "[0-9a-f-]{36}", message = "must be an import id") String id) {
		return this.imports.find(id);
	}

}
