package gov.maservice.notification.changes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import gov.maservice.contracts.DirectoryEvent;
import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.NoticeEvent;
import gov.maservice.contracts.UpdateType;

/**
 * Builds CloudEvents 1.0 (structured JSON) from the event records the services exchange.
 * The {@code data} lists the record's fields by their wire names only, in a fixed order,
 * so the JSON is stable and names no Java type.
 */
public final class CloudEvents {

	/** {@code source} of catalog changes (guides, departments, localities). */
	public static final String CATALOG_SOURCE = "urn:maservice:catalog";

	/** {@code source} of notice changes. */
	public static final String NOTIFICATION_SOURCE = "urn:maservice:notification";

	private CloudEvents() {
	}

	/**
	 * The parts of a change before it gets its place in the log.
	 *
	 * @param id the event id
	 * @param type the change type
	 * @param source the CloudEvents source
	 * @param subject the item, notice or directory code
	 * @param department the department, if any
	 * @param areas the addressed localities
	 * @param occurredAt when it happened
	 * @param data the CloudEvents data
	 */
	public record Draft(String id, ChangeType type, String source, String subject, String department,
			List<String> areas, Instant occurredAt, Map<String, Object> data) {
	}

	static Draft of(GuideEvent event, String districtCode) {
		ChangeType type;
		if (GuideEvent.TYPE_WITHDRAWN.equals(event.type())) {
			type = ChangeType.GUIDE_WITHDRAWN;
		}
		else if (GuideEvent.TYPE_PUBLISHED.equals(event.type()) || GuideEvent.TYPE_UPDATED.equals(event.type())) {
			type = (event.updateType() == UpdateType.MINOR) ? ChangeType.GUIDE_PUBLISHED_MINOR
					: ChangeType.GUIDE_PUBLISHED_MAJOR;
		}
		else {
			return null;
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("itemCode", event.itemCode());
		data.put("version", event.version());
		data.put("edition", event.edition());
		data.put("itemName", event.itemName());
		data.put("departmentCode", event.departmentCode());
		data.put("localityCodes", event.localityCodes());
		data.put("updateType", (event.updateType() != null) ? event.updateType().name().toLowerCase() : null);
		data.put("firstPublication", GuideEvent.TYPE_PUBLISHED.equals(event.type()));
		data.put("changeNote", event.changeNote());
		data.put("withdrawnReason", event.withdrawnReason());
		// An item delegated to no locality is handled at the district hall.
		List<String> areas = event.localityCodes().isEmpty() ? List.of(districtCode) : event.localityCodes();
		return new Draft(event.eventId().toString(), type, CATALOG_SOURCE, event.itemCode(), event.departmentCode(),
				areas, event.occurredAt(), data);
	}

	static Draft of(NoticeEvent event) {
		ChangeType type = switch (String.valueOf(event.type())) {
			case NoticeEvent.TYPE_ISSUED -> ChangeType.NOTICE_ISSUED;
			case NoticeEvent.TYPE_UPDATED -> ChangeType.NOTICE_UPDATED;
			case NoticeEvent.TYPE_CANCELLED -> ChangeType.NOTICE_CANCELLED;
			default -> null;
		};
		if (type == null) {
			return null;
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("noticeId", event.noticeId());
		data.put("version", event.version());
		data.put("status", event.status());
		data.put("msgType", event.msgType());
		data.put("references", event.references());
		data.put("category", event.category());
		data.put("urgency", event.urgency());
		data.put("severity", event.severity());
		data.put("urgent", event.urgent());
		data.put("headline", event.headline());
		data.put("description", event.description());
		data.put("instruction", event.instruction());
		data.put("areaCodes", event.areaCodes());
		data.put("effective", (event.effective() != null) ? event.effective().toString() : null);
		data.put("expires", (event.expires() != null) ? event.expires().toString() : null);
		return new Draft(event.eventId().toString(), type, NOTIFICATION_SOURCE, event.noticeId(), null,
				event.areaCodes(), event.occurredAt(), data);
	}

	static Draft of(DirectoryEvent event) {
		boolean department = DirectoryEvent.TYPE_DEPARTMENT_CHANGED.equals(event.type());
		if (!department && !DirectoryEvent.TYPE_LOCALITY_CHANGED.equals(event.type())) {
			return null;
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("kind", department ? "department" : "locality");
		data.put("code", event.code());
		data.put("version", event.version());
		data.put("name", event.name());
		data.put("level", event.level());
		data.put("parentCode", event.parentCode());
		return new Draft(event.eventId().toString(), ChangeType.DIRECTORY_CHANGED, CATALOG_SOURCE,
				(department ? "department/" : "locality/") + event.code(), department ? event.code() : null,
				department ? List.of() : List.of(event.code()), event.occurredAt(), data);
	}

	/** The structured-mode JSON of a draft. */
	public static String json(JsonMapper json, Draft draft) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("specversion", "1.0");
		event.put("id", draft.id());
		event.put("source", draft.source());
		event.put("type", draft.type() != null ? draft.type().cloudEventType() : TEST_TYPE);
		event.put("subject", draft.subject());
		event.put("time", (draft.occurredAt() != null) ? draft.occurredAt().toString() : null);
		event.put("datacontenttype", "application/json");
		event.put("data", draft.data());
		return json.writeValueAsString(event);
	}

	/** CloudEvents {@code type} of the "send test event" action. */
	public static final String TEST_TYPE = "gov.webhook.test.v1";

}
