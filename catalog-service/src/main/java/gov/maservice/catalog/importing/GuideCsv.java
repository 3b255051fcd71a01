package gov.maservice.catalog.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import gov.maservice.catalog.guide.Guide;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CSV shape of a guide: one row per item, one column per top-level guide field, in
 * {@link #COLUMNS} order. Text and number fields are plain cells (empty = absent); list and object
 * fields ({@link #JSON_COLUMNS}) are JSON cells, e.g. {@code ["NATURAL_PERSON"]} or
 * {@code {"charged":false}}. Spreadsheet tools keep such cells intact, and the mapping is
 * lossless, so export and import round-trip.
 */
final class GuideCsv {

	/** Header of the CSV, in this order. */
	static final List<String> COLUMNS = List.of("code", "basicCode", "name", "shortName", "parentCode", "situation",
			"itemType", "caseType", "targets", "departmentCode", "level", "localityCodes", "legalBasis",
			"conditions", "materials", "process", "statutoryDays", "promisedDays", "fee", "channels", "contacts",
			"faq");

	/** Columns holding JSON. */
	static final Set<String> JSON_COLUMNS = Set.of("targets", "localityCodes", "legalBasis", "conditions",
			"materials", "process", "fee", "channels", "contacts", "faq");

	/** Columns holding whole numbers. */
	static final Set<String> NUMBER_COLUMNS = Set.of("statutoryDays", "promisedDays");

	private GuideCsv() {
	}

	/** The cells of one guide, in column order. */
	static List<String> cells(Guide guide, JsonMapper jsonMapper) {
		JsonNode tree = jsonMapper.valueToTree(guide);
		return COLUMNS.stream().map((column) -> {
			JsonNode value = tree.get(column);
			if (value == null || value.isNull()) {
				return "";
			}
			return JSON_COLUMNS.contains(column) ? jsonMapper.writeValueAsString(value) : value.asString();
		}).toList();
	}

	/**
	 * The guide JSON of one row.
	 * @param row cells by column name
	 * @param jsonMapper the mapper
	 * @return the JSON tree
	 * @throws CellException when a JSON or number cell is malformed
	 */
	static ObjectNode tree(Map<String, String> row, JsonMapper jsonMapper) {
		ObjectNode tree = jsonMapper.createObjectNode();
		for (String column : COLUMNS) {
			String cell = row.get(column);
			if (cell == null || cell.isBlank()) {
				continue;
			}
			if (JSON_COLUMNS.contains(column)) {
				try {
					tree.set(column, jsonMapper.readTree(cell));
				}
				catch (JacksonException ex) {
					throw new CellException(column, "must be JSON, e.g. " + example(column));
				}
			}
			else if (NUMBER_COLUMNS.contains(column)) {
				try {
					tree.put(column, Integer.parseInt(cell.strip()));
				}
				catch (NumberFormatException ex) {
					throw new CellException(column, "must be a whole number");
				}
			}
			else {
				tree.put(column, cell);
			}
		}
		return tree;
	}

	private static String example(String column) {
		return switch (column) {
			case "targets" -> "[\"NATURAL_PERSON\"]";
			case "localityCodes", "conditions" -> "[\"...\"]";
			case "fee" -> "{\"charged\":false}";
			case "contacts" -> "{\"enquiryPhone\":\"...\",\"complaintPhone\":\"...\"}";
			case "channels" -> "{\"hallAddress\":\"...\",\"hours\":\"...\",\"visits\":1}";
			default -> "[{...}]";
		};
	}

	/** A malformed cell. */
	static final class CellException extends RuntimeException {

		private final String column;

		CellException(String column, String message) {
			super(message);
			this.column = column;
		}

		String column() {
			return this.column;
		}

	}

}
