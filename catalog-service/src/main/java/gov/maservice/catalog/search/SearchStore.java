package gov.maservice.catalog.search;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@code search_index} collection shared by all replicas. Writes never replace a document
 * built from a newer item revision, so two replicas indexing the same item in either order end
 * with the newest.
 */
@Component
class SearchStore {

	private final MongoOperations mongo;

	SearchStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Creates the indexes the polls and token lookups use; idempotent. */
	void createIndexes() {
		var indexes = this.mongo.indexOps(SearchDocument.class);
		indexes.createIndex(new Index().on("indexedAt", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("tokens", Sort.Direction.ASC));
	}

	/**
	 * Stores the document unless the stored one comes from a newer revision.
	 * @return whether it was stored
	 */
	boolean save(SearchDocument document) {
		Document current = this.mongo.findOne(revisionQuery(document.code()), Document.class, SearchDocument.COLLECTION);
		if (current != null && current.get("revision", Number.class).longValue() > document.revision()) {
			return false;
		}
		this.mongo.save(document);
		return true;
	}

	/** Every stored document, in code order; the consumer sees them one at a time. */
	void forEach(Consumer<SearchDocument> consumer) {
		try (Stream<SearchDocument> documents = this.mongo.stream(new Query().with(Sort.by("_id")),
				SearchDocument.class)) {
			documents.forEach(consumer);
		}
	}

	/** Documents written at or after {@code since}, oldest first. */
	List<SearchDocument> changedSince(Instant since) {
		return this.mongo.find(Query.query(where("indexedAt").gte(since)).with(Sort.by("indexedAt")),
				SearchDocument.class);
	}

	private static Query revisionQuery(String code) {
		Query query = Query.query(where("_id").is(code));
		query.fields().include("revision");
		return query;
	}

}
