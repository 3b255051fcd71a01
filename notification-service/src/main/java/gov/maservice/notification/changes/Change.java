package gov.maservice.notification.changes;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the durable change log that both the pull feed and webhooks are built
 * from. The CloudEvent is stored as the exact JSON text sent, so every redelivery and
 * every feed read carries the same bytes (and a webhook signature over them stays
 * meaningful).
 *
 * @param id the source event's id (also the CloudEvent {@code id} and the
 * {@code webhook-id}), which makes recording idempotent
 * @param seq position in the log, increasing in the order changes were recorded; per item
 * the order of the source topic
 * @param type short type name ({@link ChangeType#value()})
 * @param subject the item code, notice id, or department/locality code
 * @param department the department the change belongs to, if any
 * @param areas the locality codes the change is addressed to (empty: none)
 * @param reach {@code areas} with every enclosing locality, for hierarchy filters
 * @param occurredAt when the change happened at its source
 * @param recordedAt when this service recorded it
 * @param event the CloudEvents 1.0 structured JSON
 * @param fannedOut whether webhook messages have been created for it
 */
@Document("changes")
public record Change(@Id String id, long seq, String type, String subject, String department, List<String> areas,
		List<String> reach, Instant occurredAt, Instant recordedAt, String event, boolean fannedOut) {

	public Change {
		areas = (areas != null) ? List.copyOf(areas) : List.of();
		reach = (reach != null) ? List.copyOf(reach) : List.of();
	}

}
