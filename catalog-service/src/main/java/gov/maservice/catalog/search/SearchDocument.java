package gov.maservice.catalog.search;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One guide as search stores it in the shared {@code search_index} collection. Every
 * replica loads these into its in-memory index and polls {@link #indexedAt} for changes
 * made by others, so the tokens are computed once, by the replica that saw the
 * publication. A withdrawn guide stays as a document with status {@code WITHDRAWN} and no
 * tokens, so other replicas learn to drop it.
 *
 * @param code item code
 * @param basicCode basic code
 * @param name item name
 * @param shortName short name, may be {@code null}
 * @param departmentCode implementing department
 * @param departmentName department name
 * @param itemType item type constant
 * @param localityCodes localities the item is delegated to
 * @param localityScope those localities and their ancestors, for the locality filter
 * @param materials material names
 * @param tokens search tokens ({@link SearchTokens}), indexed
 * @param status {@code PUBLISHED} or {@code WITHDRAWN}
 * @param revision item revision the document was built from; an older one never
 * overwrites a newer
 * @param edition published edition number
 * @param indexedAt when this document was written, polled by other replicas
 * @param format {@link SearchTokens#FORMAT} the tokens were built with
 */
@Document(SearchDocument.COLLECTION)
record SearchDocument(@Id String code, String basicCode, String name, String shortName, String departmentCode,
		String departmentName, String itemType, List<String> localityCodes, List<String> localityScope,
		List<String> materials, List<String> tokens, String status, long revision, int edition, Instant indexedAt,
		int format) {

	static final String COLLECTION = "search_index";

	static final String PUBLISHED = "PUBLISHED";

	static final String WITHDRAWN = "WITHDRAWN";

	static SearchDocument published(IndexableGuide guide, Instant now) {
		return new SearchDocument(guide.code(), guide.basicCode(), guide.name(), guide.shortName(),
				guide.departmentCode(), guide.departmentName(), guide.itemType(), guide.localityCodes(),
				guide.localityScope(), guide.materials(), SearchTokens.of(guide), PUBLISHED, guide.revision(),
				guide.edition(), now, SearchTokens.FORMAT);
	}

	static SearchDocument withdrawn(String code, long revision, Instant now) {
		return new SearchDocument(code, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
				WITHDRAWN, revision, 0, now, SearchTokens.FORMAT);
	}

	boolean isPublished() {
		return PUBLISHED.equals(this.status);
	}

}
