package gov.maservice.catalog.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a page template to a {@link RenderedPage}. Pages are rendered outside the MVC
 * view machinery so the bytes can be cached, compressed once and validated; templates use
 * no request-bound features (links come from {@link PageLinks}), so a rendering can be
 * served to anyone asking for the same URL.
 */
@Component
class PageRenderer {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final ITemplateEngine engine;

	private final PageAssets assets;

	private final PageProperties properties;

	private final DistrictProperties district;

	PageRenderer(ITemplateEngine engine, PageAssets assets, PageProperties properties, DistrictProperties district) {
		this.engine = engine;
		this.assets = assets;
		this.properties = properties;
		this.district = district;
	}

	/**
	 * @param template template name under {@code templates/}
	 * @param links links in the reader's text size
	 * @param toggle the same page in the other text size
	 * @param model the page's own variables
	 * @param tag readable ETag prefix such as the item revision, or {@code null}
	 * @param lastModified when the content last changed, or {@code null}
	 */
	RenderedPage render(String template, PageLinks links, String toggle, Map<String, Object> model, String tag,
			Instant lastModified) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("site", this.properties);
		variables.put("district", this.district);
		variables.put("css", this.assets.css());
		variables.put("links", links);
		variables.put("large", links.large());
		variables.put("toggle", toggle);
		String html = this.engine.process(template, new Context(CHINESE, variables));
		String prefix = (tag != null) ? tag + "-" + this.assets.version() + (links.large() ? "l" : "n") : null;
		return RenderedPage.of(html, prefix, lastModified);
	}

}
