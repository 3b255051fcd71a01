package gov.maservice.qr.scan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Counts one scan of a short link: a single-document {@code $inc} upsert on (token, day), so
 * concurrent scans on any number of replicas never lose a count. Two first scans of the same day
 * may race to insert the document; the loser gets a duplicate-key error and simply increments the
 * winner's document.
 */
@Service
public class ScanCounter {

	/** Days are counted in the district's time zone, as the hall reads its statistics. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final MongoTemplate mongoTemplate;

	private final Clock clock;

	ScanCounter(MongoTemplate mongoTemplate) {
		this.mongoTemplate = mongoTemplate;
		this.clock = Clock.system(ZONE);
	}

	/**
	 * Counts a scan.
	 * @param token the scanned short link
	 * @param kind ITEM, DEPARTMENT, LOCALITY or CUSTOM
	 * @param targetCode the code behind the link, {@code null} for custom links
	 * @param localityCode the locality the scan is attributed to, or {@code null}
	 */
	public void count(String token, String kind, String targetCode, String localityCode) {
		String day = LocalDate.now(this.clock).toString();
		Query query = Query.query(where("_id").is(token + ":" + day));
		Update update = new Update().inc("count", 1)
			.setOnInsert("token", token)
			.setOnInsert("day", day)
			.setOnInsert("kind", kind)
			.setOnInsert("targetCode", targetCode)
			.setOnInsert("localityCode", localityCode);
		try {
			this.mongoTemplate.upsert(query, update, DailyScans.class);
		}
		catch (DuplicateKeyException ex) {
			this.mongoTemplate.upsert(query, update, DailyScans.class);
		}
	}

}
