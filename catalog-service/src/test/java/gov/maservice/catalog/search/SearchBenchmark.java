package gov.maservice.catalog.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search latency at the shipped catalog's size and at 100,000 generated items: not a
 * test, a program (see {@code bench/search.sh} and {@code docs/benchmarks/catalog.md}).
 * <p>
 * The 100,000 items are built from the seed's own vocabulary: the item objects of the
 * seed names (without their situation in brackets) combined with subjects and actions
 * seen in real implementation lists, materials and conditions drawn from the seed. Names
 * therefore share characters and pinyin initials as densely as a real provincial catalog,
 * which is what makes posting lists long and queries slow.
 * <p>
 * Arguments: the seed folder (holding {@code items/*.json}), then the catalog sizes to
 * measure (default: the seed's size and 100000).
 */
public final class SearchBenchmark {

	private static final List<String> QUERIES = List.of("营业执照", "执照", "yyzz", "yingyezhizhao", "食品经营许可", "社会保障卡",
			"shbzk", "不动产登记", "bdcdj", "户籍迁移", "身份证", "医保", "yibao", "公积金提取", "gjj", "护照", "残疾人证", "退休", "许可", "证",
			"登记", "zhuxiao", "营业执照 注销", "yingye", "410471-XK00101-001", "");

	private static final String[] SUBJECTS = { "", "", "", "个体工商户", "企业", "农民专业合作社", "外商投资企业", "建设工程", "道路运输", "医疗机构",
			"民办学校", "养老机构", "旅行社", "危险化学品", "娱乐场所", "出租汽车", "城镇职工", "城乡居民", "退役军人", "残疾人", "困难群众", "农村", "社区", "特种设备",
			"药品零售", "医疗器械", "建筑施工企业", "房地产开发企业" };

	private static final String[] ACTIONS = { "", "设立登记", "变更登记", "注销登记", "延续", "补发", "备案", "核准", "审批", "认定", "许可",
			"年度报告", "资格确认", "证明开具", "申领", "换领", "转移接续", "待遇核定", "信息查询", "撤销" };

	private static final int WARMUP = 3;

	/**
	 * Rounds of the whole query mix measured; more where queries are fast, so p99 rests
	 * on enough samples.
	 */
	private static int rounds(int size) {
		if (Boolean.getBoolean("bench.quick")) {
			return 5;
		}
		return (size <= 10_000) ? 200 : 40;
	}

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path seed = Path.of((args.length > 0) ? args[0] : "catalog-service/src/main/resources/seed");
		List<IndexableGuide> seedGuides = readSeed(seed.resolve("items"));
		List<Integer> sizes = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			sizes.add(Integer.parseInt(args[i]));
		}
		if (sizes.isEmpty()) {
			sizes = List.of(seedGuides.size(), 100_000);
		}
		System.err.printf("java %s, %d processors, max heap %d MiB, seed %s (%d items)%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, seed, seedGuides.size());
		for (int size : sizes) {
			List<IndexableGuide> catalog = (size <= seedGuides.size()) ? seedGuides.subList(0, size)
					: generate(seedGuides, size);
			measure(catalog);
		}
	}

	private static void measure(List<IndexableGuide> catalog) {
		System.gc();
		long heapBefore = usedHeap();
		long start = System.nanoTime();
		SearchIndex index = new SearchIndex();
		Instant now = Instant.now();
		for (IndexableGuide guide : catalog) {
			index.put(IndexedItem.of(SearchDocument.published(guide, now)));
		}
		long buildMillis = (System.nanoTime() - start) / 1_000_000;
		System.gc();
		long heapMiB = (usedHeap() - heapBefore) >> 20;
		System.out.printf(Locale.ROOT, "%n### %,d items%n%nIndex built in %d ms, about %d MiB of heap.%n%n",
				catalog.size(), buildMillis, heapMiB);
		int rounds = rounds(catalog.size());
		Map<String, long[]> perQuery = new LinkedHashMap<>();
		for (String q : QUERIES) {
			perQuery.put(q, new long[rounds]);
		}
		long[] all = new long[QUERIES.size() * rounds];
		int n = 0;
		long hitsSeen = 0;
		for (int round = -WARMUP; round < rounds; round++) {
			for (String q : QUERIES) {
				long t0 = System.nanoTime();
				SearchIndex.SearchPage page = index.search(SearchQuery.parse(q), SearchFilters.NONE, 0, 10);
				long elapsed = System.nanoTime() - t0;
				hitsSeen += page.hits().size();
				if (round >= 0) {
					perQuery.get(q)[round] = elapsed;
					all[n++] = elapsed;
				}
			}
		}
		long totalNanos = Arrays.stream(all).sum();
		System.out.println("| query | hits | p50 ms | p99 ms |");
		System.out.println("|---|---:|---:|---:|");
		System.out.printf(Locale.ROOT,
				"| **all %d queries** (%.0f queries/s on one thread, max %.3f ms) | | %.3f | %.3f |%n", all.length,
				all.length / (totalNanos / 1e9), millis(percentile(all, 100)), millis(percentile(all, 50)),
				millis(percentile(all, 99)));
		for (Map.Entry<String, long[]> entry : perQuery.entrySet()) {
			int total = index.search(SearchQuery.parse(entry.getKey()), SearchFilters.NONE, 0, 1).total();
			System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n",
					entry.getKey().isEmpty() ? "(blank: list)" : "`" + entry.getKey() + "`", total,
					millis(percentile(entry.getValue(), 50)), millis(percentile(entry.getValue(), 99)));
		}
		if (hitsSeen == 0) {
			throw new IllegalStateException("no query found anything: the benchmark measured nothing");
		}
	}

	private static List<IndexableGuide> readSeed(Path folder) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<IndexableGuide> guides = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter((file) -> file.getFileName().toString().endsWith(".json")).sorted().toList();
		}
		for (Path file : files) {
			for (JsonNode item : json.readTree(Files.readString(file))) {
				List<String> materials = new ArrayList<>();
				item.path("materials").forEach((material) -> materials.add(material.path("name").asString("")));
				List<String> conditions = new ArrayList<>();
				item.path("conditions").forEach((condition) -> conditions.add(condition.asString()));
				List<String> localities = new ArrayList<>();
				item.path("localityCodes").forEach((code) -> localities.add(code.asString()));
				guides.add(new IndexableGuide(item.get("code").asString(), item.path("basicCode").asString(""),
						item.get("name").asString(), item.path("shortName").asString(null),
						item.path("departmentCode").asString(""), item.path("departmentCode").asString(""),
						item.path("itemType").asString(""), localities, localities, materials, conditions, 1, 1));
			}
		}
		return guides;
	}

	private static List<IndexableGuide> generate(List<IndexableGuide> seed, int size) {
		Random random = new Random(42);
		List<String> objects = seed.stream().map((guide) -> guide.name().replaceAll("（.*?）|\\(.*?\\)", "")).toList();
		List<String> materials = seed.stream().flatMap((guide) -> guide.materials().stream()).distinct().toList();
		List<String> conditions = seed.stream().flatMap((guide) -> guide.conditions().stream()).distinct().toList();
		List<IndexableGuide> generated = new ArrayList<>(size);
		generated.addAll(seed);
		for (int i = generated.size(); i < size; i++) {
			IndexableGuide template = seed.get(random.nextInt(seed.size()));
			String name = SUBJECTS[random.nextInt(SUBJECTS.length)] + objects.get(random.nextInt(objects.size()))
					+ ACTIONS[random.nextInt(ACTIONS.length)];
			List<String> itemMaterials = new ArrayList<>();
			for (int m = 2 + random.nextInt(5); m > 0; m--) {
				itemMaterials.add(materials.get(random.nextInt(materials.size())));
			}
			List<String> itemConditions = List.of(conditions.get(random.nextInt(conditions.size())));
			generated.add(new IndexableGuide(String.format("G%06d-%s", i, template.basicCode()), template.basicCode(),
					name, null, template.departmentCode(), template.departmentName(), template.itemType(),
					template.localityCodes(), template.localityScope(), itemMaterials, itemConditions, 1, 1));
		}
		return generated;
	}

	private static long percentile(long[] values, int percent) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int at = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
