package gov.maservice.catalog.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import gov.maservice.catalog.department.Department;
import gov.maservice.catalog.department.Departments;
import gov.maservice.catalog.guide.ItemType;
import gov.maservice.catalog.locality.Localities;
import gov.maservice.catalog.locality.Locality;
import gov.maservice.catalog.locality.LocalityLevel;
import gov.maservice.catalog.search.GuideRevisions;
import gov.maservice.catalog.search.SearchResult;
import gov.maservice.catalog.search.SearchService;
import gov.maservice.catalog.search.SearchService.ListedGuide;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen pages: home with search, search results, the guide, a department's items
 * and a locality's items. Server-rendered HTML without scripts, so they open fast in
 * WeChat's in-app browser on a slow network; {@code ?large=1} switches every page to
 * large text (适老化). Guide pages are served from {@link GuidePageCache} while their item
 * revision holds.
 */
@Controller
@Hidden
class PageController {

	private static final List<String> EXAMPLES = List.of("营业执照", "社会保障卡", "不动产登记", "户口迁移", "医保");

	private static final int RESULTS_PER_PAGE = 20;

	private final GuidePages guidePages;

	private final GuidePageCache cache;

	private final GuideRevisions revisions;

	private final PageRenderer renderer;

	private final SearchService search;

	private final Departments departments;

	private final Localities localities;

	private final PageProperties properties;

	private final Timer guideTimer;

	PageController(GuidePages guidePages, GuidePageCache cache, GuideRevisions revisions, PageRenderer renderer,
			SearchService search, Departments departments, Localities localities, PageProperties properties,
			MeterRegistry meters) {
		this.guidePages = guidePages;
		this.cache = cache;
		this.revisions = revisions;
		this.renderer = renderer;
		this.search = search;
		this.departments = departments;
		this.localities = localities;
		this.properties = properties;
		this.guideTimer = Timer.builder("catalog.pages.guide")
			.description("Time to answer a guide page request, cache hits and renderings alike")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
	}

	@GetMapping("/g/{code}")
	ResponseEntity<byte[]> guide(@PathVariable String code,
			@RequestParam(name = "large", required = false) String large, HttpServletRequest request) {
		long start = System.nanoTime();
		try {
			PageLinks links = links(large);
			OptionalLong revision = this.revisions.of(code);
			RenderedPage page = this.cache.get(code, links.large(), revision);
			if (page == null) {
				Optional<GuidePages.Loaded> loaded = this.guidePages.load(code);
				if (loaded.isEmpty()) {
					return notFound(request, links, "/g/" + code, "没有编码为“" + code + "”的办事事项，可能是二维码或链接有误。");
				}
				GuidePages.Loaded guide = loaded.get();
				page = this.renderer.render("guide", links, toggle("/g/" + code, links), Map.of("g", guide.page()),
						"g" + guide.view().version() + "e" + guide.view().edition(), guide.lastModified());
				this.cache.put(code, links.large(), revision.orElse(-1), page);
			}
			return PageResponses.send(request, page, HttpStatus.OK, this.properties.maxAge());
		}
		finally {
			this.guideTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home(@RequestParam(name = "large", required = false) String large,
			HttpServletRequest request) {
		PageLinks links = links(large);
		List<ListedGuide> all = this.search.list(null, null);
		Map<String, Long> byDepartment = all.stream()
			.collect(Collectors.groupingBy(ListedGuide::departmentCode, Collectors.counting()));
		List<Counted> departmentList = this.departments.findAll()
			.stream()
			.map((d) -> new Counted(d.code(),
					(d.shortName() != null && !d.shortName().isBlank()) ? d.shortName() : d.name(),
					byDepartment.getOrDefault(d.code(), 0L)))
			.toList();
		List<Locality> places = this.localities.findAll();
		Map<String, Long> byLocality = countByLocality(all);
		List<Area> areas = new ArrayList<>();
		for (Locality area : places) {
			if (area.level() == LocalityLevel.TOWN || area.level() == LocalityLevel.STREET) {
				List<Counted> children = places.stream()
					.filter((child) -> area.code().equals(child.parentCode()))
					.map((child) -> new Counted(child.code(), child.name(), byLocality.getOrDefault(child.code(), 0L)))
					.toList();
				areas.add(new Area(area.code(), area.name(), byLocality.getOrDefault(area.code(), 0L), children));
			}
		}
		Map<String, Object> model = Map.of("total", all.size(), "departments", departmentList, "areas", areas,
				"examples", EXAMPLES);
		RenderedPage page = this.renderer.render("home", links, toggle("/", links), model, null, latest(all));
		return PageResponses.send(request, page, HttpStatus.OK, this.properties.maxAge());
	}

	@GetMapping("/search")
	ResponseEntity<byte[]> search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "department", required = false) String department,
			@RequestParam(name = "locality", required = false) String locality,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "large", required = false) String large, HttpServletRequest request) {
		PageLinks links = links(large);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("q", (q != null) ? q.strip() : "");
		model.put("department", blankToNull(department));
		model.put("locality", blankToNull(locality));
		model.put("title",
				((q != null && !q.isBlank()) ? q.strip() + " - " : "") + "搜索 - " + this.properties.siteName());
		HttpStatus status = HttpStatus.OK;
		try {
			int pageNumber = parsePage(page);
			SearchResult result = this.search.search(q, blankToNull(department), blankToNull(locality), null,
					pageNumber, RESULTS_PER_PAGE);
			model.put("result", result);
			model.put("hits", result.hits().stream().map(PageController::hit).toList());
			model.put("previous", (pageNumber > 0)
					? links.search(q, blankToNull(department), blankToNull(locality), pageNumber - 1) : null);
			model.put("next", ((long) (pageNumber + 1) * RESULTS_PER_PAGE < result.total())
					? links.search(q, blankToNull(department), blankToNull(locality), pageNumber + 1) : null);
			model.put("scope", scope(blankToNull(department), blankToNull(locality)));
		}
		catch (ErrorResponseException ex) {
			status = HttpStatus.BAD_REQUEST;
			model.put("error", "搜索条件有误：搜索内容最多100个字，不能包含 $ { } 等特殊符号，页码需为正常数字。");
		}
		String self = links(null).search(q, blankToNull(department), blankToNull(locality), null);
		RenderedPage rendered = this.renderer.render("search", links, toggle(self, links), model, null, null);
		return PageResponses.send(request, rendered, status, this.properties.maxAge());
	}

	@GetMapping("/d/{code}")
	ResponseEntity<byte[]> department(@PathVariable String code,
			@RequestParam(name = "large", required = false) String large, HttpServletRequest request) {
		PageLinks links = links(large);
		Optional<Department> department = this.departments.findByCode(code);
		if (department.isEmpty()) {
			return notFound(request, links, "/d/" + code, "没有编码为“" + code + "”的部门。");
		}
		List<ListedGuide> items = this.search.list(code, null);
		Map<String, List<ListedGuide>> groups = new LinkedHashMap<>();
		for (ItemType type : ItemType.values()) {
			List<ListedGuide> ofType = items.stream().filter((i) -> type.name().equals(i.itemType())).toList();
			if (!ofType.isEmpty()) {
				groups.put(type.label(), ofType);
			}
		}
		Map<String, Object> model = Map.of("department", department.get(), "items", items, "groups", groups);
		Instant modified = max(latest(items), department.get().modifiedAt());
		RenderedPage page = this.renderer.render("department", links, toggle("/d/" + code, links), model, null,
				modified);
		return PageResponses.send(request, page, HttpStatus.OK, this.properties.maxAge());
	}

	@GetMapping("/l/{code}")
	ResponseEntity<byte[]> locality(@PathVariable String code,
			@RequestParam(name = "large", required = false) String large, HttpServletRequest request) {
		PageLinks links = links(large);
		Optional<Locality> locality = this.localities.findByCode(code);
		if (locality.isEmpty()) {
			return notFound(request, links, "/l/" + code, "没有编码为“" + code + "”的镇（街道）或村（社区）。");
		}
		Locality place = locality.get();
		List<ListedGuide> items = this.search.list(null, code);
		Map<String, Long> byLocality = countByLocality(this.search.list(null, null));
		List<Counted> children = this.localities.findChildren(code)
			.stream()
			.map((child) -> new Counted(child.code(), child.name(), byLocality.getOrDefault(child.code(), 0L)))
			.toList();
		Locality parent = (place.parentCode() != null) ? this.localities.findByCode(place.parentCode()).orElse(null)
				: null;
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("locality", place);
		model.put("items", items);
		model.put("children", children);
		model.put("parent", parent);
		model.put("serviceStation", switch (place.level()) {
			case TOWN, STREET -> "便民服务中心";
			case VILLAGE, COMMUNITY -> "便民服务站";
		});
		Instant modified = max(latest(items), place.modifiedAt());
		RenderedPage page = this.renderer.render("locality", links, toggle("/l/" + code, links), model, null, modified);
		return PageResponses.send(request, page, HttpStatus.OK, this.properties.maxAge());
	}

	private ResponseEntity<byte[]> notFound(HttpServletRequest request, PageLinks links, String path, String message) {
		RenderedPage page = this.renderer.render("not-found", links, toggle(path, links), Map.of("message", message),
				null, null);
		return PageResponses.send(request, page, HttpStatus.NOT_FOUND, this.properties.maxAge());
	}

	/**
	 * A name or total with a code, for lists.
	 *
	 * @param code department or locality code
	 * @param name its name
	 * @param count published items
	 */
	public record Counted(String code, String name, long count) {
	}

	/**
	 * A town or street with its villages or communities.
	 *
	 * @param code locality code
	 * @param name name
	 * @param count items delegated to it
	 * @param children its villages or communities
	 */
	public record Area(String code, String name, long count, List<Counted> children) {
	}

	/**
	 * A search hit as the results page shows it.
	 *
	 * @param code item code
	 * @param segments the name cut at the highlights
	 * @param departmentName department
	 * @param itemType item type label
	 * @param reason why it was found, when not by its name
	 */
	public record HitView(String code, List<Segment> segments, String departmentName, String itemType, String reason) {
	}

	/**
	 * A piece of a name, highlighted or not.
	 *
	 * @param text the piece
	 * @param highlighted whether the query matched it
	 */
	public record Segment(String text, boolean highlighted) {
	}

	static HitView hit(SearchResult.Hit hit) {
		List<Segment> segments = new ArrayList<>();
		String name = hit.name();
		int at = 0;
		for (SearchResult.Highlight highlight : hit.highlights()) {
			if (highlight.start() < at || highlight.end() > name.length()) {
				continue;
			}
			if (highlight.start() > at) {
				segments.add(new Segment(name.substring(at, highlight.start()), false));
			}
			segments.add(new Segment(name.substring(highlight.start(), highlight.end()), true));
			at = highlight.end();
		}
		if (at < name.length()) {
			segments.add(new Segment(name.substring(at), false));
		}
		String reason = null;
		if ("MATERIAL".equals(hit.matchedIn())) {
			reason = (hit.matchedMaterial() != null) ? "所需材料：" + hit.matchedMaterial() : "所需材料相关";
		}
		else if ("CONDITION".equals(hit.matchedIn())) {
			reason = "受理条件相关";
		}
		String type = null;
		for (ItemType itemType : ItemType.values()) {
			if (itemType.name().equals(hit.itemType())) {
				type = itemType.label();
			}
		}
		return new HitView(hit.code(), segments, hit.departmentName(), type, reason);
	}

	private String scope(String department, String locality) {
		if (department != null) {
			return this.departments.findByCode(department).map(Department::name).orElse(department);
		}
		if (locality != null) {
			return this.localities.findByCode(locality).map(Locality::name).orElse(locality);
		}
		return null;
	}

	private static Map<String, Long> countByLocality(List<ListedGuide> items) {
		return items.stream()
			.flatMap((item) -> item.localityCodes().stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private static Instant latest(List<ListedGuide> items) {
		return items.stream()
			.map(ListedGuide::indexedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	private static Instant max(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	private static int parsePage(String page) {
		if (page == null || page.isBlank()) {
			return 0;
		}
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static PageLinks links(String large) {
		return new PageLinks("1".equals(large) || "true".equalsIgnoreCase(large));
	}

	private static String toggle(String path, PageLinks links) {
		String base = path;
		if (links.large()) {
			return base;
		}
		return base + (base.contains("?") ? "&" : "?") + "large=1";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
