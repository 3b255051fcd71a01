package gov.maservice.catalog.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import gov.maservice.catalog.guide.Guide;
import gov.maservice.platform.problem.FieldPaths;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Reads the rows of an import file, JSON lines or CSV, without rejecting the file for one
 * bad row.
 */
@Component
class ImportReader {

	private final JsonMapper jsonMapper;

	ImportReader(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/** One guide per non-blank line. */
	List<ImportRow> readJsonLines(String content) {
		List<ImportRow> rows = new ArrayList<>();
		String[] lines = content.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String text = lines[i];
			if (!text.isBlank()) {
				rows.add(row(i + 1, () -> (ObjectNode) objectTree(this.jsonMapper.readTree(text))));
			}
		}
		return rows;
	}

	/**
	 * A header row naming the columns of {@link GuideCsv#COLUMNS}, then one guide per
	 * record.
	 */
	List<ImportRow> readCsv(String content) throws IOException {
		List<ImportRow> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
			List<String> missing = GuideCsv.COLUMNS.stream()
				.filter((column) -> !parser.getHeaderMap().containsKey(column))
				.toList();
			if (!missing.isEmpty()) {
				rows.add(new ImportRow(1, null, null,
						List.of(new ImportReport.RowError(1, null, "header", "missing columns " + missing))));
				return rows;
			}
			long nextLine = parser.getCurrentLineNumber() + 1;
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					int line = (int) nextLine;
					rows.add(new ImportRow(line, null, null, List.of(new ImportReport.RowError(line, null, "csv",
							"malformed CSV from this line on (unbalanced quotes?)"))));
					break;
				}
				int line = (int) nextLine;
				nextLine = parser.getCurrentLineNumber() + 1;
				Map<String, String> cells = new HashMap<>();
				for (String column : GuideCsv.COLUMNS) {
					cells.put(column, record.isSet(column) ? record.get(column) : null);
				}
				rows.add(row(line, () -> GuideCsv.tree(cells, this.jsonMapper)));
			}
		}
		return rows;
	}

	private ImportRow row(int line, TreeSource source) {
		ObjectNode tree;
		try {
			tree = source.tree();
		}
		catch (GuideCsv.CellException ex) {
			return new ImportRow(line, null, null,
					List.of(new ImportReport.RowError(line, null, ex.column(), ex.getMessage())));
		}
		catch (JacksonException | ClassCastException ex) {
			return new ImportRow(line, null, null,
					List.of(new ImportReport.RowError(line, null, "", "not a JSON object")));
		}
		JsonNode codeNode = tree.get("code");
		String code = (codeNode != null && codeNode.isString()) ? codeNode.asString() : null;
		try {
			return new ImportRow(line, code, this.jsonMapper.treeToValue(tree, Guide.class), List.of());
		}
		catch (JacksonException ex) {
			return new ImportRow(line, code, null, List.of(new ImportReport.RowError(line, code, FieldPaths.of(ex),
					"has a wrong type, an unknown constant or is malformed")));
		}
	}

	private static JsonNode objectTree(JsonNode node) {
		if (!node.isObject()) {
			throw new ClassCastException("not an object");
		}
		return node;
	}

	@FunctionalInterface
	private interface TreeSource {

		ObjectNode tree();

	}

}
