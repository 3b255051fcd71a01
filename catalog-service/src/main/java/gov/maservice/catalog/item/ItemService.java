package gov.maservice.catalog.item;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.security.Actor;
import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.platform.outbox.Outbox;
import gov.maservice.platform.outbox.OutboxEvent;
import gov.maservice.contracts.UpdateType;
import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Every change to an item: create, save draft, publish (major or minor), withdraw. Each
 * change is one conditional single-document update on the revision the caller saw,
 * carrying the change's audit entry and its Kafka event (outbox) in the same write; after
 * it the relay is nudged and {@link GuideChanged} is published in this process.
 */
@Service
public class ItemService {

	private static final Logger logger = LoggerFactory.getLogger(ItemService.class);

	private final MongoOperations mongo;

	private final GuideReferences references;

	private final Outbox outbox;

	private final ApplicationEventPublisher publisher;

	ItemService(MongoOperations mongo, GuideReferences references, Outbox outbox, ApplicationEventPublisher publisher) {
		this.mongo = mongo;
		this.references = references;
		this.outbox = outbox;
		this.publisher = publisher;
	}

	/** The item with this code, or 404. */
	public CatalogItem get(String code) {
		CatalogItem item = this.mongo.findById(code, CatalogItem.class);
		if (item == null) {
			throw Problems.notFound("Item", code);
		}
		return item;
	}

	/**
	 * Creates an item whose first draft (edition 1) is the given guide.
	 * @param guide a valid guide; its code becomes the item's code
	 * @param actor who creates it
	 * @return the new item at version 1
	 */
	public CatalogItem create(Guide guide, Actor actor) {
		checkReferences(guide, "");
		checkMayEdit(actor, guide.departmentCode());
		Instant now = now();
		CatalogItem item = new CatalogItem(guide.code(), 1, ItemStatus.DRAFT, guide.name(), guide.departmentCode(),
				guide.localityCodes(), guide.itemType(), 0, new DraftEdition(1, guide, now, actor.subject()), null,
				null, null, null, null, List.of(), List.of(new AuditEntry(now, actor.subject(), "CREATED", 1, 1, null)),
				now, actor.subject(), now, actor.subject());
		try {
			this.mongo.insert(item);
		}
		catch (DuplicateKeyException ex) {
			throw Problems.conflict("Item '" + guide.code() + "' already exists; change its draft instead");
		}
		return item;
	}

	/**
	 * Replaces the draft (creating one for a published item) with the given guide.
	 * @param code item code
	 * @param expectedVersion the revision the editor saw
	 * @param guide the whole new draft guide
	 * @param actor the editor
	 * @return the item after the change
	 */
	public CatalogItem saveDraft(String code, long expectedVersion, Guide guide, Actor actor) {
		if (!code.equals(guide.code())) {
			throw Problems.invalid("The guide's code must be the item's code",
					List.of(new FieldMessage("guide.code", "must be '" + code + "'")));
		}
		CatalogItem current = get(code);
		checkVersion(current, expectedVersion);
		checkMayEdit(actor, current.departmentCode());
		checkMayEdit(actor, guide.departmentCode());
		checkReferences(guide, "guide.");
		Instant now = now();
		DraftEdition draft = new DraftEdition(current.edition() + 1, guide, now, actor.subject());
		Update update = working(new Update().set("draft", draft), guide).push("audit",
				new AuditEntry(now, actor.subject(), "DRAFT_SAVED", draft.edition(), expectedVersion + 1, null));
		return write(current, expectedVersion, update, actor, now, List.of());
	}

	/**
	 * Publishes the draft as the next edition. A major update needs a change note, bumps
	 * "last updated" and notifies citizens; a minor one does neither but is still
	 * announced so read models refresh. The first publication is always major.
	 * @param code item code
	 * @param expectedVersion the revision the publisher saw
	 * @param updateType major or minor
	 * @param changeNote what changed (required for major)
	 * @param actor the publisher
	 * @return the item after the change
	 */
	public CatalogItem publish(String code, long expectedVersion, UpdateType updateType, String changeNote,
			Actor actor) {
		CatalogItem current = get(code);
		checkVersion(current, expectedVersion);
		DraftEdition draft = current.draft();
		if (draft == null) {
			throw Problems.conflict("Item '" + code + "' has no draft to publish");
		}
		boolean first = current.published() == null || current.status() == ItemStatus.WITHDRAWN;
		List<FieldMessage> errors = new ArrayList<>();
		if (first && updateType != UpdateType.MAJOR) {
			errors.add(new FieldMessage("updateType", "the first publication (or republication) must be MAJOR"));
		}
		if (updateType == UpdateType.MAJOR && (changeNote == null || changeNote.isBlank())) {
			errors.add(new FieldMessage("changeNote", "a major update needs a change note"));
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid("The publication request is incomplete", errors);
		}
		String note = (updateType == UpdateType.MAJOR) ? changeNote.strip() : null;
		checkReferences(draft.guide(), "draft.");
		Instant now = now();
		long next = expectedVersion + 1;
		PublishedEdition published = new PublishedEdition(draft.edition(), draft.guide(), now, actor.subject(),
				updateType, note);
		Update update = working(new Update(), draft.guide()).set("published", published)
			.set("edition", draft.edition())
			.set("status", ItemStatus.PUBLISHED)
			.unset("draft")
			.unset("withdrawnReason")
			.unset("withdrawnAt")
			.unset("withdrawnBy")
			.push("history", new EditionRecord(draft.edition(), now, actor.subject(), updateType, note))
			.push("audit", new AuditEntry(now, actor.subject(), "PUBLISHED", draft.edition(), next,
					updateType + ((note != null) ? ": " + note : "")));
		if (updateType == UpdateType.MAJOR) {
			update.set("lastUpdated", now);
		}
		String type = first ? GuideEvent.TYPE_PUBLISHED : GuideEvent.TYPE_UPDATED;
		GuideEvent event = new GuideEvent(UUID.randomUUID(), type, now, code, next, draft.edition(),
				draft.guide().name(), draft.guide().departmentCode(), draft.guide().localityCodes(), updateType, note,
				null);
		CatalogItem written = write(current, expectedVersion, update, actor, now, List.of(pending(event)));
		this.publisher.publishEvent(new GuideChanged(code, type, next, draft.edition(), updateType));
		return written;
	}

	/**
	 * Withdraws the published guide. The page stays and shows the reason; a later
	 * publication brings it back.
	 * @param code item code
	 * @param expectedVersion the revision the publisher saw
	 * @param reason why, shown to citizens
	 * @param actor the publisher
	 * @return the item after the change
	 */
	public CatalogItem withdraw(String code, long expectedVersion, String reason, Actor actor) {
		CatalogItem current = get(code);
		checkVersion(current, expectedVersion);
		if (current.status() != ItemStatus.PUBLISHED) {
			throw Problems
				.conflict("Only a published item can be withdrawn; item '" + code + "' is " + current.status());
		}
		Instant now = now();
		long next = expectedVersion + 1;
		PublishedEdition published = current.published();
		Update update = new Update().set("status", ItemStatus.WITHDRAWN)
			.set("withdrawnReason", reason)
			.set("withdrawnAt", now)
			.set("withdrawnBy", actor.subject())
			.push("audit", new AuditEntry(now, actor.subject(), "WITHDRAWN", published.edition(), next, reason));
		GuideEvent event = new GuideEvent(UUID.randomUUID(), GuideEvent.TYPE_WITHDRAWN, now, code, next,
				published.edition(), published.guide().name(), published.guide().departmentCode(),
				published.guide().localityCodes(), null, null, reason);
		CatalogItem written = write(current, expectedVersion, update, actor, now, List.of(pending(event)));
		this.publisher.publishEvent(new GuideChanged(code, GuideEvent.TYPE_WITHDRAWN, next, published.edition(), null));
		return written;
	}

	/**
	 * Stores items that arrive already published (the seed): edition 1, major, with the
	 * given change note, each with its published event, in one insert per batch. Codes
	 * that exist are skipped, so an interrupted seed resumes without touching what is
	 * there.
	 * @param guides valid guides with existing references
	 * @param changeNote why the guides were loaded (e.g. 首次发布), kept in the audit trail
	 * @param actor who publishes
	 * @return the codes stored
	 */
	public List<String> insertPublished(List<Guide> guides, String changeNote, Actor actor) {
		List<String> codes = guides.stream().map(Guide::code).toList();
		Query existing = Query.query(where("_id").in(codes));
		existing.fields().include("_id");
		List<String> present = this.mongo.find(existing, Document.class, CatalogItem.COLLECTION)
			.stream()
			.map((document) -> document.getString("_id"))
			.toList();
		Instant now = now();
		List<Document> documents = new ArrayList<>();
		List<GuideChanged> changes = new ArrayList<>();
		List<String> stored = new ArrayList<>();
		for (Guide guide : guides) {
			if (present.contains(guide.code()) || stored.contains(guide.code())) {
				continue;
			}
			// A seeded guide is a migration of a guide already in force on paper, not
			// news: it is
			// published as a MINOR edition so that loading 1,000 guides never floods
			// village boards
			// with "guide updated" notices. The note stays in the audit trail only.
			PublishedEdition published = new PublishedEdition(1, guide, now, actor.subject(), UpdateType.MINOR, null);
			CatalogItem item = new CatalogItem(guide.code(), 1, ItemStatus.PUBLISHED, guide.name(),
					guide.departmentCode(), guide.localityCodes(), guide.itemType(), 1, null, published, now, null,
					null, null, List.of(new EditionRecord(1, now, actor.subject(), UpdateType.MINOR, null)),
					List.of(new AuditEntry(now, actor.subject(), "PUBLISHED", 1, 1, "MINOR: " + changeNote)), now,
					actor.subject(), now, actor.subject());
			GuideEvent event = new GuideEvent(UUID.randomUUID(), GuideEvent.TYPE_PUBLISHED, now, guide.code(), 1, 1,
					guide.name(), guide.departmentCode(), guide.localityCodes(), UpdateType.MINOR, null, null);
			documents.add(Outbox.document(this.mongo.getConverter(), item, List.of(pending(event))));
			changes.add(new GuideChanged(guide.code(), GuideEvent.TYPE_PUBLISHED, 1, 1, UpdateType.MINOR));
			stored.add(guide.code());
		}
		if (documents.isEmpty()) {
			return stored;
		}
		try {
			this.mongo.insert(documents, CatalogItem.COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			stored = insertOneByOne(documents);
		}
		this.outbox.written();
		List<String> inserted = stored;
		changes.stream().filter((change) -> inserted.contains(change.itemCode())).forEach(this.publisher::publishEvent);
		return stored;
	}

	/**
	 * Another writer (a second replica seeding at the same time) stored some codes first:
	 * keep theirs.
	 */
	private List<String> insertOneByOne(List<Document> documents) {
		List<String> stored = new ArrayList<>();
		for (Document document : documents) {
			String code = document.getString("_id");
			if (this.mongo.exists(Query.query(where("_id").is(code)), CatalogItem.COLLECTION)) {
				continue;
			}
			try {
				this.mongo.insert(document, CatalogItem.COLLECTION);
				stored.add(code);
			}
			catch (DuplicateKeyException ex) {
				logger.debug("Item {} was stored by another writer meanwhile", code);
			}
		}
		return stored;
	}

	/** The event in the outbox layout, keyed by its item code. */
	private OutboxEvent pending(GuideEvent event) {
		return this.outbox.event(Topics.GUIDE_EVENTS, event.itemCode(), event.type(), event.eventId(),
				event.occurredAt(), event);
	}

	private CatalogItem write(CatalogItem current, long expectedVersion, Update update, Actor actor, Instant now,
			List<OutboxEvent> events) {
		update.inc("version", 1).set("modifiedAt", now).set("modifiedBy", actor.subject());
		Outbox.push(update, events);
		CatalogItem written = this.mongo.findAndModify(
				Query.query(where("_id").is(current.code()).and("version").is(expectedVersion)), update,
				FindAndModifyOptions.options().returnNew(true), CatalogItem.class);
		if (written == null) {
			throw stale(current.code(), expectedVersion, get(current.code()).version());
		}
		if (!events.isEmpty()) {
			this.outbox.written();
		}
		return written;
	}

	/**
	 * Millisecond precision, as the store keeps it, so a write's answer equals a later
	 * read.
	 */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	private static Update working(Update update, Guide guide) {
		return update.set("name", guide.name())
			.set("departmentCode", guide.departmentCode())
			.set("localityCodes", guide.localityCodes())
			.set("itemType", guide.itemType());
	}

	private static void checkVersion(CatalogItem item, long expectedVersion) {
		if (item.version() != expectedVersion) {
			throw stale(item.code(), expectedVersion, item.version());
		}
	}

	/**
	 * 409 for a write that named a revision other than the current one; the body says
	 * which is current.
	 */
	private static ErrorResponseException stale(String code, long expected, long current) {
		ErrorResponseException exception = Problems.of(HttpStatus.CONFLICT, "stale-version", "Stale version",
				"Item '" + code + "' is at version " + current + ", the request was based on version " + expected
						+ "; reload and apply the change again");
		exception.getBody().setProperty("currentVersion", current);
		return exception;
	}

	private static void checkMayEdit(Actor actor, String departmentCode) {
		if (!actor.mayEdit(departmentCode)) {
			throw Problems.forbidden(
					"Editor '" + actor.subject() + "' may not edit items of department '" + departmentCode + "'");
		}
	}

	private void checkReferences(Guide guide, String prefix) {
		List<FieldMessage> errors = this.references.check(guide, prefix);
		if (!errors.isEmpty()) {
			throw Problems.invalid("The guide refers to departments or localities that do not exist", errors);
		}
	}

}
