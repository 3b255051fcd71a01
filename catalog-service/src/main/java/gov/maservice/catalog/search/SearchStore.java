package gov.maservice.catalog.search;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@code search_index} collection shared by all replicas. Writes never replace a
 * document built from a newer item revision, so two replicas indexing the same item in
 * either order end with the newest.
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
	 * Stores the document unless the stored one comes from a newer revision: one
	 * conditional replace, or an insert when there is none yet, so two replicas racing
	 * end with the newer.
	 * @return whether it was stored
	 */
	boolean save(SearchDocument document) {
		Query sameOrOlder = Query.query(where("_id").is(document.code()).and("revision").lte(document.revision()));
		if (this.mongo.findAndReplace(sameOrOlder, document) != null) {
			return true;
		}
		try {
			this.mongo.insert(document);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
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

}
