package gov.maservice.catalog.search;

import java.time.Instant;
import java.util.List;

/**
 * A published guide held in memory for ranking: the stored fields plus their normalized
 * forms and the pinyin readings of the name, computed once when the item enters the
 * index.
 */
record IndexedItem(String code, String basicCode, String name, String shortName, String departmentCode,
		String departmentName, String itemType, List<String> localityCodes, List<String> localityScope,
		List<String> materials, long revision, int edition, Instant indexedAt, String normalizedName,
		String normalizedShortName, String[] normalizedMaterials, String[][] nameReadings, String[] tokens) {

	static IndexedItem of(SearchDocument document) {
		String normalizedName = NormalizedText.normalize(document.name());
		List<String> materials = (document.materials() != null) ? document.materials() : List.of();
		String[] normalizedMaterials = materials.stream().map(NormalizedText::normalize).toArray(String[]::new);
		List<String> scope = (document.localityScope() != null) ? document.localityScope() : List.of();
		List<String> delegated = (document.localityCodes() != null) ? document.localityCodes() : List.of();
		String[] tokens = (document.tokens() != null) ? document.tokens().toArray(String[]::new) : new String[0];
		return new IndexedItem(document.code(), document.basicCode(), document.name(), document.shortName(),
				document.departmentCode(), document.departmentName(), document.itemType(), List.copyOf(delegated),
				List.copyOf(scope), List.copyOf(materials), document.revision(), document.edition(),
				(document.indexedAt() != null) ? document.indexedAt() : Instant.EPOCH, normalizedName,
				NormalizedText.normalize(document.shortName()), normalizedMaterials, Pinyin.readingsOf(normalizedName),
				tokens);
	}

	/** Whether this is a later state of the same item than {@code other}. */
	boolean supersedes(IndexedItem other) {
		return this.revision > other.revision
				|| (this.revision == other.revision && this.indexedAt.isAfter(other.indexedAt));
	}

	boolean offeredIn(String localityCode) {
		return this.localityScope.contains(localityCode);
	}

}
