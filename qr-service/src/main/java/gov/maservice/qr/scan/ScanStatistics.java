package gov.maservice.qr.scan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import gov.maservice.qr.catalog.Catalog;
import gov.maservice.qr.catalog.CatalogItem;
import gov.maservice.qr.catalog.Locality;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads the per-day scan counters for admins: which guides people actually look up,
 * where, and when. Every query is bounded by a day range, so it touches at most (links ×
 * days) documents.
 */
@Service
class ScanStatistics {

	private final MongoTemplate mongoTemplate;

	private final Catalog catalog;

	ScanStatistics(MongoTemplate mongoTemplate, Catalog catalog) {
		this.mongoTemplate = mongoTemplate;
		this.catalog = catalog;
	}

	List<ItemScans> topItems(int days, int limit) {
		Aggregation aggregation = Aggregation.newAggregation(
				Aggregation.match(where("kind").is("ITEM").and("day").gte(firstDay(days).toString())),
				Aggregation.group("targetCode").sum("count").as("scans"),
				Aggregation.sort(Sort.by(Sort.Order.desc("scans"), Sort.Order.asc("_id"))), Aggregation.limit(limit));
		return this.mongoTemplate.aggregate(aggregation, DailyScans.class, Document.class)
			.getMappedResults()
			.stream()
			.map((row) -> {
				String code = row.getString("_id");
				String name = this.catalog.item(code).map(CatalogItem::name).orElse(null);
				return new ItemScans(code, name, number(row.get("scans")));
			})
			.toList();
	}

	List<LocalityScans> localities(int days) {
		Aggregation aggregation = Aggregation.newAggregation(
				Aggregation.match(where("localityCode").ne(null).and("day").gte(firstDay(days).toString())),
				Aggregation.group("localityCode", "kind").sum("count").as("scans"));
		Map<String, long[]> byLocality = new HashMap<>();
		for (Document row : this.mongoTemplate.aggregate(aggregation, DailyScans.class, Document.class)
			.getMappedResults()) {
			Document id = row.get("_id", Document.class);
			long[] sums = byLocality.computeIfAbsent(id.getString("localityCode"), (code) -> new long[2]);
			sums["LOCALITY".equals(id.getString("kind")) ? 0 : 1] += number(row.get("scans"));
		}
		List<LocalityScans> result = new ArrayList<>();
		byLocality.forEach((code, sums) -> {
			Locality locality = this.catalog.locality(code).orElse(null);
			result.add(new LocalityScans(code, (locality != null) ? locality.name() : null,
					(locality != null) ? locality.level() : null, sums[0] + sums[1], sums[0], sums[1]));
		});
		result.sort((a, b) -> (a.scans() != b.scans()) ? Long.compare(b.scans(), a.scans())
				: a.localityCode().compareTo(b.localityCode()));
		return result;
	}

	List<DayScans> daily(String token, int days) {
		LocalDate first = firstDay(days);
		Query query = Query.query(where("token").is(token).and("day").gte(first.toString()));
		Map<String, Long> counted = new HashMap<>();
		this.mongoTemplate.find(query, DailyScans.class).forEach((scans) -> counted.put(scans.day(), scans.count()));
		Map<String, Long> filled = new LinkedHashMap<>();
		for (LocalDate day = first; !day.isAfter(today()); day = day.plusDays(1)) {
			filled.put(day.toString(), counted.getOrDefault(day.toString(), 0L));
		}
		return filled.entrySet().stream().map((entry) -> new DayScans(entry.getKey(), entry.getValue())).toList();
	}

	private static LocalDate today() {
		return LocalDate.now(ScanCounter.ZONE);
	}

	private static LocalDate firstDay(int days) {
		return today().minusDays(days - 1L);
	}

	private static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

	/**
	 * Scans of one item's codes (hall and locality posters together).
	 *
	 * @param itemCode the item
	 * @param itemName its current name, if known
	 * @param scans scans in the period
	 */
	record ItemScans(String itemCode, String itemName, long scans) {
	}

	/**
	 * Scans attributed to one locality.
	 *
	 * @param localityCode the locality
	 * @param name its current name, if known
	 * @param level its level, if known
	 * @param scans all scans attributed to it
	 * @param localityCodeScans scans of the locality's own code
	 * @param itemCodeScans scans of item codes on the locality's poster
	 */
	record LocalityScans(String localityCode, String name, String level, long scans, long localityCodeScans,
			long itemCodeScans) {
	}

	/**
	 * Scans of one link on one day.
	 *
	 * @param day ISO date, Asia/Shanghai
	 * @param scans scans that day
	 */
	record DayScans(String day, long scans) {
	}

}
