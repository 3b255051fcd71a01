package gov.maservice.catalog.search;

import java.util.List;

/**
 * What search needs to know about one published guide, independent of how the catalog
 * stores it. Built from the catalog's read side whenever a guide is published, updated or
 * withdrawn.
 *
 * @param code item (implementation) code, the stable identity
 * @param basicCode basic code from the national catalog, searchable as typed
 * @param name item name as published
 * @param shortName short name people use (may be {@code null})
 * @param departmentCode implementing department
 * @param departmentName department name shown in results
 * @param itemType item type constant ({@code LICENSE}, ...)
 * @param localityCodes localities the item is delegated to
 * @param localityScope those localities and every locality above them: the places where
 * the item is offered somewhere inside
 * @param materials names of the application materials
 * @param conditions acceptance conditions, searched with a light weight
 * @param revision item revision, grows with every change
 * @param edition user-facing edition number
 */
record IndexableGuide(String code, String basicCode, String name, String shortName, String departmentCode,
		String departmentName, String itemType, List<String> localityCodes, List<String> localityScope,
		List<String> materials, List<String> conditions, long revision, int edition) {

	public IndexableGuide {
		localityCodes = (localityCodes != null) ? List.copyOf(localityCodes) : List.of();
		localityScope = (localityScope != null) ? List.copyOf(localityScope) : List.of();
		materials = (materials != null) ? List.copyOf(materials) : List.of();
		conditions = (conditions != null) ? List.copyOf(conditions) : List.of();
	}

}
