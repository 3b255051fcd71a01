package gov.maservice.catalog.importing;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Stream;

import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.item.CatalogItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Export of every item's working guide (the draft if there is one, else the published
 * guide), in the import formats, so that export followed by import changes nothing.
 */
@RestController
@Tag(name = "Import and export")
class ExportController {

	private final MongoOperations mongo;

	private final JsonMapper jsonMapper;

	ExportController(MongoOperations mongo, JsonMapper jsonMapper) {
		this.mongo = mongo;
		this.jsonMapper = jsonMapper;
	}

	@GetMapping("/api/v1/exports/items.jsonl")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Every item's working guide as JSON lines, ordered by code",
			description = "Re-importable as is. Roles: EDITOR, PUBLISHER, ADMIN (drafts are not public).")
	@ApiResponse(responseCode = "200", description = "application/x-ndjson")
	ResponseEntity<StreamingResponseBody> jsonLines() {
		StreamingResponseBody body = (output) -> {
			Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
			try (Stream<Guide> guides = guides()) {
				for (Guide guide : (Iterable<Guide>) guides::iterator) {
					writer.write(this.jsonMapper.writeValueAsString(guide));
					writer.write('\n');
				}
			}
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ImportController.NDJSON + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("items.jsonl").build().toString())
			.body(body);
	}

	@GetMapping("/api/v1/exports/items.csv")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Every item's working guide as CSV (UTF-8 with BOM), ordered by code", description = """
			Columns and cell format as for import. A cell a spreadsheet would run as a formula (starting with \
			=, +, -, @, tab or carriage return) or starting with a single quote is written with a leading \
			single quote, so opening the file in Excel or WPS runs nothing; import removes that quote again. \
			guardFormulas=false writes cells as they are (for tools that are not spreadsheets). \
			Roles: EDITOR, PUBLISHER, ADMIN.""")
	@ApiResponse(responseCode = "200", description = "text/csv")
	ResponseEntity<StreamingResponseBody> csv(
			@Parameter(description = "prefix formula-leading cells with '") @RequestParam(
					defaultValue = "true") boolean guardFormulas) {
		StreamingResponseBody body = (output) -> {
			Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVFormat format = CSVFormat.RFC4180.builder().setHeader(GuideCsv.COLUMNS.toArray(String[]::new)).get();
			try (Stream<Guide> guides = guides(); CSVPrinter printer = new CSVPrinter(writer, format)) {
				for (Guide guide : (Iterable<Guide>) guides::iterator) {
					printer.printRecord(GuideCsv.cells(guide, this.jsonMapper, guardFormulas));
				}
				printer.flush();
			}
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("items.csv").build().toString())
			.body(body);
	}

	private Stream<Guide> guides() {
		Query query = new Query().with(Sort.by("_id"));
		return this.mongo.stream(query, CatalogItem.class).map(CatalogItem::workingGuide).filter(Objects::nonNull);
	}

}
