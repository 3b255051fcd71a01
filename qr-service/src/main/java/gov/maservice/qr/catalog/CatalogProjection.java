package gov.maservice.qr.catalog;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import gov.maservice.contracts.DirectoryEvent;
import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.Topics;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps the local copy of the catalog current from the catalog's events (consumer group
 * {@code qr-service}, so each event is applied once per cluster).
 * <p>
 * Idempotent without transactions: each entry stores the highest event version applied,
 * and an event is applied with one conditional upsert
 * ({@code _id = code and version < event.version}). When an equal or newer version is
 * already stored the filter matches nothing, the upsert tries to insert a second document
 * with the same {@code _id}, and the store refuses it: that refusal is exactly "stale or
 * duplicate, drop it". Invalid events throw {@link InvalidCatalogEventException}, which
 * the error handler sends to the dead-letter topic without retrying.
 */
@Component
class CatalogProjection {

	private static final Logger logger = LoggerFactory.getLogger(CatalogProjection.class);

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final int MAX_NAME_LENGTH = 200;

	private final MongoTemplate mongoTemplate;

	private final ApplicationEventPublisher publisher;

	CatalogProjection(MongoTemplate mongoTemplate, ApplicationEventPublisher publisher) {
		this.mongoTemplate = mongoTemplate;
		this.publisher = publisher;
	}

	@KafkaListener(id = "qr-guide-events", topics = Topics.GUIDE_EVENTS, groupId = "qr-service",
			properties = "spring.json.value.default.type=gov.maservice.contracts.GuideEvent")
	void onGuideEvent(GuideEvent event) {
		validateGuideEvent(event);
		Update update = new Update().set("version", event.version()).set("updatedAt", occurredAt(event.occurredAt()));
		if (GuideEvent.TYPE_WITHDRAWN.equals(event.type())) {
			update.set("status", ItemStatus.WITHDRAWN);
		}
		else if (GuideEvent.TYPE_PUBLISHED.equals(event.type()) || GuideEvent.TYPE_UPDATED.equals(event.type())) {
			update.set("status", ItemStatus.PUBLISHED);
		}
		else {
			logger.info("Ignoring guide event of unknown type {} for {}", event.type(), event.itemCode());
			return;
		}
		if (event.itemName() != null) {
			update.set("name", event.itemName());
		}
		if (event.departmentCode() != null) {
			update.set("departmentCode", event.departmentCode());
		}
		update.set("localityCodes", event.localityCodes());
		if (applyIfNewer(CatalogItem.class, event.itemCode(), event.version(), update)) {
			this.publisher
				.publishEvent(new CatalogChanged(CatalogChanged.Kind.ITEM, event.itemCode(), event.localityCodes()));
		}
	}

	@KafkaListener(id = "qr-directory-events", topics = Topics.DIRECTORY_EVENTS, groupId = "qr-service",
			properties = "spring.json.value.default.type=gov.maservice.contracts.DirectoryEvent")
	void onDirectoryEvent(DirectoryEvent event) {
		validateDirectoryEvent(event);
		Update update = new Update().set("version", event.version())
			.set("updatedAt", occurredAt(event.occurredAt()))
			.set("name", event.name());
		if (DirectoryEvent.TYPE_DEPARTMENT_CHANGED.equals(event.type())) {
			if (applyIfNewer(Department.class, event.code(), event.version(), update)) {
				this.publisher
					.publishEvent(new CatalogChanged(CatalogChanged.Kind.DEPARTMENT, event.code(), List.of()));
			}
		}
		else if (DirectoryEvent.TYPE_LOCALITY_CHANGED.equals(event.type())) {
			update.set("level", event.level()).set("parentCode", event.parentCode());
			if (applyIfNewer(Locality.class, event.code(), event.version(), update)) {
				this.publisher.publishEvent(new CatalogChanged(CatalogChanged.Kind.LOCALITY, event.code(), List.of()));
			}
		}
		else {
			logger.info("Ignoring directory event of unknown type {} for {}", event.type(), event.code());
		}
	}

	private boolean applyIfNewer(Class<?> entity, String code, long version, Update update) {
		Query newer = Query.query(where("_id").is(code).and("version").lt(version));
		try {
			this.mongoTemplate.upsert(newer, update, entity);
			return true;
		}
		catch (DuplicateKeyException ex) {
			logger.debug("Dropping stale or duplicate event for {} version {}", code, version);
			return false;
		}
	}

	private static Instant occurredAt(Instant occurredAt) {
		return (occurredAt != null) ? occurredAt : Instant.now();
	}

	private static void validateGuideEvent(GuideEvent event) {
		if (event == null) {
			throw new InvalidCatalogEventException("empty guide event");
		}
		requireCode(event.itemCode(), "itemCode");
		requirePositive(event.version());
		if (!GuideEvent.TYPE_WITHDRAWN.equals(event.type())) {
			requireName(event.itemName());
		}
		if (event.departmentCode() != null) {
			requireCode(event.departmentCode(), "departmentCode");
		}
		event.localityCodes().forEach((code) -> requireCode(code, "localityCodes"));
	}

	private static void validateDirectoryEvent(DirectoryEvent event) {
		if (event == null) {
			throw new InvalidCatalogEventException("empty directory event");
		}
		requireCode(event.code(), "code");
		requirePositive(event.version());
		requireName(event.name());
		if (event.parentCode() != null) {
			requireCode(event.parentCode(), "parentCode");
		}
	}

	private static void requireCode(String code, String field) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new InvalidCatalogEventException(field + " is not a valid code");
		}
	}

	private static void requirePositive(long version) {
		if (version <= 0) {
			throw new InvalidCatalogEventException("version must be positive");
		}
	}

	private static void requireName(String name) {
		if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
			throw new InvalidCatalogEventException("name must have 1 to " + MAX_NAME_LENGTH + " characters");
		}
	}

}
