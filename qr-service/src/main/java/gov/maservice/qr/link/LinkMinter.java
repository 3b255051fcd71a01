package gov.maservice.qr.link;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import gov.maservice.qr.catalog.CatalogChanged;

/**
 * Mints the tokens of a catalog target as soon as the catalog announces it, so the first
 * poster or image request finds them ready; an item delegated to localities also gets one
 * token per locality for the codes on those localities' posters. Images and posters mint
 * on demand as well, so a missed announcement costs nothing.
 */
@Component
class LinkMinter {

	private final LinkService links;

	LinkMinter(LinkService links) {
		this.links = links;
	}

	@EventListener
	void on(CatalogChanged changed) {
		switch (changed.kind()) {
			case ITEM -> LinkService.targetsOfItem(changed.code(), changed.localityCodes()).forEach(this.links::ensure);
			case DEPARTMENT -> this.links.ensure(LinkTarget.of(LinkKind.DEPARTMENT, changed.code()));
			case LOCALITY -> this.links.ensure(LinkTarget.of(LinkKind.LOCALITY, changed.code()));
		}
	}

}
