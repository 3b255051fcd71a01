package gov.maservice.qr.link;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import gov.maservice.qr.catalog.Catalog;
import gov.maservice.qr.catalog.CatalogItem;
import gov.maservice.qr.catalog.Department;
import gov.maservice.qr.catalog.Locality;
import gov.maservice.qr.config.QrProperties;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Mints, finds and resolves short links. Minting is idempotent across replicas: the first
 * insert for a target wins through the unique {@code targetKey} index, and a loser reads
 * the winner's token. Once minted a token is never changed or deleted, because it is
 * printed; so a token is only used if its code reads back reliably
 * ({@link ReadabilityCheck}).
 */
@Service
public class LinkService {

	private static final int MINT_ATTEMPTS = 5;

	private static final int KNOWN_TOKENS = 20_000;

	private final MongoTemplate mongoTemplate;

	private final TokenGenerator tokens;

	private final ReadabilityCheck readability;

	private final Catalog catalog;

	private final String baseUrl;

	private final LinkTable table;

	private final Map<LinkTarget, String> knownTokens = lru();

	private final Map<String, Boolean> knownLinkTokens = lru();

	LinkService(MongoTemplate mongoTemplate, TokenGenerator tokens, Catalog catalog, QrProperties properties,
			ObjectProvider<ReadabilityCheck> readability, LinkTable table) {
		this.mongoTemplate = mongoTemplate;
		this.table = table;
		this.tokens = tokens;
		this.readability = readability.getIfAvailable(() -> ReadabilityCheck.NONE);
		this.catalog = catalog;
		this.baseUrl = properties.publicBaseUrl();
	}

	/** The link a QR code encodes for this token. */
	public String shortUrl(String token) {
		return publicUrl("/q/" + token);
	}

	/** An absolute URL below the gateway's public address. */
	public String publicUrl(String path) {
		return this.baseUrl + path;
	}

	/**
	 * The printable link of a known catalog target, minting its token on first use.
	 * Tokens never change and catalog entries are never deleted, so a target once found
	 * is remembered per instance and a code without caption is served without touching
	 * the store.
	 * @param captionNeeded whether the caption must carry the current name (read afresh)
	 * @return empty when the catalog does not know the target (or the item is not
	 * delegated to the named locality)
	 */
	public Optional<PrintableLink> printable(LinkTarget target, boolean captionNeeded) {
		if (!captionNeeded) {
			String token = this.knownTokens.get(target);
			if (token != null) {
				return Optional.of(new PrintableLink(token, shortUrl(token), null, target.code()));
			}
		}
		return caption(target).map((caption) -> {
			ShortLink link = ensure(target);
			this.knownTokens.put(target, link.token());
			return toPrintable(link, caption);
		});
	}

	/**
	 * The printable link of any existing token (catalog or custom). Tokens are never
	 * deleted, so a token once found is remembered per instance for codes without
	 * caption.
	 */
	public Optional<PrintableLink> printable(String token, boolean captionNeeded) {
		if (!captionNeeded && this.knownLinkTokens.containsKey(token)) {
			return Optional.of(new PrintableLink(token, shortUrl(token), null, token));
		}
		Optional<PrintableLink> printable = find(token).map((link) -> {
			if (link.kind() == LinkKind.CUSTOM) {
				return toPrintable(link, new String[] { link.title(), link.token() });
			}
			String[] caption = caption(new LinkTarget(link.kind(), link.targetCode(), null))
				.orElse(new String[] { link.targetCode(), link.targetCode() });
			return toPrintable(link, caption);
		});
		printable.ifPresent((found) -> this.knownLinkTokens.put(token, Boolean.TRUE));
		return printable;
	}

	/**
	 * Printable links of many known targets at once (posters): one query for the tokens
	 * that exist, one insert for each that does not. The caller supplies the captions it
	 * already has.
	 */
	public Map<LinkTarget, String> tokens(List<LinkTarget> targets) {
		Map<String, LinkTarget> byKey = new LinkedHashMap<>();
		targets.forEach((target) -> byKey.put(key(target), target));
		Map<String, String> tokenByKey = new HashMap<>();
		Query query = Query.query(where("targetKey").in(byKey.keySet()));
		query.fields().include("_id", "targetKey");
		this.mongoTemplate.find(query, ShortLink.class)
			.forEach((link) -> tokenByKey.put(link.targetKey(), link.token()));
		Map<LinkTarget, String> result = new LinkedHashMap<>();
		byKey.forEach((key, target) -> {
			String token = tokenByKey.get(key);
			result.put(target, (token != null) ? token : ensure(target).token());
		});
		return result;
	}

	/** The link for a catalog target, minted if it does not exist yet. */
	ShortLink ensure(LinkTarget target) {
		String key = key(target);
		ShortLink existing = findByKey(key);
		if (existing != null) {
			this.table.put(existing);
			return existing;
		}
		for (int attempt = 0; attempt < MINT_ATTEMPTS; attempt++) {
			Instant now = Instant.now();
			ShortLink link = new ShortLink(readableToken(), target.kind(), target.code(), target.localityCode(), key,
					null, null, now, now, null);
			try {
				return remember(this.mongoTemplate.insert(link));
			}
			catch (DuplicateKeyException ex) {
				existing = findByKey(key);
				if (existing != null) {
					return remember(existing);
				}
			}
		}
		throw new IllegalStateException("Could not mint a unique token for " + key);
	}

	Optional<ShortLink> find(String token) {
		return Optional.ofNullable(this.mongoTemplate.findById(token, ShortLink.class));
	}

	/** Where a scan of this link goes now. */
	String targetUrl(ShortLink link) {
		return switch (link.kind()) {
			case ITEM -> this.baseUrl + "/g/" + link.targetCode();
			case DEPARTMENT -> this.baseUrl + "/d/" + link.targetCode();
			case LOCALITY -> this.baseUrl + "/l/" + link.targetCode();
			case CUSTOM -> (link.targetUrl() != null && link.targetUrl().startsWith("/"))
					? this.baseUrl + link.targetUrl() : link.targetUrl();
		};
	}

	/** Current display title of a link: the catalog name, or a custom link's title. */
	String title(ShortLink link) {
		if (link.kind() == LinkKind.CUSTOM) {
			return link.title();
		}
		return caption(new LinkTarget(link.kind(), link.targetCode(), null)).map((caption) -> caption[0]).orElse(null);
	}

	ShortLink createCustom(String title, String targetUrl, String user) {
		for (int attempt = 0; attempt < MINT_ATTEMPTS; attempt++) {
			String token = readableToken();
			Instant now = Instant.now();
			ShortLink link = new ShortLink(token, LinkKind.CUSTOM, null, null, "CUSTOM:" + token, targetUrl, title, now,
					now, user);
			try {
				return remember(this.mongoTemplate.insert(link));
			}
			catch (DuplicateKeyException ex) {
				// token collision: draw another
			}
		}
		throw new IllegalStateException("Could not mint a unique token for a custom link");
	}

	/**
	 * Changes a custom link's target and title; empty when the token is not a custom
	 * link.
	 */
	Optional<ShortLink> updateCustom(String token, String title, String targetUrl, String user) {
		Query query = Query.query(where("_id").is(token).and("kind").is(LinkKind.CUSTOM));
		Update update = new Update().set("title", title)
			.set("targetUrl", targetUrl)
			.set("updatedAt", Instant.now())
			.set("updatedBy", user);
		return Optional
			.ofNullable(this.mongoTemplate.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
					ShortLink.class))
			.map(this::remember);
	}

	List<ShortLink> list(LinkKind kind, int page, int size) {
		Query query = (kind != null) ? Query.query(where("kind").is(kind)) : new Query();
		query.with(Sort.by("createdAt", "_id")).skip((long) page * size).limit(size);
		return this.mongoTemplate.find(query, ShortLink.class);
	}

	long count(LinkKind kind) {
		Query query = (kind != null) ? Query.query(where("kind").is(kind)) : new Query();
		return this.mongoTemplate.count(query, ShortLink.class);
	}

	/** A fresh token whose code reads back everywhere (see {@link ReadabilityCheck}). */
	private String readableToken() {
		for (int attempt = 0; attempt < MINT_ATTEMPTS * 4; attempt++) {
			String token = this.tokens.next();
			if (this.readability.readable(shortUrl(token))) {
				return token;
			}
		}
		throw new IllegalStateException("No readable token found for base URL " + this.baseUrl);
	}

	/** Every link this instance writes is served from memory at once. */
	private ShortLink remember(ShortLink link) {
		this.table.put(link);
		return link;
	}

	private ShortLink findByKey(String key) {
		return this.mongoTemplate.findOne(Query.query(where("targetKey").is(key)), ShortLink.class);
	}

	private PrintableLink toPrintable(ShortLink link, String[] caption) {
		return new PrintableLink(link.token(), shortUrl(link.token()), caption[0], caption[1]);
	}

	private static String key(LinkTarget target) {
		return ShortLink.targetKey(target.kind(), target.code(), target.localityCode());
	}

	/** Caption lines {title, code} of a known target, empty when unknown. */
	private Optional<String[]> caption(LinkTarget target) {
		return switch (target.kind()) {
			case ITEM -> this.catalog.item(target.code())
				.filter((item) -> target.localityCode() == null || item.localityCodes().contains(target.localityCode()))
				.map((CatalogItem item) -> new String[] { (item.name() != null) ? item.name() : item.code(),
						item.code() });
			case DEPARTMENT -> this.catalog.department(target.code())
				.map((Department department) -> new String[] { department.name(), department.code() });
			case LOCALITY -> this.catalog.locality(target.code())
				.map((Locality locality) -> new String[] { locality.name(), locality.code() });
			case CUSTOM -> Optional.empty();
		};
	}

	private static <K, V> Map<K, V> lru() {
		return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > KNOWN_TOKENS;
			}
		});
	}

	static List<LinkTarget> targetsOfItem(String itemCode, List<String> localityCodes) {
		List<LinkTarget> targets = new ArrayList<>();
		targets.add(LinkTarget.of(LinkKind.ITEM, itemCode));
		localityCodes.forEach((locality) -> targets.add(new LinkTarget(LinkKind.ITEM, itemCode, locality)));
		return targets;
	}

}
