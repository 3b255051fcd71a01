package gov.maservice.qr.poster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import gov.maservice.qr.catalog.Catalog;
import gov.maservice.qr.catalog.CatalogItem;
import gov.maservice.qr.catalog.Department;
import gov.maservice.qr.catalog.Locality;
import gov.maservice.qr.config.QrProperties;
import gov.maservice.qr.link.LinkKind;
import gov.maservice.qr.link.LinkService;
import gov.maservice.qr.link.LinkTarget;

/**
 * Builds posters from the projected catalog. A department poster starts with the
 * department's own code, then every published item of the department; a locality poster
 * starts with the locality's code, then every published item delegated to it, printed
 * with the item's locality-bound token so its scans count for that locality. Rendered
 * PDFs are cached by content fingerprint: a catalog event that renames anything on a
 * poster changes the fingerprint, and the next request renders the new name, with the
 * same short links.
 */
@Service
class PosterService {

	private final Catalog catalog;

	private final LinkService links;

	private final PosterRenderer renderer;

	private final QrProperties properties;

	private final Map<String, byte[]> rendered;

	PosterService(Catalog catalog, LinkService links, PosterRenderer renderer, QrProperties properties) {
		this.catalog = catalog;
		this.links = links;
		this.renderer = renderer;
		this.properties = properties;
		int capacity = properties.poster().cacheEntries();
		this.rendered = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
				return size() > capacity;
			}
		};
	}

	Optional<PosterContent> departmentContent(String code) {
		Optional<Department> department = this.catalog.department(code);
		List<CatalogItem> items = this.catalog.publishedItemsOfDepartment(code);
		if (department.isEmpty() && items.isEmpty()) {
			return Optional.empty();
		}
		String name = department.map(Department::name).orElse(code);
		List<LinkTarget> targets = new ArrayList<>();
		department.ifPresent((known) -> targets.add(LinkTarget.of(LinkKind.DEPARTMENT, code)));
		items.forEach((item) -> targets.add(LinkTarget.of(LinkKind.ITEM, item.code())));
		Map<LinkTarget, String> tokens = this.links.tokens(targets);
		List<PosterContent.Entry> entries = new ArrayList<>();
		department.ifPresent((known) -> entries.add(entry(tokens.get(targets.get(0)), name + " 全部事项", code)));
		items.forEach((item) -> entries
			.add(entry(tokens.get(LinkTarget.of(LinkKind.ITEM, item.code())), item.name(), item.code())));
		return Optional.of(new PosterContent(name, this.properties.districtName() + "行政服务中心 · 扫码查看办事指南",
				this.properties.districtName() + " · 码上服务", entries));
	}

	Optional<PosterContent> localityContent(String code) {
		return this.catalog.locality(code).map((locality) -> {
			List<CatalogItem> items = this.catalog.publishedItemsOfLocality(code);
			List<LinkTarget> targets = new ArrayList<>();
			targets.add(LinkTarget.of(LinkKind.LOCALITY, code));
			items.forEach((item) -> targets.add(new LinkTarget(LinkKind.ITEM, item.code(), code)));
			Map<LinkTarget, String> tokens = this.links.tokens(targets);
			List<PosterContent.Entry> entries = new ArrayList<>();
			entries.add(entry(tokens.get(targets.get(0)), locality.name() + " 可办事项", code));
			items.forEach((item) -> entries
				.add(entry(tokens.get(new LinkTarget(LinkKind.ITEM, item.code(), code)), item.name(), item.code())));
			return new PosterContent(locality.name(), subtitle(locality), this.properties.districtName() + " · 码上服务",
					entries);
		});
	}

	/** The poster's bytes, from cache when the same content was rendered before. */
	byte[] pdf(PosterContent content, Paper paper) {
		String fingerprint = content.fingerprint(paper);
		synchronized (this.rendered) {
			byte[] cached = this.rendered.get(fingerprint);
			if (cached != null) {
				return cached;
			}
		}
		byte[] pdf = this.renderer.render(content, paper);
		synchronized (this.rendered) {
			this.rendered.put(fingerprint, pdf);
		}
		return pdf;
	}

	List<Department> departments() {
		return this.catalog.allDepartments();
	}

	List<Locality> localities() {
		return this.catalog.allLocalities();
	}

	private String subtitle(Locality locality) {
		String parent = (locality.parentCode() != null)
				? this.catalog.locality(locality.parentCode()).map(Locality::name).orElse("") : "";
		return this.properties.districtName() + parent + " · 就近办理 · 扫码查看办事指南";
	}

	private PosterContent.Entry entry(String token, String name, String code) {
		return new PosterContent.Entry(this.links.shortUrl(token), name, code);
	}

}
