package gov.maservice.notification.changes;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.platform.collection.CollectionPage;
import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pull alternative to webhooks, for integrators who cannot accept inbound calls: the
 * same CloudEvents, in the order they were recorded, behind an opaque cursor. The feed
 * never ends, so {@code page.nextCursor} is always present: a page shorter than
 * {@code size} means the reader has caught up and should ask again with it (or wait with
 * {@code wait}).
 */
@RestController
@Tag(name = "changes", description = "Durable, ordered feed of guide, notice and directory changes")
class ChangeFeedController {

	private static final int SCAN_FACTOR = 20;

	private static final int MAX_BATCHES = 50;

	private static final Duration POLL = Duration.ofMillis(250);

	private final ReactiveMongoTemplate mongo;

	private final LocalityDirectory directory;

	private final ChangeProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	ChangeFeedController(ReactiveMongoTemplate mongo, LocalityDirectory directory, ChangeProperties properties,
			JsonMapper json, Clock clock) {
		this.mongo = mongo;
		this.directory = directory;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/api/v1/changes")
	@Operation(summary = "Read the change feed after a cursor", description = """
			Items are CloudEvents 1.0 (structured JSON), oldest first. Start without 'after' to read from \
			the beginning; continue with page.nextCursor, which is always present. Filters: types (short \
			names such as notice.issued, comma-separated or repeated), department, locality (hierarchy \
			honoured as for boards). wait=N (seconds, up to 30) holds an empty answer until a change \
			arrives or N seconds pass. Per item (guide, notice, directory code) the order is the order \
			of the changes; across items it is the order they were recorded.""")
	@ApiResponse(responseCode = "200", description = "A page of changes")
	@ApiResponse(responseCode = "400", description = "Unknown type, malformed cursor, size outside 1..100",
			content = @Content(mediaType = "application/problem+json"))
	Mono<CollectionPage<JsonNode>> changes(
			@Parameter(description = "Opaque cursor from page.nextCursor") @RequestParam(required = false) String after,
			@Parameter(description = "Short type names, e.g. notice.issued,guide.published.major") @RequestParam(
					required = false) List<String> types,
			@RequestParam(required = false) List<String> department,
			@Parameter(description = "Locality code, e.g. 410471100201") @RequestParam(
					required = false) List<String> locality,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = "Long-poll: seconds to wait for a change when there is none") @RequestParam(
					defaultValue = "0") @Min(0) @Max(30) int wait,
			ServerHttpRequest request) {
		long position = decode(after);
		Set<String> typeNames = typeNames(types);
		List<String> departments = codes("department", department);
		List<String> localities = codes("locality", locality);
		Duration waitFor = Duration.ofSeconds(Math.min(wait, this.properties.maxWait().toSeconds()));
		URI uri = request.getURI();
		return ChangeFilter.resolve(typeNames, departments, localities, this.directory).flatMap((filter) -> {
			Mono<CollectionPage<JsonNode>> once = Mono.defer(() -> page(position, filter, size, uri));
			if (waitFor.isZero()) {
				return once;
			}
			return Flux.interval(Duration.ZERO, POLL)
				.concatMap((tick) -> once)
				.filter((page) -> !page.items().isEmpty())
				.next()
				.timeout(waitFor, once);
		});
	}

	private Mono<CollectionPage<JsonNode>> page(long position, ChangeFilter filter, int size, URI uri) {
		Instant horizon = this.clock.instant().minus(this.properties.settle());
		return scan(position, filter, size, horizon, new ArrayList<>(), 0)
			.map((last) -> CollectionPage.ofCursor(last.items(), size, encode(last.position()), uri));
	}

	/**
	 * Reads the log in batches until the page is full or the log is exhausted, so a page
	 * shorter than {@code size} always means the reader has caught up, even with narrow
	 * filters.
	 */
	private Mono<Scan> scan(long position, ChangeFilter filter, int size, Instant horizon, List<JsonNode> items,
			int batches) {
		Query query = Query.query(Criteria.where("seq").gt(position).and("recordedAt").lte(horizon))
			.with(Sort.by("seq"))
			.limit(size * SCAN_FACTOR);
		return this.mongo.find(query, Change.class).collectList().flatMap((scanned) -> {
			long last = position;
			for (Change change : scanned) {
				if (items.size() == size) {
					break;
				}
				last = change.seq();
				if (filter.matches(change)) {
					items.add(this.json.readTree(change.event()));
				}
			}
			boolean exhausted = scanned.size() < size * SCAN_FACTOR;
			if (items.size() == size || exhausted || batches + 1 >= MAX_BATCHES) {
				return Mono.just(new Scan(items, last));
			}
			return scan(last, filter, size, horizon, items, batches + 1);
		});
	}

	private record Scan(List<JsonNode> items, long position) {
	}

	static String encode(long seq) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("c1:" + seq).getBytes(StandardCharsets.UTF_8));
	}

	static long decode(String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith("c1:")) {
				long seq = Long.parseLong(text.substring(3));
				if (seq >= 0) {
					return seq;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw Problems.invalid("The cursor is not one this feed gave out",
				List.of(new FieldMessage("after", "not a cursor from page.nextCursor")));
	}

	private static Set<String> typeNames(List<String> types) {
		Set<String> names = new TreeSet<>();
		List<FieldMessage> errors = new ArrayList<>();
		for (String value : (types != null) ? types : List.<String>of()) {
			for (String name : value.split(",")) {
				String trimmed = name.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				if (ChangeType.of(trimmed).isEmpty()) {
					errors.add(new FieldMessage("types", "unknown type '" + trimmed + "'"));
				}
				names.add(trimmed);
			}
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid("Unknown change type", errors);
		}
		return names;
	}

	private static List<String> codes(String field, List<String> values) {
		List<String> codes = new ArrayList<>();
		for (String value : (values != null) ? values : List.<String>of()) {
			for (String code : value.split(",")) {
				String trimmed = code.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				if (!trimmed.matches(LocalityDirectory.CODE_PATTERN)) {
					throw Problems.invalid("Invalid code",
							List.of(new FieldMessage(field, "must match [A-Za-z0-9_-]{1,64}")));
				}
				codes.add(trimmed);
			}
		}
		return codes;
	}

}
