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
 * {@link #COLUMNS} order. Text and number fields are plain cells (empty = absent); list
 * and object fields ({@link #JSON_COLUMNS}) are JSON cells, e.g.
 * {@code ["NATURAL_PERSON"]} or {@code {"charged":false}}. Spreadsheet tools keep such
 * cells intact, and the mapping is lossless, so export and import round-trip.
 * <p>
 * A cell that a spreadsheet would run as a formula (it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is exported with a leading single
 * quote, as OWASP advises against CSV injection; so is a cell that starts with a quote,
 * so the quote added can always be told from one that belongs to the text. Import removes
 * one leading quote before any of these characters, so both the guarded and the plain
 * form read back as the same text.
 */
final class GuideCsv {

	/** Header of the CSV, in this order. */
	static final List<String> COLUMNS = List.of("code", "basicCode", "name", "shortName", "parentCode", "situation",
			"itemType", "caseType", "targets", "departmentCode", "level", "localityCodes", "legalBasis", "conditions",
			"materials", "process", "statutoryDays", "promisedDays", "fee", "channels", "contacts", "faq");

	/** Columns holding JSON. */
	static final Set<String> JSON_COLUMNS = Set.of("targets", "localityCodes", "legalBasis", "conditions", "materials",
			"process", "fee", "channels", "contacts", "faq");

	/** Columns holding whole numbers. */
	static final Set<String> NUMBER_COLUMNS = Set.of("statutoryDays", "promisedDays");

	/** What a spreadsheet reads as the start of a formula (OWASP CSV injection). */
	private static final String FORMULA_START = "=+-@\t\r";

	/** Prefix that makes a spreadsheet show a cell as text. */
	private static final char GUARD = '\'';

	private GuideCsv() {
	}

	/** The cells of one guide, in column order, formula-leading cells guarded. */
	static List<String> cells(Guide guide, JsonMapper jsonMapper) {
		return cells(guide, jsonMapper, true);
	}

	/**
	 * The cells of one guide, in column order.
	 * @param guide the guide
	 * @param jsonMapper the mapper
	 * @param guardFormulas whether to prefix formula-leading cells with a single quote
	 * @return the cells
	 */
	static List<String> cells(Guide guide, JsonMapper jsonMapper, boolean guardFormulas) {
		JsonNode tree = jsonMapper.valueToTree(guide);
		return COLUMNS.stream().map((column) -> {
			JsonNode value = tree.get(column);
			if (value == null || value.isNull()) {
				return "";
			}
			String cell = JSON_COLUMNS.contains(column) ? jsonMapper.writeValueAsString(value) : value.asString();
			return guardFormulas ? guard(cell) : cell;
		}).toList();
	}

	/**
	 * The cell as a spreadsheet shows it as text: a leading quote before a formula start
	 * or a quote.
	 * @param cell the text
	 * @return the cell to write
	 */
	static String guard(String cell) {
		if (!cell.isEmpty() && (FORMULA_START.indexOf(cell.charAt(0)) >= 0 || cell.charAt(0) == GUARD)) {
			return GUARD + cell;
		}
		return cell;
	}

	/**
	 * The text of a cell written by {@link #guard}, or of a plain cell: one leading quote
	 * before a formula start or a quote is removed, anything else is left as it is.
	 * @param cell the cell read
	 * @return the text
	 */
	static String unguard(String cell) {
		if (cell.length() >= 2 && cell.charAt(0) == GUARD
				&& (FORMULA_START.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == GUARD)) {
			return cell.substring(1);
		}
		return cell;
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
			cell = unguard(cell);
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
