package gov.maservice.catalog.locality;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import gov.maservice.catalog.guide.Codes;
import gov.maservice.contracts.DirectoryEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.platform.outbox.Outbox;
import gov.maservice.platform.outbox.OutboxEvent;
import gov.maservice.platform.problem.Problems;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The localities of the district: lookups for every feature and for the citizen pages,
 * and the one place where localities change (each change records a {@link DirectoryEvent}
 * in the same write).
 */
@Component
public class Localities {

	private final MongoOperations mongo;

	private final Outbox outbox;

	Localities(MongoOperations mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/**
	 * All localities ordered by code (towns and streets before their villages and
	 * communities).
	 */
	public List<Locality> findAll() {
		return this.mongo.find(new Query().with(Sort.by("_id")), Locality.class);
	}

	/** The localities directly under {@code parentCode}, ordered by code. */
	public List<Locality> findChildren(String parentCode) {
		if (!Codes.isValid(parentCode)) {
			return List.of();
		}
		return this.mongo.find(Query.query(where("parentCode").is(parentCode)).with(Sort.by("_id")), Locality.class);
	}

	/** The locality with this code, if any (a malformed code finds nothing). */
	public Optional<Locality> findByCode(String code) {
		if (!Codes.isValid(code)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo.findById(code, Locality.class));
	}

	/** The codes among {@code codes} that name no locality. */
	public List<String> findUnknown(List<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		List<String> valid = codes.stream().filter(Codes::isValid).distinct().toList();
		Query query = Query.query(where("_id").in(valid));
		query.fields().include("_id");
		List<String> known = this.mongo.find(query, Document.class, Locality.COLLECTION)
			.stream()
			.map((document) -> document.getString("_id"))
			.toList();
		return codes.stream().filter((code) -> !known.contains(code)).distinct().toList();
	}

	/** How many localities exist. */
	public long count() {
		return this.mongo.count(new Query(), Locality.class);
	}

	/**
	 * Creates the locality unless one with its code exists; an existing one is left
	 * exactly as admins keep it.
	 * @param data the locality to create
	 * @return whether it was created
	 */
	public boolean createIfAbsent(LocalityData data) {
		if (this.mongo.exists(Query.query(where("_id").is(data.code())), Locality.class)) {
			return false;
		}
		save(data);
		return true;
	}

	/**
	 * Creates the locality or changes it; a new name or parent announces the change.
	 * @param data the locality as it should be
	 * @return the stored locality
	 */
	public Locality save(LocalityData data) {
		Instant now = Instant.now();
		Locality current = this.mongo.findById(data.code(), Locality.class);
		if (current == null) {
			Locality created = new Locality(data.code(), 1, data.name(), data.level(), data.parentCode(), now);
			this.mongo.insert(
					Outbox.document(this.mongo.getConverter(), created, List.of(pending(event(created, now)))),
					Locality.COLLECTION);
			this.outbox.written();
			return created;
		}
		if (Objects.equals(current.name(), data.name()) && current.level() == data.level()
				&& Objects.equals(current.parentCode(), data.parentCode())) {
			return current;
		}
		Locality changed = new Locality(current.code(), current.version() + 1, data.name(), data.level(),
				data.parentCode(), now);
		Update update = new Update().set("name", changed.name())
			.set("level", changed.level())
			.set("parentCode", changed.parentCode())
			.set("modifiedAt", now)
			.inc("version", 1);
		Outbox.push(update, List.of(pending(event(changed, now))));
		long modified = this.mongo
			.updateFirst(Query.query(where("_id").is(current.code()).and("version").is(current.version())), update,
					Locality.class)
			.getModifiedCount();
		if (modified == 0) {
			throw Problems.conflict("Locality '" + current.code() + "' was changed concurrently; retry");
		}
		this.outbox.written();
		return changed;
	}

	/** The event in the outbox layout, keyed by its department or locality code. */
	private OutboxEvent pending(DirectoryEvent event) {
		return this.outbox.event(Topics.DIRECTORY_EVENTS, event.code(), event.type(), event.eventId(),
				event.occurredAt(), event);
	}

	private static DirectoryEvent event(Locality locality, Instant now) {
		return new DirectoryEvent(UUID.randomUUID(), DirectoryEvent.TYPE_LOCALITY_CHANGED, now, locality.code(),
				locality.version(), locality.name(), locality.level().name(), locality.parentCode());
	}

}
