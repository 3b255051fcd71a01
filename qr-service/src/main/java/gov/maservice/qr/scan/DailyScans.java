package gov.maservice.qr.scan;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Scans of one short link on one day (Asia/Shanghai). One document per token and day, so
 * a scan is a single-document {@code $inc} upsert: atomic, safe with any number of
 * replicas, and the collection grows by at most (links × days).
 * <p>
 * The target is copied in when the document is created so statistics need no join:
 * {@code kind}/{@code targetCode} for "top items", {@code localityCode} for "scans per
 * locality". A locality's own code carries its code; an item code printed on a locality's
 * poster is a distinct token bound to (item, locality) and carries that locality; the
 * hall's item codes carry none.
 *
 * @param id {@code token + ":" + day}
 * @param token the short link
 * @param day ISO date in Asia/Shanghai
 * @param kind ITEM, DEPARTMENT, LOCALITY or CUSTOM
 * @param targetCode item, department or locality code; {@code null} for custom links
 * @param localityCode the locality the scan is attributed to, if any
 * @param count scans that day
 */
@Document("scan_counts")
@CompoundIndexes({ @CompoundIndex(name = "token_day", def = "{'token': 1, 'day': 1}"),
		@CompoundIndex(name = "day_kind", def = "{'day': 1, 'kind': 1}") })
record DailyScans(@Id String id, String token, String day, String kind, String targetCode, String localityCode,
		long count) {
}
