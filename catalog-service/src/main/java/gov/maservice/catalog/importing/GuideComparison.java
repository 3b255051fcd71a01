package gov.maservice.catalog.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gov.maservice.catalog.guide.Guide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether two guides say the same thing. Absent, {@code null} and blank text count as
 * equal, so a guide survives a trip through a spreadsheet (which cannot tell an empty
 * cell from a missing one) without looking changed.
 */
final class GuideComparison {

	private GuideComparison() {
	}

	static boolean same(Guide a, Guide b, JsonMapper jsonMapper) {
		if (a == null || b == null) {
			return a == b;
		}
		return normalize(jsonMapper.valueToTree(a)).equals(normalize(jsonMapper.valueToTree(b)));
	}

	private static JsonNode normalize(JsonNode node) {
		if (node.isObject()) {
			ObjectNode object = (ObjectNode) node;
			List<String> blank = new ArrayList<>();
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				JsonNode value = field.getValue();
				if (value.isNull() || (value.isString() && value.asString().isBlank())) {
					blank.add(field.getKey());
				}
				else {
					normalize(value);
				}
			}
			blank.forEach(object::remove);
		}
		else if (node.isArray()) {
			node.forEach(GuideComparison::normalize);
		}
		return node;
	}

}
