import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the seed catalog of the 平顶山高新区 service center (departments, localities and about a
 * thousand complete service guides) from the curated tables in {@code tools/seed-generator/curated/},
 * then checks the written files against every completeness rule of docs/GUIDE-MODEL.md.
 *
 * <pre>
 * java tools/seed-generator/SeedGenerator.java            # generate, then check
 * java tools/seed-generator/SeedGenerator.java --check    # check that the files are up to date and complete
 * java tools/seed-generator/SeedGenerator.java --out DIR  # write elsewhere
 * </pre>
 *
 * The output is deterministic: the same tables always yield byte-identical files.
 */
public class SeedGenerator {

	static final String DISTRICT = "410471";

	static final String TOWN = "410471100000";

	static final String STREET = "410471001000";

	static final String COMPLAINT_PHONE = "0375-12345";

	static final String HALL = "平顶山高新区行政服务中心";

	static final String HALL_STREET = "（长安大道与神马大道交叉口）";

	static final String HOURS = "工作日 上午8:30-12:00，下午14:30-17:30（夏季15:00-18:00），法定节假日休息";

	static final String PORTAL = "https://www.hnzwfw.gov.cn/";

	public static void main(String[] args) throws IOException {
		Path out = Path.of("catalog-service/src/main/resources/seed");
		Path curated = Path.of("tools/seed-generator/curated");
		boolean checkOnly = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--check" -> checkOnly = true;
				case "--out" -> out = Path.of(args[++i]);
				case "--curated" -> curated = Path.of(args[++i]);
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		Generator generator = new Generator();
		generator.load(curated);
		Map<String, String> files = generator.files();
		int stale = 0;
		if (checkOnly) {
			stale = Generator.compare(files, out);
		}
		else {
			Generator.write(files, out);
			System.out.println("wrote " + generator.summary() + " to " + out);
		}
		int problems = Checker.check(out);
		if (stale > 0 || problems > 0) {
			System.exit(1);
		}
	}

}

/** A department stationed in the hall. */
record Dept(String code, String name, String shortName, String hallWindow, String phone, String hallAddress,
		String section, String onlineUrl, String portal) {
}

/** A town, street, village or community. */
record Loc(String code, String name, String level, String parentCode) {
}

/** Fixed directory data: departments and localities. */
final class Directory {

	static final String FLOOR1A = "平顶山高新区行政服务中心一楼A区";

	static final Map<String, String> ONLINE = Map.of(
			"swj", "https://etax.henan.chinatax.gov.cn/",
			"crjgldd", "https://s.nia.gov.cn/",
			"cgs", "https://ha.122.gov.cn/",
			"gdgs", "https://www.95598.cn/");

	static final Map<String, String> PORTALS = Map.of(
			"swj", "河南省电子税务局",
			"crjgldd", "国家移民管理局政务服务平台",
			"cgs", "“交管12123”互联网服务平台",
			"gdgs", "“网上国网”平台");

	static final Map<String, String> ADDRESSES = Map.of(
			"cgs", "平顶山市公安局交通管理支队车辆管理所高新区业务大厅（行政服务中心一楼B区）",
			"swj", "国家税务总局平顶山高新技术产业开发区税务局办税服务厅（平顶山高新区行政服务中心一楼A区）");

	static final List<Dept> DEPARTMENTS = List.of(
			dept("scjgj", "平顶山高新区市场监督管理局", "市场监管局", "一楼A区 1-8号窗口", "0375-2616001", "一楼A区", "登记注册科"),
			dept("swj", "国家税务总局平顶山高新技术产业开发区税务局", "税务局", "一楼A区 9-16号窗口", "0375-2616012", "一楼A区", "纳税服务股"),
			dept("bdcdjzx", "平顶山市不动产登记中心高新分中心", "不动产登记中心", "一楼A区 17-22号窗口", "0375-2616025", "一楼A区", "登记审核科"),
			dept("gafj", "平顶山市公安局高新分局", "公安分局", "一楼B区 23-26号窗口", "0375-2616036", "一楼B区", "户政管理大队"),
			dept("crjgldd", "平顶山市公安局高新分局出入境管理大队", "出入境管理大队", "一楼B区 27-28号窗口", "0375-2616039", "一楼B区", "出入境管理大队证件审批组"),
			dept("cgs", "平顶山市公安局交通管理支队高新大队车管所", "车管所", "一楼B区 29-30号窗口", "0375-2616048", "一楼B区", "车辆管理所业务科"),
			dept("rlzyhshbzj", "平顶山高新区人力资源和社会保障局", "人社局", "二楼C区 31-38号窗口", "0375-2616052", "二楼C区", "社会保险中心"),
			dept("ylbzj", "平顶山高新区医疗保障局", "医保局", "二楼C区 39-42号窗口", "0375-2616066", "二楼C区", "医疗保险中心"),
			dept("zfgjjglzx", "平顶山市住房公积金管理中心高新区管理部", "公积金中心", "二楼C区 43-45号窗口", "0375-2616073", "二楼C区", "归集信贷科"),
			dept("mzj", "平顶山高新区民政局", "民政局", "二楼C区 46-47号窗口", "0375-2616080", "二楼C区", "社会事务股"),
			dept("tyjrswj", "平顶山高新区退役军人事务局", "退役军人事务局", "二楼C区 48号窗口", "0375-2616085", "二楼C区", "优抚安置股"),
			dept("cjrlhh", "平顶山高新区残疾人联合会", "残联", "二楼C区 49号窗口", "0375-2616088", "二楼C区", "康复就业部"),
			dept("wsjkwyh", "平顶山高新区卫生健康委员会", "卫健委", "二楼D区 50-52号窗口", "0375-2616091", "二楼D区", "医政医管股"),
			dept("jyj", "平顶山高新区教育局", "教育局", "二楼D区 53号窗口", "0375-2616095", "二楼D区", "基础教育股"),
			dept("whgdhlyj", "平顶山高新区文化广电和旅游局", "文广旅局", "二楼D区 54号窗口", "0375-2616098", "二楼D区", "文化市场管理股"),
			dept("zfhcxjsj", "平顶山高新区住房和城乡建设局", "住建局", "三楼E区 55-59号窗口", "0375-2616102", "三楼E区", "建筑业管理股"),
			dept("zrzyhghj", "平顶山市自然资源和规划局高新分局", "自然资源和规划分局", "三楼E区 60-62号窗口", "0375-2616115", "三楼E区", "规划管理股"),
			dept("sthjfj", "平顶山市生态环境局高新分局", "生态环境分局", "三楼E区 63号窗口", "0375-2616121", "三楼E区", "环评与排污许可股"),
			dept("jtysj", "平顶山高新区交通运输局", "交通运输局", "三楼E区 64-65号窗口", "0375-2616126", "三楼E区", "运输管理股"),
			dept("slj", "平顶山高新区水利局", "水利局", "三楼E区 66号窗口", "0375-2616131", "三楼E区", "水资源管理股"),
			dept("nyncj", "平顶山高新区农业农村局", "农业农村局", "三楼E区 67-68号窗口", "0375-2616135", "三楼E区", "农业综合股"),
			dept("csglhzhzfj", "平顶山高新区城市管理和综合执法局", "城管局", "三楼F区 69-70号窗口", "0375-2616141", "三楼F区", "市政公用股"),
			dept("yjglj", "平顶山高新区应急管理局", "应急管理局", "三楼F区 71号窗口", "0375-2616146", "三楼F区", "危险化学品监管股"),
			dept("fzhggwyh", "平顶山高新区发展和改革委员会", "发展改革委", "三楼F区 72号窗口", "0375-2616150", "三楼F区", "投资管理股"),
			dept("czj", "平顶山高新区财政局", "财政局", "三楼F区 73号窗口", "0375-2616155", "三楼F区", "会计监督股"),
			dept("sfj", "平顶山高新区司法局", "司法局", "二楼D区 74号窗口", "0375-2616158", "二楼D区", "公共法律服务股"),
			dept("shangwj", "平顶山高新区商务局", "商务局", "三楼F区 75号窗口", "0375-2616162", "三楼F区", "市场流通股"),
			dept("rmfkbgs", "平顶山高新区人民防空办公室", "人防办", "三楼F区 76号窗口", "0375-2616166", "三楼F区", "工程管理股"),
			dept("qxj", "平顶山市气象局高新区气象服务窗口", "气象局", "三楼F区 77号窗口", "0375-2616170", "三楼F区", "防雷减灾科"),
			dept("yczmj", "平顶山市烟草专卖局高新区烟草专卖管理所", "烟草专卖局", "一楼B区 78号窗口", "0375-2616173", "一楼B区", "专卖许可股"),
			dept("xfjydd", "平顶山市高新区消防救援大队", "消防救援大队", "三楼F区 79号窗口", "0375-2616176", "三楼F区", "防火监督科"),
			dept("gdgs", "国网平顶山供电公司高新区供电中心", "供电公司", "一楼B区 80号窗口", "0375-2616180", "一楼B区", "营销服务班"));

	private static Dept dept(String code, String name, String shortName, String window, String phone, String area,
			String section) {
		String hall = ADDRESSES.getOrDefault(code,
				SeedGenerator.HALL + area + shortName + "窗口" + SeedGenerator.HALL_STREET);
		return new Dept(code, name, shortName, window, phone, hall, section,
				ONLINE.getOrDefault(code, SeedGenerator.PORTAL), PORTALS.getOrDefault(code, "河南政务服务网"));
	}

	static final List<String> VILLAGES = List.of("张村", "张楼", "屈庄", "严村", "周湾", "遵化店村", "任庄", "戴庄",
			"焦庄", "王营", "李楼", "刘寨", "孙庄", "马村", "陈营", "高楼", "郭庄", "许楼", "冯寨", "范庄", "杨湾", "谢营",
			"段庄", "吕寨");

	static final List<String> COMMUNITIES = List.of("皇台社区", "高阳社区", "长安社区", "湛北社区", "锦绣社区", "科技城社区");

	static List<Loc> localities() {
		List<Loc> list = new ArrayList<>();
		list.add(new Loc(SeedGenerator.TOWN, "遵化店镇", "TOWN", SeedGenerator.DISTRICT));
		for (int i = 0; i < VILLAGES.size(); i++) {
			list.add(new Loc(String.format("410471100%03d", 201 + i), VILLAGES.get(i), "VILLAGE", SeedGenerator.TOWN));
		}
		list.add(new Loc(SeedGenerator.STREET, "皇台街道", "STREET", SeedGenerator.DISTRICT));
		for (int i = 0; i < COMMUNITIES.size(); i++) {
			list.add(new Loc(String.format("410471001%03d", 1 + i), COMMUNITIES.get(i), "COMMUNITY",
					SeedGenerator.STREET));
		}
		return list;
	}

	static Dept dept(String code) {
		for (Dept d : DEPARTMENTS) {
			if (d.code().equals(code)) {
				return d;
			}
		}
		throw new IllegalArgumentException("unknown department " + code);
	}

	private Directory() {
	}

}

/** A line of a curated item that applies only to some handling situations (letters NCRXBO). */
record Tagged(String tags, String text) {

	private static final Pattern TAG = Pattern.compile("^(.*?)\\s*\\[([NCRXBO]+)\\]\\s*$");

	static Tagged parse(String line) {
		Matcher m = TAG.matcher(line);
		return m.matches() ? new Tagged(m.group(2), m.group(1)) : new Tagged(null, line);
	}

	boolean appliesTo(char situation) {
		return this.tags == null || this.tags.indexOf(situation) >= 0;
	}

	boolean tagged() {
		return this.tags != null;
	}

}

/** One curated main item, as written in the tables, before it is expanded into handling situations. */
final class MainItem {

	String dept;
	String name;
	String shortName;
	String prefix;
	String caseSpec;
	String targets;
	String daysSpec;
	final LinkedHashMap<Character, String> situations = new LinkedHashMap<>();
	final Map<Character, String> nameSuffix = new HashMap<>();
	String cert;
	String certIssuer;
	String section;
	String decider;
	String level = "D";
	List<String> localities = List.of();
	boolean online;
	boolean noMail;
	boolean noAuto;
	boolean site;
	Integer visits;
	String methods;
	String url;
	String hours;
	String address;
	String window;
	String renew = "30日";
	final List<Tagged> laws = new ArrayList<>();
	final List<Tagged> conditions = new ArrayList<>();
	final List<Tagged> materials = new ArrayList<>();
	final List<Tagged> steps = new ArrayList<>();
	final List<Tagged> fees = new ArrayList<>();
	final List<Tagged> faqs = new ArrayList<>();
	final List<Tagged> outs = new ArrayList<>();

}

/** Reads the curated tables and expands them into items. */
final class Generator {

	static final Map<String, String> TYPES = Map.of("XK", "LICENSE", "QR", "CONFIRMATION", "JF", "BENEFIT", "BA",
			"FILING", "CJ", "ADJUDICATION", "JL", "REWARD", "QT", "OTHER_POWER", "GG", "PUBLIC_SERVICE");

	static final Map<Character, String> SITUATIONS = Map.of('N', "NEW", 'C', "CHANGE", 'R', "RENEWAL", 'X',
			"CANCELLATION", 'B', "REISSUE", 'O', "OTHER");

	static final Map<Character, String> DEFAULT_LABELS = Map.of('N', "新办", 'C', "变更", 'R', "延续", 'X', "注销", 'B',
			"补办");

	final Map<String, String> lawDefs = new HashMap<>();

	final Map<String, String> matDefs = new HashMap<>();

	final List<MainItem> mains = new ArrayList<>();

	final List<Map<String, Object>> items = new ArrayList<>();

	/**
	 * Reads the curated tables in file-name order: {@code 00-shared-definitions.txt} holds the shared
	 * definitions and comes first.
	 */
	void load(Path curated) throws IOException {
		List<Path> tables;
		try (var listing = Files.list(curated)) {
			tables = listing.filter((file) -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
		if (tables.isEmpty()) {
			throw new IllegalStateException("no curated tables (*.txt) in " + curated);
		}
		for (Path table : tables) {
			parse(table.getFileName().toString(), Files.readString(table, StandardCharsets.UTF_8));
		}
		Map<String, Integer> serials = new HashMap<>();
		for (MainItem main : this.mains) {
			int serial = serials.merge(main.prefix, 1, Integer::sum);
			expand(main, String.format("%s%03d01", main.prefix, serial));
		}
	}

	private void parse(String file, String text) {
		String dept = null;
		String section = null;
		MainItem item = null;
		int lineNo = 0;
		for (String raw : text.split("\n")) {
			lineNo++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				if (line.startsWith("deflaw ")) {
					String[] kv = line.substring(7).split(" ", 2);
					this.lawDefs.put(kv[0], kv[1].strip());
					continue;
				}
				if (line.startsWith("deffee ")) {
					String[] kv = line.substring(7).split(" ", 2);
					this.lawDefs.put("fee:" + kv[0], kv[1].strip());
					continue;
				}
				if (line.startsWith("defmat ")) {
					String[] kv = line.substring(7).split(" ", 2);
					this.matDefs.put(kv[0], kv[1].strip());
					continue;
				}
				if (line.startsWith("@")) {
					dept = line.substring(1).strip();
					Directory.dept(dept);
					section = null;
					item = null;
					continue;
				}
				if (line.startsWith("== ")) {
					item = header(line.substring(3), dept, section);
					this.mains.add(item);
					continue;
				}
				int space = line.indexOf(' ');
				String key = (space < 0) ? line : line.substring(0, space);
				String value = (space < 0) ? "" : line.substring(space + 1).strip();
				if (key.equals("sec")) {
					section = value;
					continue;
				}
				if (item == null) {
					throw new IllegalStateException("line outside an item");
				}
				switch (key) {
					case "case" -> item.caseSpec += " " + value;
					case "cert" -> {
						String[] c = value.split("\\|");
						item.cert = c[0];
						item.certIssuer = (c.length > 1) ? c[1] : null;
					}
					case "isec" -> item.section = value;
					case "dsec" -> item.decider = value;
					case "short" -> item.shortName = value;
					case "lv" -> level(item, value);
					case "net" -> item.online = true;
					case "nomail" -> item.noMail = true;
					case "noauto" -> item.noAuto = true;
					case "site" -> item.site = true;
					case "visits" -> item.visits = Integer.parseInt(value);
					case "ch" -> item.methods = value;
					case "url" -> item.url = value;
					case "hours" -> item.hours = value;
					case "addr" -> item.address = value;
					case "win" -> item.window = value;
					case "renew" -> item.renew = value;
					case "sfx" -> {
						for (String part : value.split(" ")) {
							item.nameSuffix.put(part.charAt(0), part.substring(2));
						}
					}
					case "law" -> item.laws.add(Tagged.parse(value));
					case "if" -> item.conditions.add(Tagged.parse(value));
					case "m" -> item.materials.add(Tagged.parse(value));
					case "s" -> item.steps.add(Tagged.parse(value));
					case "fee" -> item.fees.add(Tagged.parse(value));
					case "q" -> item.faqs.add(Tagged.parse(value));
					case "out" -> item.outs.add(Tagged.parse(value));
					default -> throw new IllegalStateException("unknown key " + key);
				}
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(
						"table error at " + file + ":" + lineNo + ": " + line + " — " + ex.getMessage(), ex);
			}
		}
	}

	private static MainItem header(String spec, String dept, String section) {
		String[] parts = spec.split("\\|");
		MainItem item = new MainItem();
		item.dept = dept;
		item.section = section;
		item.name = parts[0].strip();
		item.prefix = parts[1].strip();
		if (!TYPES.containsKey(item.prefix)) {
			throw new IllegalStateException("unknown type " + item.prefix);
		}
		item.caseSpec = parts[2].strip();
		item.targets = parts[3].strip();
		item.daysSpec = parts[4].strip();
		if (parts.length > 5) {
			for (String sit : parts[5].strip().split(" ")) {
				char letter = sit.charAt(0);
				String label = (sit.length() > 2) ? sit.substring(2) : DEFAULT_LABELS.get(letter);
				if (!SITUATIONS.containsKey(letter) || label == null || item.situations.containsKey(letter)) {
					throw new IllegalStateException("bad situation " + sit);
				}
				item.situations.put(letter, label);
			}
		}
		return item;
	}

	private static void level(MainItem item, String value) {
		String[] parts = value.split(" ");
		item.level = parts[0];
		List<String> codes = new ArrayList<>();
		for (String set : parts[1].split(",")) {
			List<Loc> all = Directory.localities();
			switch (set) {
				case "town" -> codes.add(SeedGenerator.TOWN);
				case "street" -> codes.add(SeedGenerator.STREET);
				case "villages" -> all.stream().filter(l -> l.level().equals("VILLAGE")).forEach(l -> codes.add(l.code()));
				case "communities" -> all.stream().filter(l -> l.level().equals("COMMUNITY")).forEach(l -> codes.add(l.code()));
				default -> throw new IllegalStateException("unknown locality set " + set);
			}
		}
		item.localities = codes;
	}

	private void expand(MainItem main, String basicCode) {
		List<Character> letters = new ArrayList<>(main.situations.keySet());
		if (letters.isEmpty()) {
			letters.add('-');
		}
		int index = 0;
		for (char letter : letters) {
			index++;
			this.items.add(build(main, basicCode, letter, index));
		}
	}

	private Map<String, Object> build(MainItem main, String basicCode, char letter, int index) {
		Dept dept = Directory.dept(main.dept);
		char tag = (letter == '-') ? 'N' : letter;
		String label = main.situations.get(letter);
		String caseType = caseType(main.caseSpec, tag);
		int[] days = days(main.daysSpec, tag);
		if (caseType.equals("ON_THE_SPOT")) {
			days[1] = 0;
		}
		String itemType = TYPES.get(main.prefix);
		String shortName = (main.shortName != null) ? main.shortName : main.name.replace("{}", "");
		String name;
		if (label == null) {
			name = main.name;
		}
		else if (main.name.contains("{}")) {
			name = main.name.replace("{}", label);
		}
		else {
			name = main.name + "（" + label + "）";
		}
		name += main.nameSuffix.getOrDefault(tag, "");

		Map<String, Object> item = new LinkedHashMap<>();
		item.put("code", SeedGenerator.DISTRICT + "-" + basicCode + "-" + String.format("%03d", index));
		item.put("basicCode", basicCode);
		item.put("name", name);
		item.put("shortName", shortName);
		item.put("parentCode", null);
		item.put("situation", (letter == '-') ? null : SITUATIONS.get(letter));
		item.put("itemType", itemType);
		item.put("caseType", caseType);
		item.put("targets", switch (main.targets) {
			case "N" -> List.of("NATURAL_PERSON");
			case "L" -> List.of("LEGAL_PERSON");
			case "NL" -> List.of("NATURAL_PERSON", "LEGAL_PERSON");
			case "LN" -> List.of("LEGAL_PERSON", "NATURAL_PERSON");
			default -> throw new IllegalStateException("bad targets " + main.targets + " in " + main.name);
		});
		item.put("departmentCode", dept.code());
		item.put("level", switch (main.level) {
			case "D" -> "DISTRICT";
			case "T" -> "TOWNSHIP";
			case "V" -> "VILLAGE";
			default -> throw new IllegalStateException("bad level " + main.level);
		});
		item.put("localityCodes", main.localities);

		List<Object> laws = new ArrayList<>();
		for (Tagged t : main.laws) {
			if (t.appliesTo(tag)) {
				String spec = t.text().startsWith("$") ? def(this.lawDefs, t.text().substring(1)) : t.text();
				String[] p = spec.split("\\|", 3);
				laws.add(obj("law", p[0], "article", p[1], "text", (p.length > 2) ? p[2] : null));
			}
		}
		item.put("legalBasis", laws);

		List<Object> conditions = conditions(main, tag);
		item.put("conditions", conditions);

		List<Map<String, Object>> materials = materials(main, tag);
		item.put("materials", materials);

		List<String> methods = methods(main, caseType);
		int visits = (main.visits != null) ? main.visits : (main.online ? 0 : 1);
		item.put("process", process(main, dept, itemType, caseType, tag, days[1], methods, visits));
		item.put("statutoryDays", days[0]);
		item.put("promisedDays", days[1]);

		String[] fee = null;
		for (Tagged t : main.fees) {
			if (t.appliesTo(tag) && (fee == null || t.tagged())) {
				String spec = t.text().startsWith("$") ? def(this.lawDefs, "fee:" + t.text().substring(1)) : t.text();
				fee = spec.equals("-") ? null : spec.split("\\|", 2);
			}
		}
		item.put("fee", (fee == null) ? obj("charged", false, "basis", null, "amount", null)
				: obj("charged", true, "basis", fee[1], "amount", fee[0]));

		String hall;
		String window;
		String hours = (main.hours != null) ? main.hours : SeedGenerator.HOURS;
		if (main.level.equals("D")) {
			hall = (main.address != null) ? main.address : dept.hallAddress();
			window = (main.window != null) ? main.window : dept.hallWindow();
		}
		else if (main.level.equals("T")) {
			List<String> halls = new ArrayList<>();
			if (main.localities.contains(SeedGenerator.TOWN)) {
				halls.add("遵化店镇便民服务中心（遵化店镇人民政府一楼大厅）");
			}
			if (main.localities.contains(SeedGenerator.STREET)) {
				halls.add("皇台街道便民服务中心（皇台街道办事处一楼大厅）");
			}
			hall = String.join("；", halls);
			window = (main.window != null) ? main.window : "综合受理窗口";
		}
		else {
			boolean villages = main.localities.stream().anyMatch(c -> c.startsWith("410471100"));
			boolean communities = main.localities.stream().anyMatch(c -> c.startsWith("410471001"));
			hall = (villages && communities) ? "各村村民委员会便民服务站、各社区党群服务中心便民服务站"
					: villages ? "各村村民委员会便民服务站（村党群服务中心）" : "各社区党群服务中心便民服务站";
			window = "代办服务台";
			if (main.hours == null) {
				hours = "工作日 上午8:00-12:00，下午14:30-17:30；行动不便的群众可预约代办员上门服务";
			}
		}
		String url = (main.url != null) ? main.url : dept.onlineUrl();
		Map<String, Object> channels = obj("hallAddress", hall, "window", window, "hours", hours, "onlineUrl", url,
				"visits", visits, "methods", methods);
		item.put("channels", channels);
		item.put("contacts", obj("enquiryPhone", dept.phone(), "complaintPhone", SeedGenerator.COMPLAINT_PHONE));
		item.put("faq", faqs(main, dept, item, tag, shortName, materials, methods, visits, url));
		return item;
	}

	private static String def(Map<String, String> defs, String key) {
		String value = defs.get(key);
		if (value == null) {
			throw new IllegalStateException("undefined macro $" + key);
		}
		return value;
	}

	private static String caseType(String spec, char tag) {
		String[] parts = spec.split(" ");
		String code = parts[0];
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].charAt(0) == tag) {
				code = parts[i].substring(2);
			}
		}
		return switch (code) {
			case "S" -> "ON_THE_SPOT";
			case "P" -> "PROMISED";
			case "J" -> "JOINT";
			case "R" -> "REPORTED";
			default -> throw new IllegalStateException("bad case type " + spec);
		};
	}

	private static int[] days(String spec, char tag) {
		String[] parts = spec.split(" ");
		String chosen = parts[0];
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].charAt(0) == tag) {
				chosen = parts[i].substring(2);
			}
		}
		String[] sp = chosen.split("/");
		return new int[] { Integer.parseInt(sp[0]), Integer.parseInt(sp[1]) };
	}

	private static List<Object> conditions(MainItem main, char tag) {
		List<Object> out = new ArrayList<>();
		boolean taggedHere = main.conditions.stream().anyMatch(t -> t.tagged() && t.appliesTo(tag));
		String auto = null;
		if (main.cert != null && !main.noAuto) {
			auto = switch (tag) {
				case 'C' -> "已依法取得" + main.cert + "，" + main.cert + "载明的事项发生变化，需要办理变更的";
				case 'R' -> main.cert + "有效期届满需要继续从事相关活动，并在有效期届满" + main.renew + "前提出延续申请的";
				case 'X' -> "依法终止相关活动，或者" + main.cert + "依法被撤回、撤销、吊销，需要办理注销的";
				case 'B' -> main.cert + "在有效期内遗失或者损毁，需要补发的";
				default -> null;
			};
		}
		if (taggedHere) {
			for (Tagged t : main.conditions) {
				if (t.tagged() && t.appliesTo(tag)) {
					out.add(t.text());
				}
			}
			if (tag == 'R') {
				untagged(main, out);
			}
		}
		else if (auto != null) {
			out.add(auto);
			if (tag == 'R') {
				untagged(main, out);
			}
		}
		else {
			untagged(main, out);
		}
		return out;
	}

	private static void untagged(MainItem main, List<Object> out) {
		for (Tagged t : main.conditions) {
			if (!t.tagged()) {
				out.add(t.text());
			}
		}
	}

	private List<Map<String, Object>> materials(MainItem main, char tag) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Tagged t : main.materials) {
			if (t.appliesTo(tag)) {
				out.add(material(t.text()));
			}
		}
		if (main.cert != null && !main.noAuto) {
			String issuer = (main.certIssuer != null) ? main.certIssuer : Directory.dept(main.dept).name();
			Map<String, Object> extra = switch (tag) {
				case 'C' -> material(main.cert + "原件|@" + issuer + "|#办理变更时交回原证，换发新证");
				case 'R' -> material(main.cert + "原件|@" + issuer + "|#核验后收回，换发新证");
				case 'X' -> material(main.cert + "原件|@" + issuer + "|#办理注销时交回；确实无法交回的，应当书面说明情况");
				case 'B' -> material(main.cert + "遗失或损毁情况说明|#写明遗失、损毁的时间和经过，由申请人签字或盖章");
				default -> null;
			};
			if (extra != null) {
				out.add(Math.min(1, out.size()), extra);
			}
			if (tag == 'B') {
				out.add(material("损毁的" + main.cert + "原件|?证件损毁的|#交回后补发新证"));
			}
		}
		return out;
	}

	Map<String, Object> material(String spec) {
		String[] parts = spec.split("\\|");
		List<String> options = new ArrayList<>();
		String name = parts[0].strip();
		if (name.startsWith("$")) {
			String[] base = def(this.matDefs, name.substring(1)).split("\\|");
			name = base[0].strip();
			options.addAll(Arrays.asList(base).subList(1, base.length));
		}
		options.addAll(Arrays.asList(parts).subList(1, parts.length));
		String form = "ORIGINAL";
		int copies = 1;
		boolean required = true;
		String condition = null;
		String source = "APPLICANT";
		String issuer = null;
		String notes = null;
		String formName = null;
		for (String raw : options) {
			String o = raw.strip();
			if (o.isEmpty()) {
				continue;
			}
			switch (o.charAt(0)) {
				case '原' -> form = "ORIGINAL";
				case '复' -> form = "COPY";
				case '电' -> form = "ELECTRONIC";
				case 'x' -> copies = Integer.parseInt(o.substring(1));
				case '?' -> {
					required = false;
					condition = o.substring(1);
				}
				case '!' -> {
					required = true;
					condition = null;
				}
				case '@' -> {
					source = "ISSUER";
					issuer = o.substring(1);
				}
				case '~' -> source = "OTHER";
				case '#' -> notes = o.substring(1);
				case '表' -> formName = (o.length() > 1) ? o.substring(2) : name;
				default -> throw new IllegalStateException("unknown material option " + o + " in " + spec);
			}
		}
		return obj("name", name, "form", form, "copies", copies, "required", required, "condition", condition,
				"source", source, "issuer", issuer, "notes", notes, "formName", formName);
	}

	private static List<String> methods(MainItem main, String caseType) {
		if (main.methods != null) {
			List<String> out = new ArrayList<>();
			for (char c : main.methods.toCharArray()) {
				out.add(switch (c) {
					case 'W' -> "WINDOW";
					case 'O' -> "ONLINE";
					case 'M' -> "MAIL";
					case 'A' -> "APP";
					default -> throw new IllegalStateException("bad method " + c);
				});
			}
			return out;
		}
		if (main.online) {
			return List.of("ONLINE", "APP", "WINDOW");
		}
		if (!main.level.equals("D")) {
			return List.of("WINDOW");
		}
		if (caseType.equals("PROMISED") && !main.noMail) {
			return List.of("WINDOW", "ONLINE", "MAIL");
		}
		return List.of("WINDOW", "ONLINE");
	}

	private List<Object> process(MainItem main, Dept dept, String itemType, String caseType, char tag, int promised,
			List<String> methods, int visits) {
		List<Tagged> custom = main.steps.stream().filter(t -> t.appliesTo(tag)).toList();
		List<Object> steps = new ArrayList<>();
		if (!custom.isEmpty()) {
			for (Tagged t : custom) {
				String[] p = t.text().split("\\|");
				steps.add(obj("step", p[0], "actor", p[1], "description", p[2], "days", Integer.parseInt(p[3])));
			}
			return steps;
		}
		String section = (main.section != null) ? main.section : dept.section();
		String out = null;
		for (Tagged t : main.outs) {
			if (t.appliesTo(tag) && (out == null || t.tagged())) {
				out = t.text();
			}
		}
		if (out == null) {
			out = switch (tag) {
				case 'X' -> itemType.equals("FILING") ? "注销备案回执"
						: itemType.equals("CONFIRMATION") ? "准予注销登记通知书" : "准予注销通知书";
				default -> (main.cert != null) ? main.cert
						: switch (itemType) {
							case "LICENSE" -> "准予行政许可决定书";
							case "FILING" -> "备案回执";
							case "CONFIRMATION" -> "登记（确认）结果";
							case "BENEFIT" -> "待遇核定结果";
							case "ADJUDICATION" -> "裁决书";
							case "REWARD" -> "奖励决定";
							default -> "办理结果";
						};
			};
		}
		String accept;
		String deliver;
		String decider;
		if (main.level.equals("D")) {
			accept = dept.shortName() + "综合受理窗口";
			deliver = "综合出件窗口";
			decider = (main.decider != null) ? main.decider
					: itemType.equals("LICENSE") ? dept.shortName() + "分管负责人" : section + "负责人";
		}
		else if (main.level.equals("T")) {
			accept = "镇（街道）便民服务中心综合受理窗口";
			deliver = "镇（街道）便民服务中心窗口";
			decider = (main.decider != null) ? main.decider : "镇（街道）分管负责人";
		}
		else {
			accept = "村（社区）便民服务站代办员";
			deliver = "村（社区）便民服务站代办员";
			decider = (main.decider != null) ? main.decider : dept.shortName() + dept.section();
		}
		boolean spot = caseType.equals("ON_THE_SPOT");
		boolean mail = methods.contains("MAIL");
		String review = switch (itemType) {
			case "LICENSE" -> "对申请材料进行审查" + (main.site ? "，组织现场核查" : "") + "，提出审查意见";
			case "CONFIRMATION" -> "核对申请材料，核实登记（确认）事项" + (main.site ? "，必要时实地核查" : "") + "，提出审核意见";
			case "BENEFIT" -> "审核申请人资格条件，核定待遇项目和标准" + (main.site ? "，入户调查核实" : "");
			case "FILING" -> "核对备案材料是否齐全、是否符合法定形式";
			case "ADJUDICATION" -> "查明事实，听取双方意见，组织调解";
			case "REWARD" -> "审核申报材料，组织评审并公示";
			case "OTHER_POWER" -> "审查申请事项和材料" + (main.site ? "，必要时现场核实" : "") + "，提出办理意见";
			default -> "核实申请事项，办理相关业务";
		};
		String decide = switch (itemType) {
			case "LICENSE" -> "作出准予许可或者不予许可的决定；不予许可的，书面说明理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利";
			case "CONFIRMATION" -> "作出予以登记（确认）或者不予登记（确认）的决定";
			case "BENEFIT" -> "作出给付决定；不符合条件的，书面告知理由";
			case "FILING" -> "予以备案，出具备案凭证";
			case "ADJUDICATION" -> "调解不成的，依法作出裁决";
			case "REWARD" -> "作出奖励决定";
			case "OTHER_POWER" -> "作出办理决定";
			default -> "办结并出具办理结果";
		};
		if (caseType.equals("REPORTED")) {
			String reviewer = main.level.equals("V") ? "镇（街道）便民服务中心" : section;
			steps.add(obj("step", "受理", "actor", accept, "description",
					"收取申请材料，材料齐全的登记受理；材料不全的，一次性告知需要补齐的全部材料", "days", 0));
			int reviewDays = Math.max(0, promised - 2);
			int decideDays = Math.min(promised, 1);
			int deliverDays = Math.max(0, promised - reviewDays - decideDays);
			steps.add(obj("step", "审查", "actor", reviewer, "description", review + "，签署初审意见后报送" + dept.shortName(),
					"days", reviewDays));
			steps.add(obj("step", "决定", "actor", decider, "description", decide, "days", decideDays));
			String reportedText;
			if (itemType.equals("BENEFIT")) {
				reportedText = "将审核结果告知申请人，符合条件的按规定将资金发放至本人社会保障卡或银行账户";
			}
			else if (resultLike(out)) {
				reportedText = "将" + out + "告知申请人";
			}
			else {
				reportedText = "通知申请人领取" + out;
			}
			steps.add(obj("step", "送达", "actor", deliver, "description", reportedText, "days", deliverDays));
			return steps;
		}
		if (spot) {
			steps.add(obj("step", "受理", "actor", accept, "description", "查验申请材料，材料齐全、符合法定形式的当场受理", "days", 0));
			String spotReview = switch (itemType) {
				case "LICENSE" -> "当场审查申请材料是否齐全、是否符合法定形式";
				case "CONFIRMATION" -> "当场核对申请材料，核实登记（确认）事项";
				case "BENEFIT" -> "当场审核申请人资格条件和待遇标准";
				case "FILING" -> "当场核对备案材料是否齐全";
				default -> "当场审核申请事项和材料";
			};
			steps.add(obj("step", "审查", "actor", accept, "description", spotReview, "days", 0));
			steps.add(obj("step", "决定", "actor", accept, "description", "当场" + decide, "days", 0));
			steps.add(obj("step", "送达", "actor", accept, "description",
					itemType.equals("BENEFIT") ? "当场告知办理结果，待遇按规定发放至申请人社会保障卡或银行账户"
							: (visits == 0) ? "即时办结，通过网上办理平台推送" + out + "；到窗口办理的当场发放"
									: resultLike(out) ? "当场告知" + out : "当场发放" + out,
					"days", 0));
			return steps;
		}
		int reviewDays = (promised <= 2) ? Math.min(promised, 1) : promised - 2;
		int decideDays = (promised >= 2) ? 1 : 0;
		int deliverDays = promised - reviewDays - decideDays;
		steps.add(obj("step", "受理", "actor", accept, "description",
				"查验申请材料，材料齐全、符合法定形式的予以受理并出具受理凭证；材料不齐全的，一次性告知需要补正的全部内容", "days", 0));
		steps.add(obj("step", "审查", "actor", caseType.equals("JOINT") ? section + "会同相关部门" : section, "description",
				review, "days", reviewDays));
		steps.add(obj("step", "决定", "actor", decider, "description", decide, "days", decideDays));
		String deliverText;
		if (itemType.equals("BENEFIT")) {
			deliverText = "书面告知审核结果，待遇资金按规定发放至申请人社会保障卡或银行账户";
		}
		else if (visits == 0) {
			deliverText = "通过网上办理平台推送" + out + (resultLike(out) ? "" : "，纸质文书或证件可以选择免费邮寄送达或到窗口领取");
		}
		else if (resultLike(out)) {
			deliverText = "将" + out + "书面告知申请人" + (mail ? "，相关文书也可以选择免费邮寄送达" : "");
		}
		else {
			deliverText = "通知申请人到窗口领取" + out + (mail ? "，也可以选择免费邮寄送达" : "");
		}
		steps.add(obj("step", "送达", "actor", deliver, "description", deliverText, "days", deliverDays));
		return steps;
	}

	private static boolean resultLike(String out) {
		return out.endsWith("结果") || out.endsWith("信息") || out.endsWith("意见") || out.endsWith("告知")
				|| out.endsWith("结论") || out.endsWith("安排") || out.endsWith("记录") || out.endsWith("登记")
				|| out.endsWith("服务") || out.endsWith("通知") || out.endsWith("到账") || out.endsWith("编号");
	}

	private List<Object> faqs(MainItem main, Dept dept, Map<String, Object> item, char tag, String shortName,
			List<Map<String, Object>> materials, List<String> methods, int visits, String url) {
		List<Object> out = new ArrayList<>();
		for (Tagged t : main.faqs) {
			if (t.appliesTo(tag) && out.size() < 3) {
				String[] qa = t.text().split("\\|", 2);
				out.add(obj("question", qa[0], "answer", qa[1]));
			}
		}
		List<Map<String, Object>> pool = new ArrayList<>();
		if (main.cert != null && !main.noAuto) {
			String cert = main.cert;
			switch (tag) {
				case 'C' -> pool.add(obj("question", "哪些情况需要办理变更？", "answer",
						cert + "载明的名称、地址、负责人等事项发生变化的，应当及时申请变更；变更前不得以变更后的内容从事相关活动。"));
				case 'R' -> pool.add(obj("question", "延续申请应当在什么时候提出？", "answer",
						"应当在" + cert + "有效期届满" + main.renew + "前提出；有效期届满未申请延续的，" + cert + "自动失效，需要时应重新申请。"));
				case 'X' -> pool.add(obj("question", "注销时原证件怎么处理？", "answer",
						cert + "原件应当在办理注销时一并交回；确实无法交回的，应当书面说明情况，由窗口在系统中公告作废。"));
				case 'B' -> pool.add(obj("question", "证件遗失需要登报声明吗？", "answer",
						"不需要登报。申请时提交书面遗失情况说明即可，补发的证件与原证件具有同等效力，原证件同时作废。"));
				default -> {
				}
			}
		}
		int statutory = (Integer) item.get("statutoryDays");
		int promised = (Integer) item.get("promisedDays");
		boolean spot = item.get("caseType").equals("ON_THE_SPOT");
		String time = spot ? "材料齐全、符合法定形式的，当场办结。"
				: "法定办结时限为" + statutory + "个工作日，承诺自受理之日起" + promised + "个工作日内办结"
						+ (promised == 0 ? "（当场办结）" : "") + "。";
		List<Map<String, Object>> general = new ArrayList<>();
		general.add(obj("question", "办理" + shortName + "需要多长时间？", "answer", time));
		@SuppressWarnings("unchecked")
		Map<String, Object> fee = (Map<String, Object>) item.get("fee");
		if (Boolean.TRUE.equals(fee.get("charged"))) {
			general.add(obj("question", "需要缴纳哪些费用？", "answer",
					fee.get("amount") + "。收费依据：" + fee.get("basis") + "。"));
		}
		else {
			general.add(obj("question", "办理" + shortName + "收费吗？", "answer", "不收费。"));
		}
		if (materials.stream().anyMatch(m -> ((String) m.get("name")).contains("委托书"))) {
			general.add(obj("question", "可以委托他人代为办理吗？", "answer",
					"可以。受托人应当携带申请人签署的授权委托书和受托人本人有效身份证件原件办理。"));
		}
		if (methods.contains("ONLINE")) {
			general.add(obj("question", "可以在网上办理吗？", "answer",
					"可以。登录" + dept.portal() + "（" + url + "）" + (url.equals(SeedGenerator.PORTAL) ? "或使用“豫事办”APP" : "")
							+ "在线提交申请，" + ((visits == 0) ? "全程网上办理，无需到现场。"
									: "网上预审通过后按通知到窗口办理，最多跑一次。")));
		}
		if (main.level.equals("V")) {
			general.add(0, obj("question", "在村（社区）可以办理吗？", "answer",
					"可以。村（社区）便民服务站提供代办服务，代办员收齐材料后统一报送镇（街道）便民服务中心，办理结果由代办员及时告知本人。"));
		}
		if (main.level.equals("T")) {
			general.add(0, obj("question", "在哪里办理？", "answer",
					"到户籍所在地或者居住地的镇（街道）便民服务中心综合受理窗口办理；行动不便的，可以请村（社区）代办员代为递交材料。"));
		}
		StringBuilder asked = new StringBuilder();
		for (Object f : out) {
			asked.append(((Map<?, ?>) f).get("question"));
		}
		general.removeIf(f -> {
			String q = (String) f.get("question");
			String a = asked.toString();
			return (q.contains("收费") && (a.contains("收费") || a.contains("费用") || a.contains("要钱")))
					|| (q.contains("网上") && (a.contains("网上") || a.contains("手机") || a.contains("网办")))
					|| (q.contains("多长时间") && (a.contains("多长时间") || a.contains("多久")))
					|| (q.contains("委托") && a.contains("委托"));
		});
		int target = out.isEmpty() ? 2 : 3;
		for (Map<String, Object> f : pool) {
			if (out.size() < target) {
				out.add(f);
			}
		}
		int rotate = general.isEmpty() ? 0 : Math.floorMod(((String) item.get("name")).hashCode(), general.size());
		if (main.level.equals("V") || main.level.equals("T")) {
			rotate = 0;
		}
		for (int i = 0; i < general.size() && out.size() < target; i++) {
			out.add(general.get((rotate + i) % general.size()));
		}
		return out;
	}

	static Map<String, Object> obj(Object... kv) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			map.put((String) kv[i], kv[i + 1]);
		}
		return map;
	}

	/**
	 * The seed files by path relative to the seed directory: {@code departments.json},
	 * {@code localities.json} and {@code items/<department code>.json}, one indented JSON array of
	 * complete guides per department, in curated order.
	 */
	Map<String, String> files() {
		Map<String, String> files = new TreeMap<>();
		List<Object> depts = new ArrayList<>();
		for (Dept d : Directory.DEPARTMENTS) {
			depts.add(obj("code", d.code(), "name", d.name(), "shortName", d.shortName(), "hallWindow", d.hallWindow(),
					"phone", d.phone()));
		}
		files.put("departments.json", Json.pretty(depts) + "\n");
		List<Object> locs = new ArrayList<>();
		for (Loc l : Directory.localities()) {
			locs.add(obj("code", l.code(), "name", l.name(), "level", l.level(), "parentCode", l.parentCode()));
		}
		files.put("localities.json", Json.pretty(locs) + "\n");
		Map<String, List<Object>> byDepartment = new LinkedHashMap<>();
		for (Map<String, Object> item : this.items) {
			byDepartment.computeIfAbsent((String) item.get("departmentCode"), (code) -> new ArrayList<>()).add(item);
		}
		byDepartment.forEach((code, guides) -> files.put("items/" + code + ".json", Json.indented(guides) + "\n"));
		return files;
	}

	String summary() {
		return Directory.DEPARTMENTS.size() + " departments, " + Directory.localities().size() + " localities, "
				+ this.items.size() + " items (" + this.mains.size() + " curated main items)";
	}

	/** Writes the files and removes guide files (and the old gzip) that the tables no longer produce. */
	static void write(Map<String, String> files, Path dir) throws IOException {
		Files.createDirectories(dir.resolve("items"));
		for (Path stray : existingSeedFiles(dir)) {
			if (!files.containsKey(relative(dir, stray))) {
				Files.delete(stray);
			}
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
	}

	/** Counts the files that differ from what the tables produce (edited by hand, or not regenerated). */
	static int compare(Map<String, String> files, Path dir) throws IOException {
		int stale = 0;
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = dir.resolve(file.getKey());
			if (!Files.isRegularFile(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
				System.out.println("STALE " + file.getKey() + ": differs from what the curated tables produce");
				stale++;
			}
		}
		for (Path stray : existingSeedFiles(dir)) {
			if (!files.containsKey(relative(dir, stray))) {
				System.out.println("STALE " + relative(dir, stray) + ": not produced by the curated tables");
				stale++;
			}
		}
		if (stale > 0) {
			System.out.println("the seed is not what the curated tables produce: run java tools/seed-generator/SeedGenerator.java");
		}
		return stale;
	}

	private static List<Path> existingSeedFiles(Path dir) throws IOException {
		List<Path> existing = new ArrayList<>();
		if (Files.isDirectory(dir.resolve("items"))) {
			try (var listing = Files.list(dir.resolve("items"))) {
				listing.filter((file) -> file.getFileName().toString().endsWith(".json")).sorted().forEach(existing::add);
			}
		}
		for (String old : List.of("items.jsonl.gz", "items.jsonl")) {
			if (Files.exists(dir.resolve(old))) {
				existing.add(dir.resolve(old));
			}
		}
		return existing;
	}

	private static String relative(Path dir, Path file) {
		return dir.relativize(file).toString().replace('\\', '/');
	}

}

/** Minimal JSON writer and reader, enough for the seed files. */
final class Json {

	private Json() {
	}

	static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		write(sb, value, -1, 0);
		return sb.toString();
	}

	/** Indented by two spaces, one value per line: reviewable in a diff. */
	static String indented(Object value) {
		StringBuilder sb = new StringBuilder();
		write(sb, value, 2, 0);
		return sb.toString();
	}

	static String pretty(List<Object> list) {
		StringBuilder sb = new StringBuilder("[\n");
		for (int i = 0; i < list.size(); i++) {
			sb.append("  ").append(write(list.get(i))).append((i + 1 < list.size()) ? ",\n" : "\n");
		}
		return sb.append("]").toString();
	}

	@SuppressWarnings("unchecked")
	private static void write(StringBuilder sb, Object value, int indent, int depth) {
		if (value == null) {
			sb.append("null");
		}
		else if (value instanceof String s) {
			sb.append('"');
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '"' -> sb.append("\\\"");
					case '\\' -> sb.append("\\\\");
					case '\n' -> sb.append("\\n");
					case '\r' -> sb.append("\\r");
					case '\t' -> sb.append("\\t");
					default -> {
						if (c < 0x20) {
							sb.append(String.format("\\u%04x", (int) c));
						}
						else {
							sb.append(c);
						}
					}
				}
			}
			sb.append('"');
		}
		else if (value instanceof Number || value instanceof Boolean) {
			sb.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			sb.append('{');
			boolean first = true;
			for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
				if (!first) {
					sb.append(',');
				}
				first = false;
				newline(sb, indent, depth + 1);
				write(sb, e.getKey(), indent, depth + 1);
				sb.append((indent < 0) ? ":" : ": ");
				write(sb, e.getValue(), indent, depth + 1);
			}
			if (!map.isEmpty()) {
				newline(sb, indent, depth);
			}
			sb.append('}');
		}
		else if (value instanceof List<?> list) {
			sb.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					sb.append(',');
				}
				newline(sb, indent, depth + 1);
				write(sb, list.get(i), indent, depth + 1);
			}
			if (!list.isEmpty()) {
				newline(sb, indent, depth);
			}
			sb.append(']');
		}
		else {
			throw new IllegalArgumentException("cannot write " + value.getClass());
		}
	}

	/** A line break and the indentation of {@code depth}, unless compact ({@code indent < 0}). */
	private static void newline(StringBuilder sb, int indent, int depth) {
		if (indent >= 0) {
			sb.append('\n').append(" ".repeat(indent * depth));
		}
	}

	static Object parse(String text) {
		Reader r = new Reader(text);
		r.ws();
		Object v = r.value();
		r.ws();
		if (r.pos != text.length()) {
			throw new IllegalArgumentException("trailing text at " + r.pos);
		}
		return v;
	}

	private static final class Reader {

		final String s;

		int pos;

		Reader(String s) {
			this.s = s;
		}

		void ws() {
			while (this.pos < this.s.length() && Character.isWhitespace(this.s.charAt(this.pos))) {
				this.pos++;
			}
		}

		Object value() {
			char c = this.s.charAt(this.pos);
			switch (c) {
				case '{' -> {
					this.pos++;
					Map<String, Object> map = new LinkedHashMap<>();
					ws();
					if (this.s.charAt(this.pos) == '}') {
						this.pos++;
						return map;
					}
					while (true) {
						ws();
						String key = string();
						ws();
						expect(':');
						ws();
						if (map.put(key, value()) != null) {
							throw new IllegalArgumentException("duplicate key " + key);
						}
						ws();
						if (this.s.charAt(this.pos) == ',') {
							this.pos++;
							continue;
						}
						expect('}');
						return map;
					}
				}
				case '[' -> {
					this.pos++;
					List<Object> list = new ArrayList<>();
					ws();
					if (this.s.charAt(this.pos) == ']') {
						this.pos++;
						return list;
					}
					while (true) {
						ws();
						list.add(value());
						ws();
						if (this.s.charAt(this.pos) == ',') {
							this.pos++;
							continue;
						}
						expect(']');
						return list;
					}
				}
				case '"' -> {
					return string();
				}
				default -> {
					if (this.s.startsWith("null", this.pos)) {
						this.pos += 4;
						return null;
					}
					if (this.s.startsWith("true", this.pos)) {
						this.pos += 4;
						return Boolean.TRUE;
					}
					if (this.s.startsWith("false", this.pos)) {
						this.pos += 5;
						return Boolean.FALSE;
					}
					int start = this.pos;
					while (this.pos < this.s.length() && "-+.eE0123456789".indexOf(this.s.charAt(this.pos)) >= 0) {
						this.pos++;
					}
					if (start == this.pos) {
						throw new IllegalArgumentException("unexpected '" + c + "' at " + start);
					}
					return Long.parseLong(this.s.substring(start, this.pos));
				}
			}
		}

		void expect(char c) {
			if (this.s.charAt(this.pos) != c) {
				throw new IllegalArgumentException("expected '" + c + "' at " + this.pos);
			}
			this.pos++;
		}

		String string() {
			expect('"');
			StringBuilder sb = new StringBuilder();
			while (true) {
				char c = this.s.charAt(this.pos++);
				if (c == '"') {
					return sb.toString();
				}
				if (c == '\\') {
					char e = this.s.charAt(this.pos++);
					switch (e) {
						case 'n' -> sb.append('\n');
						case 'r' -> sb.append('\r');
						case 't' -> sb.append('\t');
						case 'u' -> {
							sb.append((char) Integer.parseInt(this.s.substring(this.pos, this.pos + 4), 16));
							this.pos += 4;
						}
						default -> sb.append(e);
					}
				}
				else {
					sb.append(c);
				}
			}
		}

	}

}

/**
 * Reads the written seed files back, independently of the generator's own objects, and checks the
 * completeness rules of docs/GUIDE-MODEL.md plus the dataset-level promises (counts, codes, localities).
 */
final class Checker {

	static final Set<String> ITEM_TYPES = Set.of("LICENSE", "CONFIRMATION", "BENEFIT", "FILING", "ADJUDICATION",
			"REWARD", "OTHER_POWER", "PUBLIC_SERVICE");

	static final Map<String, String> PREFIX_OF_TYPE = Map.of("LICENSE", "XK", "CONFIRMATION", "QR", "BENEFIT", "JF",
			"FILING", "BA", "ADJUDICATION", "CJ", "REWARD", "JL", "OTHER_POWER", "QT", "PUBLIC_SERVICE", "GG");

	static final Set<String> CASE_TYPES = Set.of("ON_THE_SPOT", "PROMISED", "JOINT", "REPORTED");

	static final Set<String> SITUATIONS = Set.of("NEW", "CHANGE", "RENEWAL", "CANCELLATION", "REISSUE", "OTHER");

	static final Set<String> TARGETS = Set.of("NATURAL_PERSON", "LEGAL_PERSON");

	static final Set<String> LEVELS = Set.of("DISTRICT", "TOWNSHIP", "VILLAGE");

	static final Set<String> FORMS = Set.of("ORIGINAL", "COPY", "ELECTRONIC");

	static final Set<String> SOURCES = Set.of("APPLICANT", "ISSUER", "OTHER");

	static final Set<String> METHODS = Set.of("WINDOW", "ONLINE", "MAIL", "APP");

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	static final Pattern ITEM_CODE = Pattern.compile("410471-((XK|QR|JF|BA|CJ|JL|QT|GG)\\d{5})-\\d{3}");

	static final Pattern URL = Pattern.compile("https?://[^\\s]{1,2000}");

	static final Pattern PHONE = Pattern.compile("0375-\\d{5,8}");

	static final Pattern PLACEHOLDER = Pattern.compile(
			"XXX|xxx|TODO|TBD|待补充|待定|占位|lorem|材料\\s*\\d|示例\\d|\\{\\}|\\$[a-z]|\\?\\?|null|undefined");

	static final Pattern ASCII_LETTERS = Pattern.compile("[A-Za-z]{2,}");

	private final List<String> problems = new ArrayList<>();

	static int check(Path dir) throws IOException {
		Checker c = new Checker();
		c.run(dir);
		for (String p : c.problems.subList(0, Math.min(60, c.problems.size()))) {
			System.out.println("PROBLEM " + p);
		}
		System.out.println(c.problems.isEmpty() ? "CHECK PASSED" : "CHECK FAILED: " + c.problems.size() + " problem(s)");
		return c.problems.size();
	}

	private void problem(String where, String what) {
		this.problems.add(where + ": " + what);
	}

	@SuppressWarnings("unchecked")
	private void run(Path dir) throws IOException {
		List<Object> depts = (List<Object>) Json.parse(Files.readString(dir.resolve("departments.json")));
		List<Object> locs = (List<Object>) Json.parse(Files.readString(dir.resolve("localities.json")));
		List<Map<String, Object>> items = new ArrayList<>();
		Set<String> deptCodes = new HashSet<>();
		depts.forEach((d) -> deptCodes.add(str((Map<String, Object>) d, "code")));
		List<Path> itemFiles;
		try (var listing = Files.list(dir.resolve("items"))) {
			itemFiles = listing.sorted().toList();
		}
		for (Path file : itemFiles) {
			String name = file.getFileName().toString();
			String code = name.endsWith(".json") ? name.substring(0, name.length() - 5) : null;
			if (code == null || !deptCodes.contains(code)) {
				problem("items/" + name, "not named <department code>.json after a department in departments.json");
				continue;
			}
			for (Object o : (List<Object>) Json.parse(Files.readString(file, StandardCharsets.UTF_8))) {
				Map<String, Object> item = (Map<String, Object>) o;
				if (!code.equals(str(item, "departmentCode"))) {
					problem("items/" + name + " " + str(item, "code"), "belongs to department " + str(item, "departmentCode"));
				}
				items.add(item);
			}
		}

		Map<String, String> deptNames = new LinkedHashMap<>();
		for (Object o : depts) {
			Map<String, Object> d = (Map<String, Object>) o;
			String code = str(d, "code");
			String where = "department " + code;
			if (code == null || !code.matches("[a-z]{2,20}")) {
				problem(where, "code must be lowercase pinyin initials");
			}
			if (deptNames.put(code, str(d, "name")) != null) {
				problem(where, "duplicate code");
			}
			need(where, d, "name", 100);
			need(where, d, "shortName", 50);
			need(where, d, "hallWindow", 200);
			if (str(d, "phone") == null || !PHONE.matcher(str(d, "phone")).matches()) {
				problem(where, "phone must look like 0375-xxxxxxx");
			}
		}
		if (deptNames.size() < 20) {
			problem("departments", "only " + deptNames.size() + " (need >= 20)");
		}

		Map<String, Map<String, Object>> locByCode = new LinkedHashMap<>();
		Map<String, Integer> levelCount = new TreeMap<>();
		for (Object o : locs) {
			Map<String, Object> l = (Map<String, Object>) o;
			String code = str(l, "code");
			if (code == null || !code.matches("\\d{12}")) {
				problem("locality " + code, "code must be a 12-digit division code");
			}
			if (locByCode.put(code, l) != null) {
				problem("locality " + code, "duplicate code");
			}
			levelCount.merge(str(l, "level"), 1, Integer::sum);
		}
		expectLocality(locByCode, SeedGenerator.TOWN, "遵化店镇", "TOWN", SeedGenerator.DISTRICT);
		expectLocality(locByCode, SeedGenerator.STREET, "皇台街道", "STREET", SeedGenerator.DISTRICT);
		if (locs.size() != 32 || levelCount.getOrDefault("VILLAGE", 0) != 24
				|| levelCount.getOrDefault("COMMUNITY", 0) != 6 || levelCount.getOrDefault("TOWN", 0) != 1
				|| levelCount.getOrDefault("STREET", 0) != 1) {
			problem("localities", "expected 32 = 1 town + 1 street + 24 villages + 6 communities, got " + levelCount);
		}
		Set<String> villageNames = new HashSet<>();
		for (Map<String, Object> l : locByCode.values()) {
			String code = str(l, "code");
			String level = str(l, "level");
			if ("VILLAGE".equals(level)) {
				villageNames.add(str(l, "name"));
				if (!SeedGenerator.TOWN.equals(str(l, "parentCode")) || !code.matches("410471100(2[0-9][0-9])")) {
					problem("locality " + code, "a village belongs to the town and is coded 410471100201…");
				}
			}
			if ("COMMUNITY".equals(level)) {
				if (!SeedGenerator.STREET.equals(str(l, "parentCode")) || !code.matches("410471001(00[1-9])")
						|| !str(l, "name").endsWith("社区")) {
					problem("locality " + code, "a community belongs to the street, is coded 410471001001… and ends in 社区");
				}
			}
		}
		for (String v : List.of("张村", "张楼", "屈庄", "严村", "周湾")) {
			if (!villageNames.contains(v)) {
				problem("localities", "village " + v + " missing");
			}
		}

		Set<String> codes = new HashSet<>();
		Set<String> names = new HashSet<>();
		Map<String, Integer> perLocality = new TreeMap<>();
		Map<String, Integer> perDept = new TreeMap<>();
		Map<String, Integer> perLevel = new TreeMap<>();
		Map<String, Integer> perType = new TreeMap<>();
		List<String> licence = new ArrayList<>();
		for (Map<String, Object> item : items) {
			String code = str(item, "code");
			String where = "item " + code;
			if (code == null || !codes.add(code)) {
				problem(where, "missing or duplicate code");
			}
			Matcher m = (code == null) ? null : ITEM_CODE.matcher(code);
			if (m == null || !m.matches()) {
				problem(where, "code must be 410471-<basicCode>-<3 digits>");
			}
			else {
				if (!m.group(1).equals(str(item, "basicCode"))) {
					problem(where, "basicCode does not match code");
				}
				if (!m.group(2).equals(PREFIX_OF_TYPE.get(str(item, "itemType")))) {
					problem(where, "basic code prefix does not match item type");
				}
			}
			String name = need(where, item, "name", 200);
			if (name != null && !names.add(name)) {
				problem(where, "duplicate name " + name);
			}
			need(where, item, "shortName", 200);
			String parent = str(item, "parentCode");
			if (parent != null && items.stream().noneMatch(i -> parent.equals(i.get("code")))) {
				problem(where, "parentCode names no included item");
			}
			Object situation = item.get("situation");
			if (situation != null && !SITUATIONS.contains(situation)) {
				problem(where, "bad situation");
			}
			String type = str(item, "itemType");
			String caseType = str(item, "caseType");
			if (!ITEM_TYPES.contains(type)) {
				problem(where, "bad itemType");
			}
			if (!CASE_TYPES.contains(caseType)) {
				problem(where, "bad caseType");
			}
			List<Object> targets = list(item, "targets");
			if (targets.isEmpty() || !TARGETS.containsAll(targets)) {
				problem(where, "targets must hold >= 1 of NATURAL_PERSON, LEGAL_PERSON");
			}
			String dept = str(item, "departmentCode");
			if (!deptNames.containsKey(dept)) {
				problem(where, "unknown department " + dept);
			}
			perDept.merge(dept, 1, Integer::sum);
			String level = str(item, "level");
			if (!LEVELS.contains(level)) {
				problem(where, "bad level");
			}
			perLevel.merge(level, 1, Integer::sum);
			perType.merge(type, 1, Integer::sum);
			List<Object> localities = list(item, "localityCodes");
			for (Object lc : localities) {
				Map<String, Object> loc = locByCode.get(lc);
				if (loc == null) {
					problem(where, "unknown locality " + lc);
					continue;
				}
				String ll = str(loc, "level");
				boolean fits = ("TOWNSHIP".equals(level) && (ll.equals("TOWN") || ll.equals("STREET")))
						|| ("VILLAGE".equals(level) && (ll.equals("VILLAGE") || ll.equals("COMMUNITY")));
				if (!fits) {
					problem(where, "locality " + lc + " (" + ll + ") does not fit level " + level);
				}
				perLocality.merge((String) lc, 1, Integer::sum);
			}
			if (("TOWNSHIP".equals(level) || "VILLAGE".equals(level)) && localities.isEmpty()) {
				problem(where, level + " item must name at least one locality");
			}
			if ("DISTRICT".equals(level) && !localities.isEmpty()) {
				problem(where, "a district item is not delegated to localities");
			}

			List<Object> laws = list(item, "legalBasis");
			if (laws.isEmpty()) {
				problem(where, "no legal basis");
			}
			for (Object o : laws) {
				Map<String, Object> law = (Map<String, Object>) o;
				String lawName = need(where + " legalBasis", law, "law", 200);
				need(where + " legalBasis", law, "article", 200);
				opt(where + " legalBasis", law, "text", 5000);
				if (lawName != null && !(lawName.startsWith("《") && lawName.contains("》"))) {
					problem(where, "law name must be a 《title》: " + lawName);
				}
			}
			List<Object> conditions = list(item, "conditions");
			if (conditions.isEmpty()) {
				problem(where, "no conditions");
			}
			for (Object c : conditions) {
				if (!(c instanceof String s) || s.isBlank() || s.length() > 5000) {
					problem(where, "blank or oversized condition");
				}
			}
			List<Object> materials = list(item, "materials");
			if (materials.isEmpty()) {
				problem(where, "no materials");
			}
			Set<String> materialNames = new HashSet<>();
			for (Object o : materials) {
				Map<String, Object> mat = (Map<String, Object>) o;
				String mn = need(where + " material", mat, "name", 200);
				if (mn != null && !materialNames.add(mn)) {
					problem(where, "material listed twice: " + mn);
				}
				if (!FORMS.contains(mat.get("form"))) {
					problem(where, "material form missing: " + mn);
				}
				if (!(mat.get("copies") instanceof Long copies) || copies < 1) {
					problem(where, "material copies must be >= 1: " + mn);
				}
				if (!(mat.get("required") instanceof Boolean required)) {
					problem(where, "material required flag missing: " + mn);
				}
				else if (!required && (str(mat, "condition") == null || str(mat, "condition").isBlank())) {
					problem(where, "conditional material without condition: " + mn);
				}
				else if (required && mat.get("condition") != null) {
					problem(where, "required material with a condition: " + mn);
				}
				if (!SOURCES.contains(mat.get("source"))) {
					problem(where, "material source missing: " + mn);
				}
				if ("ISSUER".equals(mat.get("source")) && str(mat, "issuer") == null) {
					problem(where, "issuer missing for an issued material: " + mn);
				}
				opt(where, mat, "notes", 5000);
				opt(where, mat, "condition", 5000);
				opt(where, mat, "issuer", 200);
				opt(where, mat, "formName", 200);
			}
			List<Object> process = list(item, "process");
			if (process.isEmpty()) {
				problem(where, "no process steps");
			}
			long stepDays = 0;
			for (Object o : process) {
				Map<String, Object> step = (Map<String, Object>) o;
				need(where + " step", step, "step", 200);
				need(where + " step", step, "actor", 200);
				need(where + " step", step, "description", 5000);
				if (!(step.get("days") instanceof Long d) || d < 0) {
					problem(where, "step days must be >= 0");
				}
				else {
					stepDays += d;
				}
			}
			Long statutory = (item.get("statutoryDays") instanceof Long l) ? l : null;
			Long promised = (item.get("promisedDays") instanceof Long l) ? l : null;
			if (statutory == null || promised == null || statutory < 0 || promised < 0) {
				problem(where, "statutoryDays and promisedDays are required and >= 0");
			}
			else {
				if (promised > statutory) {
					problem(where, "promisedDays exceeds statutoryDays");
				}
				if ("ON_THE_SPOT".equals(caseType) && promised != 0) {
					problem(where, "an on-the-spot item promises 0 days");
				}
				if (!"ON_THE_SPOT".equals(caseType) && promised == 0) {
					problem(where, "a promised item promises at least one day");
				}
				if (stepDays != promised) {
					problem(where, "process steps add up to " + stepDays + " days, promised " + promised);
				}
			}
			Map<String, Object> fee = map(item, "fee");
			if (fee == null || !(fee.get("charged") instanceof Boolean charged)) {
				problem(where, "fee.charged missing");
			}
			else if (charged) {
				need(where + " fee", fee, "basis", 5000);
				need(where + " fee", fee, "amount", 200);
			}
			Map<String, Object> channels = map(item, "channels");
			if (channels == null) {
				problem(where, "channels missing");
			}
			else {
				need(where + " channels", channels, "hallAddress", 200);
				need(where + " channels", channels, "hours", 200);
				opt(where + " channels", channels, "window", 200);
				if (!(channels.get("visits") instanceof Long v) || v < 0) {
					problem(where, "channels.visits must be >= 0");
				}
				String url = str(channels, "onlineUrl");
				if (url != null && !URL.matcher(url).matches()) {
					problem(where, "onlineUrl must be http(s)");
				}
				List<Object> methods = list(channels, "methods");
				if (methods.isEmpty() || !METHODS.containsAll(methods)) {
					problem(where, "channels.methods empty or invalid");
				}
				if (methods.contains("ONLINE") && url == null) {
					problem(where, "online handling without onlineUrl");
				}
				if (Long.valueOf(0).equals(channels.get("visits")) && !methods.contains("ONLINE")) {
					problem(where, "zero visits but no online handling");
				}
			}
			Map<String, Object> contacts = map(item, "contacts");
			if (contacts == null) {
				problem(where, "contacts missing");
			}
			else {
				for (String phone : List.of("enquiryPhone", "complaintPhone")) {
					String p = str(contacts, phone);
					if (p == null || !PHONE.matcher(p).matches()) {
						problem(where, "contacts." + phone + " must be a 0375- phone");
					}
				}
			}
			List<Object> faq = list(item, "faq");
			if (faq.isEmpty() || faq.size() > 3) {
				problem(where, "1-3 FAQ expected, got " + faq.size());
			}
			for (Object o : faq) {
				need(where + " faq", (Map<String, Object>) o, "question", 5000);
				need(where + " faq", (Map<String, Object>) o, "answer", 5000);
			}
			scanText(where, item);
			if (name != null && name.contains("营业执照")) {
				licence.add(code + " " + name);
			}
		}
		if (items.size() < 1009) {
			problem("items", "only " + items.size() + " (need >= 1009)");
		}
		for (String d : deptNames.keySet()) {
			if (!perDept.containsKey(d)) {
				problem("department " + d, "offers no item");
			}
		}
		for (String lc : locByCode.keySet()) {
			if (perLocality.getOrDefault(lc, 0) < 10) {
				problem("locality " + lc, "offers only " + perLocality.getOrDefault(lc, 0) + " items (need >= 10)");
			}
		}
		if (licence.size() < 3) {
			problem("items", "business-licence (营业执照) items missing");
		}

		System.out.println("departments: " + deptNames.size() + ", localities: " + locs.size() + " " + levelCount
				+ ", items: " + items.size());
		System.out.println("items per level: " + perLevel);
		System.out.println("items per type: " + perType);
		StringBuilder sb = new StringBuilder("items per department:");
		for (Map.Entry<String, String> e : deptNames.entrySet()) {
			sb.append("\n  ").append(String.format("%-11s %4d  %s", e.getKey(), perDept.getOrDefault(e.getKey(), 0),
					e.getValue()));
		}
		System.out.println(sb);
		int min = perLocality.values().stream().mapToInt(Integer::intValue).min().orElse(0);
		System.out.println("items per locality: town " + perLocality.get(SeedGenerator.TOWN) + ", street "
				+ perLocality.get(SeedGenerator.STREET) + ", 张村 " + perLocality.get("410471100201")
				+ ", fewest " + min);
		System.out.println("business-licence items (" + licence.size() + "), e.g. "
				+ String.join("; ", licence.subList(0, Math.min(4, licence.size()))));
	}

	private void expectLocality(Map<String, Map<String, Object>> locs, String code, String name, String level,
			String parent) {
		Map<String, Object> l = locs.get(code);
		if (l == null || !name.equals(l.get("name")) || !level.equals(l.get("level"))
				|| !parent.equals(l.get("parentCode"))) {
			problem("locality " + code, "expected " + name + " " + level + " under " + parent);
		}
	}

	@SuppressWarnings("unchecked")
	private void scanText(String where, Object value) {
		if (value instanceof String s) {
			if (PLACEHOLDER.matcher(s).find()) {
				problem(where, "placeholder-like text: " + s);
			}
			if (!s.startsWith("http") && !CODE_LIKE.matcher(s).matches() && ASCII_LETTERS.matcher(s).find()
					&& !ALLOWED_LATIN.matcher(s).find()) {
				problem(where, "unexpected Latin text in a citizen-facing value: " + s);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			for (Object v : map.values()) {
				scanText(where, v);
			}
		}
		else if (value instanceof List<?> list) {
			for (Object v : list) {
				scanText(where, v);
			}
		}
	}

	static final Pattern CODE_LIKE = Pattern.compile("[A-Z_]+|[A-Za-z0-9_-]+|410471-[A-Z0-9-]+");

	static final Pattern ALLOWED_LATIN = Pattern.compile("APP|UKey|LPR|https?://|CA|ETC|PDF|IC|GPS|POS|VIN|CT|MRI|LED|ID|kg|kW|kV|km");

	private String need(String where, Map<String, Object> map, String key, int max) {
		Object v = map.get(key);
		if (!(v instanceof String s) || s.isBlank()) {
			problem(where, key + " is required");
			return null;
		}
		if (s.length() > max) {
			problem(where, key + " longer than " + max);
		}
		return s;
	}

	private void opt(String where, Map<String, Object> map, String key, int max) {
		Object v = map.get(key);
		if (v != null && (!(v instanceof String s) || s.length() > max)) {
			problem(where, key + " must be text of at most " + max + " characters");
		}
	}

	private static String str(Map<String, Object> map, String key) {
		return (map.get(key) instanceof String s) ? s : null;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> map, String key) {
		return (map.get(key) instanceof List<?> l) ? (List<Object>) l : List.of();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> map, String key) {
		return (map.get(key) instanceof Map<?, ?> m) ? (Map<String, Object>) m : null;
	}

}
