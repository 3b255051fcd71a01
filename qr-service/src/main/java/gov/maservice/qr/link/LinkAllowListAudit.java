package gov.maservice.qr.link;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Custom links stored before the allow-list existed (or before a host was removed from
 * it) keep redirecting: they are printed, and breaking them silently would strand every
 * poster. Instead, at start, each such link is named in a warning so an administrator can
 * review and repoint it.
 */
@Component
class LinkAllowListAudit {

	private static final Logger log = LoggerFactory.getLogger(LinkAllowListAudit.class);

	private static final int NAMED_AT_MOST = 50;

	private final MongoTemplate mongo;

	private final LinkTargetPolicy policy;

	LinkAllowListAudit(MongoTemplate mongo, LinkTargetPolicy policy) {
		this.mongo = mongo;
		this.policy = policy;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnAboutLinksOutsideTheAllowList() {
		try {
			List<String> outside = linksOutsideTheAllowList();
			if (!outside.isEmpty()) {
				log.warn(
						"{} custom short link(s) point at hosts not on qr.links.allowed-hosts and still redirect "
								+ "there; review and repoint them with PUT /api/v1/links/{token}: {}",
						outside.size(), String.join(", ", outside.subList(0, Math.min(outside.size(), NAMED_AT_MOST))));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check custom short links against the allow-list: {}", ex.toString());
		}
	}

	/**
	 * Tokens and targets ({@code token -> target}) of custom links the allow-list would
	 * refuse now.
	 */
	List<String> linksOutsideTheAllowList() {
		Query query = Query.query(where("kind").is(LinkKind.CUSTOM));
		query.fields().include("_id", "kind", "targetUrl");
		return this.mongo.find(query, ShortLink.class)
			.stream()
			.filter((link) -> !this.policy.allowsStored(link.targetUrl()))
			.map((link) -> link.token() + " -> " + link.targetUrl())
			.toList();
	}

}
