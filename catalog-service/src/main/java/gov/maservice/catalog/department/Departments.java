package gov.maservice.catalog.department;

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

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The departments of the hall: lookups for every feature and for the citizen pages, and
 * the one place where departments change (each change records a {@link DirectoryEvent} in
 * the same write).
 */
@Component
public class Departments {

	private final MongoOperations mongo;

	private final Outbox outbox;

	Departments(MongoOperations mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/** All departments ordered by code. */
	public List<Department> findAll() {
		return this.mongo.find(new Query().with(Sort.by("_id")), Department.class);
	}

	/** The department with this code, if any (a malformed code finds nothing). */
	public Optional<Department> findByCode(String code) {
		if (!Codes.isValid(code)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo.findById(code, Department.class));
	}

	/** Whether a department with this code exists. */
	public boolean exists(String code) {
		return Codes.isValid(code) && this.mongo.exists(Query.query(where("_id").is(code)), Department.class);
	}

	/** How many departments exist. */
	public long count() {
		return this.mongo.count(new Query(), Department.class);
	}

	/**
	 * Creates the department unless one with its code exists; an existing one is left
	 * exactly as admins keep it.
	 * @param data the department to create
	 * @return whether it was created
	 */
	public boolean createIfAbsent(DepartmentData data) {
		if (this.mongo.exists(Query.query(where("_id").is(data.code())), Department.class)) {
			return false;
		}
		save(data);
		return true;
	}

	/**
	 * Creates the department or changes its details; a changed name announces the change.
	 * @param data the department as it should be
	 * @return the stored department
	 */
	public Department save(DepartmentData data) {
		Instant now = Instant.now();
		Department current = this.mongo.findById(data.code(), Department.class);
		if (current == null) {
			Department created = new Department(data.code(), 1, data.name(), data.shortName(), data.hallWindow(),
					data.phone(), now);
			this.mongo.insert(
					Outbox.document(this.mongo.getConverter(), created, List.of(pending(event(created, now)))),
					Department.COLLECTION);
			this.outbox.written();
			return created;
		}
		if (Objects.equals(current.name(), data.name()) && Objects.equals(current.shortName(), data.shortName())
				&& Objects.equals(current.hallWindow(), data.hallWindow())
				&& Objects.equals(current.phone(), data.phone())) {
			return current;
		}
		Department changed = new Department(current.code(), current.version() + 1, data.name(), data.shortName(),
				data.hallWindow(), data.phone(), now);
		Update update = new Update().set("name", changed.name())
			.set("shortName", changed.shortName())
			.set("hallWindow", changed.hallWindow())
			.set("phone", changed.phone())
			.set("modifiedAt", now)
			.inc("version", 1);
		if (!Objects.equals(current.name(), data.name())) {
			Outbox.push(update, List.of(pending(event(changed, now))));
		}
		long modified = this.mongo
			.updateFirst(Query.query(where("_id").is(current.code()).and("version").is(current.version())), update,
					Department.class)
			.getModifiedCount();
		if (modified == 0) {
			throw Problems.conflict("Department '" + current.code() + "' was changed concurrently; retry");
		}
		this.outbox.written();
		return changed;
	}

	/** The event in the outbox layout, keyed by its department or locality code. */
	private OutboxEvent pending(DirectoryEvent event) {
		return this.outbox.event(Topics.DIRECTORY_EVENTS, event.code(), event.type(), event.eventId(),
				event.occurredAt(), event);
	}

	private static DirectoryEvent event(Department department, Instant now) {
		return new DirectoryEvent(UUID.randomUUID(), DirectoryEvent.TYPE_DEPARTMENT_CHANGED, now, department.code(),
				department.version(), department.name(), null, null);
	}

}
