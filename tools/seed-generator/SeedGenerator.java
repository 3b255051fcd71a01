import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the seed catalog of the 平顶山高新区 service center (departments, localities and about a
 * thousand complete service guides) from the curated tables below, then checks the written files
 * against every completeness rule of docs/GUIDE-MODEL.md.
 *
 * <pre>
 * java tools/seed-generator/SeedGenerator.java            # generate, then check
 * java tools/seed-generator/SeedGenerator.java --check    # check the files only
 * java tools/seed-generator/SeedGenerator.java --out DIR  # write elsewhere
 * </pre>
 *
 * The output is deterministic: the same source always yields byte-identical files.
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
		boolean checkOnly = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--check" -> checkOnly = true;
				case "--out" -> out = Path.of(args[++i]);
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		if (!checkOnly) {
			Generator generator = new Generator();
			generator.load();
			generator.write(out);
		}
		int problems = Checker.check(out);
		if (problems > 0) {
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

	void load() {
		for (String text : Tables.ALL) {
			parse(text);
		}
		Map<String, Integer> serials = new HashMap<>();
		for (MainItem main : this.mains) {
			int serial = serials.merge(main.prefix, 1, Integer::sum);
			expand(main, String.format("%s%03d01", main.prefix, serial));
		}
	}

	private void parse(String text) {
		String dept = null;
		String section = null;
		MainItem item = null;
		int lineNo = 0;
		for (String raw : text.split("\n")) {
			lineNo++;
			String line = raw.strip();
			if (line.isEmpty()) {
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
				throw new IllegalStateException("table error at line " + lineNo + ": " + line + " — " + ex.getMessage(),
						ex);
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

	void write(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Object> depts = new ArrayList<>();
		for (Dept d : Directory.DEPARTMENTS) {
			depts.add(obj("code", d.code(), "name", d.name(), "shortName", d.shortName(), "hallWindow", d.hallWindow(),
					"phone", d.phone()));
		}
		Files.writeString(dir.resolve("departments.json"), Json.pretty(depts) + "\n", StandardCharsets.UTF_8);
		List<Object> locs = new ArrayList<>();
		for (Loc l : Directory.localities()) {
			locs.add(obj("code", l.code(), "name", l.name(), "level", l.level(), "parentCode", l.parentCode()));
		}
		Files.writeString(dir.resolve("localities.json"), Json.pretty(locs) + "\n", StandardCharsets.UTF_8);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream gz = new GZIPOutputStream(bytes)) {
			for (Map<String, Object> item : this.items) {
				gz.write((Json.write(item) + "\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		Files.write(dir.resolve("items.jsonl.gz"), bytes.toByteArray());
		System.out.println("wrote " + depts.size() + " departments, " + locs.size() + " localities, " + this.items.size()
				+ " items (" + this.mains.size() + " curated main items) to " + dir);
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
				write(sb, e.getKey(), indent, depth);
				sb.append(':');
				write(sb, e.getValue(), indent, depth + 1);
			}
			sb.append('}');
		}
		else if (value instanceof List<?> list) {
			sb.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					sb.append(',');
				}
				write(sb, list.get(i), indent, depth + 1);
			}
			sb.append(']');
		}
		else {
			throw new IllegalArgumentException("cannot write " + value.getClass());
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
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(dir.resolve("items.jsonl.gz"))), StandardCharsets.UTF_8))) {
			String line;
			int n = 0;
			while ((line = in.readLine()) != null) {
				n++;
				if (line.isBlank()) {
					problem("items line " + n, "blank line");
					continue;
				}
				items.add((Map<String, Object>) Json.parse(line));
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

/** Shared definitions: materials and legal provisions cited by many items. */
final class T00 {

	static final String TEXT = """
defmat sfz 申请人有效身份证件|@公安机关|#居民身份证原件，窗口核验后当场退还
defmat wts 授权委托书及受托人身份证件|?委托他人代为办理的|#委托书载明委托事项和权限，由委托人签字或盖章
defmat yyzz 营业执照|复|@市场监督管理部门|#加盖公章；通过电子证照库能够核验的免于提交
defmat fddbr 法定代表人身份证件|复|@公安机关|#加盖公章
defmat hkb 居民户口簿|@公安机关|#核验原件后退还
defmat jhz 结婚证|@婚姻登记机关|#核验原件后退还
defmat sbk 社会保障卡|@人力资源和社会保障部门|#也可出示电子社保卡
defmat yhzh 本人银行账户信息|复|#社会保障卡金融账户或本人名下一类银行账户，用于资金发放
defmat cjz 残疾人证|@残疾人联合会|#核验原件后退还
defmat cqzs 不动产权属证书|@不动产登记机构|#已领取电子证照的可免于提交纸质证书
defmat cszm 住所（经营场所）使用证明|复|#自有房产提交不动产权证书；租赁的提交租赁合同及出租方产权证明
defmat jyzm 家庭经济状况核对授权书|表|#家庭成员均须签字，同意民政部门核对家庭收入和财产状况
defmat sqs 申请书|表|#申请人签字或盖章
defmat qsz 清税证明|@税务机关|#通过部门信息共享能够获取的，免于提交
defmat hzqk 现场照片|电|#反映场所门头、内部布局和主要设施设备的彩色照片
defmat zzjg 单位法人登记证书|复|@登记管理机关|#营业执照、事业单位法人证书或社会组织登记证书，加盖公章
deflaw ztdj3 《市场主体登记管理条例》|第三条|市场主体应当依照本条例办理登记。未经登记，不得以市场主体名义从事经营活动。法律、行政法规规定无需办理登记的除外。
deflaw ztdj19 《市场主体登记管理条例》|第十九条|登记机关应当对申请材料进行形式审查。对申请材料齐全、符合法定形式的予以确认并当场登记。不能当场登记的，应当在3个工作日内予以登记；情形复杂的，经登记机关负责人批准，可以再延长3个工作日。
deflaw ztdj24 《市场主体登记管理条例》|第二十四条|市场主体变更登记事项，应当自作出变更决议、决定或者法定变更事项发生之日起30日内向登记机关申请变更登记。
deflaw ztdj29 《市场主体登记管理条例》|第二十九条|市场主体变更本条例第九条规定的备案事项的，应当自作出变更决议、决定或者法定变更事项发生之日起30日内向登记机关办理备案。
deflaw ztdj30 《市场主体登记管理条例》|第三十条|因自然灾害、事故灾难、公共卫生事件、社会安全事件等原因造成经营困难的，市场主体可以自主决定在一定时期内歇业。法律、行政法规另有规定的除外。
deflaw ztdj31 《市场主体登记管理条例》|第三十一条|市场主体因解散、被宣告破产或者其他法定事由需要终止的，应当依法向登记机关申请注销登记。经登记机关注销登记，市场主体终止。
deflaw ztdj33 《市场主体登记管理条例》|第三十三条|市场主体未发生债权债务或者已将债权债务清偿完结，未发生或者已结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款（滞纳金、罚款），并由全体投资人书面承诺对上述情况的真实性承担法律责任的，可以按照简易程序办理注销登记。
deflaw gsf29 《中华人民共和国公司法》|第二十九条|设立公司，应当依法向公司登记机关申请设立登记。法律、行政法规规定设立公司必须报经批准的，应当在公司登记前依法办理批准手续。
deflaw gsf34 《中华人民共和国公司法》|第三十四条|公司登记事项发生变更的，应当依法办理变更登记。公司登记事项未经登记或者未经变更登记，不得对抗善意相对人。
deflaw gsf239 《中华人民共和国公司法》|第二百三十九条|公司清算结束后，清算组应当制作清算报告，报股东会或者人民法院确认，并报送公司登记机关，申请注销公司登记。
deflaw gsf38 《中华人民共和国公司法》|第三十八条|公司设立分公司，应当向公司登记机关申请登记，领取营业执照。
deflaw sp35 《中华人民共和国食品安全法》|第三十五条|国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售预包装食品的，不需要取得许可。仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案。
deflaw xzxk42 《中华人民共和国行政许可法》|第四十二条|除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。
deflaw xzxk50 《中华人民共和国行政许可法》|第五十条|被许可人需要延续依法取得的行政许可的有效期的，应当在该行政许可有效期届满三十日前向作出行政许可决定的行政机关提出申请。
deflaw xzxk70 《中华人民共和国行政许可法》|第七十条|有下列情形之一的，行政机关应当依法办理有关行政许可的注销手续：（一）行政许可有效期届满未延续的；……（三）法人或者其他组织依法终止的；（四）行政许可依法被撤销、撤回，或者行政许可证件依法被吊销的。
deflaw sbf58 《中华人民共和国社会保险法》|第五十八条|用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。……国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码。
deflaw shjz 《社会救助暂行办法》|第十一条|申请最低生活保障，按照下列程序办理：由共同生活的家庭成员向户籍所在地的乡镇人民政府、街道办事处提出书面申请；乡镇人民政府、街道办事处通过入户调查、邻里访问、信函索证、群众评议、信息核查等方式，对申请人的家庭收入状况、财产状况进行调查核实，提出初审意见，在申请人所在村、社区公示后报县级人民政府民政部门审批。
deflaw bdc14 《不动产登记暂行条例》|第十四条|因买卖、设定抵押权等申请不动产登记的，应当由当事人双方共同申请。属于下列情形之一的，可以由当事人单方申请：（一）尚未登记的不动产首次申请登记的；（二）继承、接受遗赠取得不动产权利的；……
deflaw bdc20 《不动产登记暂行条例》|第二十条|不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外。
deflaw mfd209 《中华人民共和国民法典》|第二百零九条|不动产物权的设立、变更、转让和消灭，经依法登记，发生效力；未经登记，不发生效力，但是法律另有规定的除外。
deflaw cxgh 《中华人民共和国城乡规划法》|第四十条|在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。
deflaw hjdj 《中华人民共和国户口登记条例》|第三条|户口登记工作，由各级公安机关主管。城市和设有公安派出所的镇，以公安派出所管辖区为户口管辖区。
deflaw gjj24 《住房公积金管理条例》|第二十四条|职工有下列情形之一的，可以提取职工住房公积金账户内的存储余额：（一）购买、建造、翻建、大修自住住房的；（二）离休、退休的；（三）完全丧失劳动能力，并与单位终止劳动关系的；（四）出境定居的；（五）偿还购房贷款本息的；（六）房租超出家庭工资收入的规定比例的。
deflaw gjj25 《住房公积金管理条例》|第二十五条|职工提取住房公积金账户内的存储余额的，所在单位应当予以核实，并出具提取证明。职工应当持提取证明向住房公积金管理中心申请提取住房公积金。住房公积金管理中心应当自受理申请之日起3日内作出准予提取或者不准提取的决定，并通知申请人。
deflaw zsgl 《中华人民共和国税收征收管理法》|第二十五条|纳税人必须依照法律、行政法规规定或者税务机关依照法律、行政法规的规定确定的申报期限、申报内容如实办理纳税申报，报送纳税申报表、财务会计报表以及税务机关根据实际需要要求纳税人报送的其他纳税资料。
deflaw dlys 《中华人民共和国道路运输条例》|第二十四条|申请从事货运经营的，应当依法向市场监督管理部门办理有关登记手续后，按照下列规定提出申请并分别提交符合本条例第二十一条、第二十二条规定条件的相关材料：……从事其他道路货物运输经营的，向县级人民政府交通运输主管部门提出申请。
deflaw dwfy 《中华人民共和国动物防疫法》|第二十四条|动物饲养场和隔离场所，动物屠宰加工场所，以及动物和动物产品无害化处理场所，应当向县级以上地方人民政府农业农村主管部门提出申请，并附具相关材料。受理申请的农业农村主管部门应当依照本法和《中华人民共和国行政许可法》的规定进行审查。经审查合格的，发给动物防疫条件合格证。
""";

}

/** 市场监督管理局: market entity registration (营业执照). */
final class T01 {

	static final String TEXT = """
@scjgj
sec 登记注册科
== 个体工商户{}登记|QR|S|N|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law $ztdj3
law $ztdj24[C]
law $ztdj31[X]
law 《促进个体工商户发展条例》|第二条|有经营能力的公民在中华人民共和国境内从事工商业经营，依法登记为个体工商户的，适用本条例。[N]
if 有经营能力的公民以个人或者家庭经营的方式从事工商业经营[N]
if 经营场所符合有关规定，经营范围涉及依法须经批准的项目的，已取得相关审批[N]
if 个体工商户的名称、经营者、组成形式、经营范围、经营场所等登记事项发生变化[C]
if 个体工商户不再从事经营活动，已结清应缴税款、社会保险费等事项[X]
m 个体工商户登记（备案）申请书|表|#经营者本人签字
m 经营者身份证件|@公安机关|#核验原件后退还
m $cszm[N]
m 新经营场所使用证明|复|?经营场所发生变化的|#新场所的产权证明或租赁合同[C]
m 家庭成员关系证明|复|?以家庭形式经营的|#户口簿、结婚证等能够证明家庭成员关系的材料[N]
m 前置审批文件或许可证件|复|?经营范围涉及依法须经批准的项目的|@相关审批部门[NC]
m $qsz|?已办理过涉税事项的[X]
m $wts
q 个体工商户一定要起名称吗？|不一定。个体工商户可以使用名称，也可以不使用名称；使用名称的，一户只能使用一个名称。[N]
q 经营者要换人，需要先注销再重新办理吗？|不需要。个体工商户变更经营者的，可以直接向登记机关申请办理变更登记。[C]
q 个体工商户注销前要先办税务注销吗？|未办理过涉税事项的，可以直接申请注销登记；办理过涉税事项的，应当先结清税款，税务部门的清税信息通过系统共享。[X]

== 个体工商户备案|BA|S|N|3/0
law $ztdj29
if 个体工商户的联络员、从业人员数量、参加经营的家庭成员姓名等备案事项发生变化
m 个体工商户登记（备案）申请书|表|#经营者本人签字
m $yyzz|原|#核验原件
m 经营者身份证件|@公安机关|#核验原件后退还
m $wts
out 备案通知书
q 备案事项变化后多久内要办理？|应当自备案事项发生变化之日起30日内向登记机关办理备案。

== 个体工商户简易注销登记|QR|S|N|3/0
short 个体工商户简易注销
law $ztdj33
law 《市场主体登记管理条例》|第三十四条|市场主体申请简易注销的，应当通过国家企业信用信息公示系统公示，公示期为20日。在公示期内无相关部门、债权人及其他利害关系人提出异议的，市场主体可以于公示期届满之日起20日内向登记机关申请注销登记。个体工商户按照简易程序办理注销的，无需公示。
if 个体工商户未发生债权债务或者已将债权债务清偿完结
if 未处于被吊销营业执照、列入严重违法失信名单、存在股权（财产份额）被冻结等不适用简易注销的情形
m 个体工商户简易注销登记申请书|表|#经营者本人签字并作出承诺
m 营业执照正、副本原件|@市场监督管理部门|#申请时交回
m 经营者身份证件|@公安机关|#核验原件后退还
m $wts
out 准予简易注销登记通知书
net
q 个体工商户简易注销需要公示吗？|不需要。个体工商户按照简易程序办理注销的，无需在国家企业信用信息公示系统公示，通过全程电子化系统即可申请。

== 有限责任公司{}登记|QR|S|L|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law $gsf29[N]
law $gsf34[C]
law $gsf239[X]
law $ztdj19
if 股东人数为一人以上五十人以下，有符合公司章程规定的全体股东认缴的出资额[N]
if 有公司名称、公司住所和符合有限责任公司要求的组织机构，股东共同制定公司章程[N]
if 公司名称、住所、注册资本、经营范围、法定代表人、类型或者股东等登记事项发生变化[C]
if 公司因解散、被宣告破产或者其他法定事由需要终止，且已依法完成清算[X]
m 公司登记（备案）申请书|表|#法定代表人签字；变更、注销时加盖公司公章
m 公司章程|#全体股东签字或盖章[N]
m 股东的主体资格证明或者自然人身份证件|复|#法人股东提交营业执照复印件并加盖公章[N]
m 法定代表人、董事、监事和高级管理人员的任职文件|#股东会决议、股东决定或董事会决议[N]
m $cszm[N]
m 股东会决议或者股东决定|#按公司章程规定的表决程序作出[C]
m 修改后的公司章程或者章程修正案|?变更事项涉及章程修改的|#法定代表人签字并加盖公章[C]
m 清算报告|#经股东会或者人民法院确认，全体股东签字或盖章[X]
m $qsz[X]
m 前置审批文件或许可证件|复|?经营范围涉及依法须经批准的项目的|@相关审批部门[NC]
m $wts
q 注册资本需要在设立时实缴吗？|不需要在设立时一次缴足。全体股东认缴的出资额由股东按照公司章程的规定自公司成立之日起五年内缴足。[N]
q 可以用住宅作为公司住所吗？|可以按照本省住所（经营场所）登记管理的有关规定申报，提交住所使用证明；法律法规禁止作为经营场所的除外。[N]
q 变更法定代表人需要原法定代表人签字吗？|公司变更法定代表人的，变更登记申请书由变更后的法定代表人签署。[C]

== 有限责任公司备案|BA|S|L|3/0
law $ztdj29
if 公司章程修改未涉及登记事项，或者董事、监事、高级管理人员、登记联络员、受益所有人等备案事项发生变化
m 公司登记（备案）申请书|表|#加盖公司公章
m 修改后的公司章程或者章程修正案|?章程修改的|#法定代表人签字并加盖公章
m 董事、监事、高级管理人员的任职文件及身份证件|复|?董事、监事、高级管理人员发生变化的
m $yyzz
m $wts
out 备案通知书
q 更换监事需要换发营业执照吗？|不需要。监事属于备案事项，办理备案后不换发营业执照。

== 股份有限公司{}登记|QR|S|L|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law $gsf29[N]
law $gsf34[C]
law $gsf239[X]
law $ztdj19
if 发起人为一人以上二百人以下，其中须有半数以上的发起人在中华人民共和国境内有住所[N]
if 有符合公司章程规定的全体发起人认购的股本总额或者募集的实收股本总额，已召开成立大会[N]
if 公司名称、住所、注册资本、经营范围、法定代表人、类型等登记事项发生变化[C]
if 公司解散且清算完毕，或者被依法宣告破产[X]
m 公司登记（备案）申请书|表|#法定代表人签字；变更、注销时加盖公司公章
m 公司章程|#全体发起人签字或盖章[N]
m 发起人的主体资格证明或者自然人身份证件|复|[N]
m 成立大会会议记录及董事会、监事会决议|#载明董事、监事、高级管理人员的任职情况[N]
m 验资证明|?以募集方式设立的|~|#依法设立的验资机构出具[N]
m $cszm[N]
m 股东会决议|#按公司章程规定的表决程序作出[C]
m 修改后的公司章程或者章程修正案|?变更事项涉及章程修改的|#法定代表人签字并加盖公章[C]
m 清算报告|#经股东会或者人民法院确认[X]
m $qsz[X]
m $wts
q 股份有限公司可以只有一个股东吗？|可以。设立股份有限公司应当有一人以上二百人以下为发起人。[N]

== 股份有限公司备案|BA|S|L|3/0
law $ztdj29
if 公司章程修改未涉及登记事项，或者董事、监事、经理、登记联络员等备案事项发生变化
m 公司登记（备案）申请书|表|#加盖公司公章
m 修改后的公司章程或者章程修正案|?章程修改的|#法定代表人签字并加盖公章
m 董事、监事、经理的任职文件|复|?董事、监事、经理发生变化的|#股东会或董事会决议
m $yyzz
m $wts
out 备案通知书

== 公司分公司{}登记|QR|S|L|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law $gsf38
law $ztdj24[C]
law $ztdj31[X]
if 隶属公司已依法登记，分公司有固定的经营场所和负责人[N]
if 分公司名称、营业场所、负责人、经营范围等登记事项发生变化[C]
if 隶属公司决定撤销分公司，或者隶属公司依法终止[X]
m 分公司登记申请书|表|#隶属公司法定代表人签字并加盖公章
m 隶属公司营业执照|复|@市场监督管理部门|#加盖公章
m 分公司负责人任职文件及身份证件|复|#隶属公司出具的任职文件[N]
m 分公司营业场所使用证明|复|#产权证明或租赁合同[N]
m 隶属公司关于变更事项的决定|?变更负责人、经营范围等事项的[C]
m 隶属公司关于撤销分公司的决定|#加盖公司公章[X]
m $wts
q 分公司可以超出总公司经营范围吗？|不可以。分公司的经营范围不得超出隶属公司的经营范围。[N]

== 个人独资企业{}登记|QR|S|N|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law 《中华人民共和国个人独资企业法》|第九条|申请设立个人独资企业，应当由投资人或者其委托的代理人向个人独资企业所在地的登记机关提交设立申请书、投资人身份证明、生产经营场所使用证明等文件。[N]
law 《中华人民共和国个人独资企业法》|第十五条|个人独资企业存续期间登记事项发生变更的，应当在作出变更决定之日起的十五日内依法向登记机关申请办理变更登记。[C]
law 《中华人民共和国个人独资企业法》|第三十二条|个人独资企业清算结束后，投资人或者人民法院指定的清算人应当编制清算报告，并于十五日内到登记机关办理注销登记。[X]
if 投资人为一个自然人，有合法的企业名称、投资人申报的出资和固定的生产经营场所[N]
if 企业名称、住所、投资人、经营范围、出资额等登记事项发生变化[C]
if 企业已依法解散并清算完毕[X]
m 个人独资企业登记（备案）申请书|表|#投资人签字
m 投资人身份证件|@公安机关|#核验原件后退还
m $cszm[N]
m 清算报告|#投资人或清算人签字[X]
m $qsz[X]
m $wts
q 个人独资企业的投资人承担什么责任？|个人独资企业的投资人以其个人财产对企业债务承担无限责任。[N]

== 合伙企业{}登记|QR|S|LN|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law 《中华人民共和国合伙企业法》|第九条|申请设立合伙企业，应当向企业登记机关提交登记申请书、合伙协议书、合伙人身份证明等文件。[N]
law 《中华人民共和国合伙企业法》|第十三条|合伙企业登记事项发生变更的，执行合伙事务的合伙人应当自作出变更决定或者发生变更事由之日起十五日内，向企业登记机关申请办理变更登记。[C]
law 《中华人民共和国合伙企业法》|第九十条|清算结束，清算人应当编制清算报告，经全体合伙人签名、盖章后，在十五日内向企业登记机关报送清算报告，申请办理合伙企业注销登记。[X]
if 有二个以上合伙人，有书面合伙协议、合伙人认缴或者实际缴付的出资[N]
if 有合伙企业的名称和生产经营场所[N]
if 合伙企业名称、主要经营场所、执行事务合伙人、合伙人、经营范围等登记事项发生变化[C]
if 合伙企业已依法解散并清算完毕[X]
m 合伙企业登记（备案）申请书|表|#全体合伙人签字或盖章
m 全体合伙人签署的合伙协议|[N]
m 全体合伙人的主体资格证明或者自然人身份证件|复|[N]
m 全体合伙人对各合伙人认缴或者实际缴付出资的确认书|[N]
m $cszm[N]
m 全体合伙人签署的变更决定书|#或按合伙协议约定作出的决定[C]
m 经全体合伙人签名、盖章的清算报告|[X]
m $qsz[X]
m $wts
q 有限合伙企业至少要有几个普通合伙人？|有限合伙企业至少应当有一个普通合伙人，合伙人总数为二个以上五十个以下。[N]

== 合伙企业分支机构{}登记|QR|S|L|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law 《中华人民共和国合伙企业法》|第九条|申请设立合伙企业，应当向企业登记机关提交登记申请书、合伙协议书、合伙人身份证明等文件。
law $ztdj3
if 所属合伙企业已依法登记，分支机构有固定的经营场所和负责人[N]
if 分支机构名称、经营场所、负责人、经营范围等登记事项发生变化[C]
if 合伙企业决定撤销分支机构或者合伙企业依法终止[X]
m 合伙企业分支机构登记申请书|表|#执行事务合伙人签字或盖章
m 所属合伙企业营业执照|复|@市场监督管理部门|#加盖公章
m 全体合伙人签署的设立分支机构的决定书|[N]
m 分支机构经营场所使用证明|复|[N]
m 分支机构负责人身份证件|复|[N]
m 全体合伙人签署的变更或撤销决定书|[CX]
m $wts

== 农民专业合作社{}登记|QR|S|LN|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law 《中华人民共和国农民专业合作社法》|第十六条|设立农民专业合作社，应当向工商行政管理部门提交登记申请书、全体设立人签名或者盖章的设立大会纪要、章程、法定代表人和理事的任职文件及身份证明、出资成员签名或者盖章的出资清单、住所使用证明等文件，申请设立登记。[N]
law 《农民专业合作社登记管理条例》|第二十一条|农民专业合作社的名称、住所、成员出资总额、业务范围、法定代表人发生变更的，应当自作出变更决定之日起30日内向原登记机关申请变更登记。[C]
law $ztdj31[X]
if 有五名以上符合规定的成员，其中农民至少应当占成员总数的百分之八十[N]
if 有符合规定的章程、组织机构、名称和住所，有符合章程规定的成员出资[N]
if 合作社名称、住所、成员出资总额、业务范围、法定代表人等登记事项发生变化[C]
if 合作社依法解散并清算完毕，或者被依法宣告破产[X]
m 农民专业合作社登记（备案）申请书|表|#法定代表人签字
m 全体设立人签名或盖章的设立大会纪要|[N]
m 全体设立人签名或盖章的章程|[N]
m 法定代表人、理事的任职文件及身份证件|复|[N]
m 出资成员签名或盖章的出资清单|[N]
m 成员名册及成员身份证明|复|#农民成员提交身份证件复印件[N]
m $cszm[N]
m 成员大会或者成员代表大会作出的变更决议|#按章程规定的表决程序作出[C]
m 清算组成员签署的清算报告|#经成员大会确认[X]
m $qsz[X]
m $wts
q 合作社可以用村委会的房屋作为住所吗？|可以。提交村民委员会出具的住所使用证明即可。[N]

== 农民专业合作社备案|BA|S|LN|3/0
law 《农民专业合作社登记管理条例》|第二十三条|农民专业合作社成员发生变更的，应当自本财务年度终了之日起30日内，将法定代表人签署的修改后的成员名册报送登记机关备案。
law $ztdj29
if 农民专业合作社的成员、章程（未涉及登记事项）、理事、监事等备案事项发生变化
m 农民专业合作社登记（备案）申请书|表|#法定代表人签字
m 修改后的成员名册|?成员发生变化的|#法定代表人签署
m 修改后的章程或章程修正案|?章程修改的
m $yyzz
m $wts
out 备案通知书

== 农民专业合作社分支机构{}登记|QR|S|L|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law 《农民专业合作社登记管理条例》|第二十九条|农民专业合作社可以设立分支机构，并比照本条例有关农民专业合作社登记的规定，向分支机构所在地登记机关申请办理登记。
if 所属合作社已依法登记，分支机构有固定场所和负责人[N]
if 分支机构名称、经营场所、负责人、业务范围等登记事项发生变化[C]
if 合作社决定撤销分支机构[X]
m 分支机构登记申请书|表|#合作社法定代表人签字
m 所属合作社营业执照|复|@市场监督管理部门|#加盖公章
m 理事会或者成员大会关于设立分支机构的决议|[N]
m 分支机构负责人任职文件及身份证件|复|[N]
m 分支机构经营场所使用证明|复|[N]
m 合作社关于变更或撤销分支机构的决议|[CX]
m $wts

== 农民专业合作社联合社{}登记|QR|S|L|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law 《中华人民共和国农民专业合作社法》|第五十六条|三个以上的农民专业合作社在自愿的基础上，可以出资设立农民专业合作社联合社。农民专业合作社联合社应当有自己的名称、组织机构和住所，由联合社全体成员制定并承认的章程，以及符合章程规定的成员出资。
if 由三个以上已依法登记的农民专业合作社自愿出资设立[N]
if 联合社名称、住所、成员出资总额、业务范围、法定代表人等登记事项发生变化[C]
if 联合社依法解散并清算完毕[X]
m 农民专业合作社联合社登记申请书|表|#法定代表人签字
m 全体成员签署的设立大会纪要和章程|[N]
m 成员合作社的营业执照|复|@市场监督管理部门|#加盖公章[N]
m 出资清单及法定代表人任职文件|[N]
m $cszm[N]
m 成员大会作出的变更决议|[C]
m 清算报告|[X]
m $qsz[X]
m $wts

== 非公司企业法人{}登记|QR|S|L|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law $ztdj3
law $ztdj24[C]
law $ztdj31[X]
if 由国家、集体出资设立的全民所有制或集体所有制企业，有主管部门（出资人）同意设立的文件[N]
if 企业名称、住所、法定代表人、注册资金、经营范围等登记事项发生变化[C]
if 企业经主管部门（出资人）决定终止并清算完毕[X]
m 非公司企业法人登记（备案）申请书|表|#法定代表人签字并加盖主管部门公章
m 主管部门（出资人）的批准文件或决定|[N]
m 企业章程|[N]
m 法定代表人任职文件及身份证件|复|[N]
m $cszm[N]
m 主管部门（出资人）同意变更的文件|[C]
m 主管部门（出资人）同意注销的文件及清算报告|[X]
m $wts

== 非公司企业法人分支机构{}登记|QR|S|L|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law $ztdj3
if 隶属企业已依法登记，分支机构有固定场所和负责人[N]
if 分支机构名称、营业场所、负责人、经营范围等登记事项发生变化[C]
if 隶属企业决定撤销分支机构[X]
m 分支机构登记申请书|表|#隶属企业法定代表人签字并加盖公章
m 隶属企业营业执照|复|@市场监督管理部门|#加盖公章
m 负责人任职文件及身份证件|复|[N]
m 营业场所使用证明|复|[N]
m 隶属企业关于变更或撤销分支机构的决定|[CX]
m $wts

== 外商投资有限责任公司{}登记|QR|S|L|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law 《中华人民共和国外商投资法》|第三十一条|外商投资企业的组织形式、组织机构及其活动准则，适用《中华人民共和国公司法》、《中华人民共和国合伙企业法》等法律的规定。
law $gsf29[N]
law $gsf34[C]
law $gsf239[X]
if 投资领域不属于外商投资准入负面清单禁止投资的领域，属于限制投资领域的符合负面清单规定的条件[N]
if 符合《中华人民共和国公司法》规定的有限责任公司设立条件[N]
if 公司名称、住所、注册资本、经营范围、法定代表人、股东等登记事项发生变化[C]
if 公司解散且依法清算完毕[X]
m 公司登记（备案）申请书|表|#法定代表人签字
m 公司章程|#全体股东签字或盖章[N]
m 外国投资者的主体资格证明或身份证明|#经所在国公证机关公证并经我国驻该国使（领）馆认证，或者依照有关条约办理证明手续，附中文译本[N]
m 法定代表人、董事、监事和高级管理人员的任职文件|[N]
m 法律文件送达授权委托书|#外国投资者指定境内法律文件送达接受人[N]
m $cszm[N]
m 股东会决议或者股东决定|[C]
m 修改后的公司章程或者章程修正案|?变更事项涉及章程修改的[C]
m 清算报告|[X]
m $qsz[X]
m $wts
q 外商投资企业还需要到商务部门办理备案吗？|不需要单独办理。外国投资者或者外商投资企业通过企业登记系统以及国家企业信用信息公示系统向商务主管部门报送投资信息。

== 外商投资企业分公司{}登记|QR|S|L|3/0|N=设立 C=变更 X=注销
sfx N=（营业执照核发） C=（营业执照换发） X=（营业执照缴销）
cert 营业执照
law $gsf38
law 《中华人民共和国外商投资法》|第三十一条|外商投资企业的组织形式、组织机构及其活动准则，适用《中华人民共和国公司法》、《中华人民共和国合伙企业法》等法律的规定。
if 隶属的外商投资企业已依法登记，分公司有固定的营业场所和负责人[N]
if 分公司名称、营业场所、负责人、经营范围等登记事项发生变化[C]
if 隶属企业决定撤销分公司[X]
m 分公司登记申请书|表|#隶属公司法定代表人签字并加盖公章
m 隶属公司营业执照|复|@市场监督管理部门|#加盖公章
m 分公司负责人任职文件及身份证件|复|[N]
m 营业场所使用证明|复|[N]
m 隶属公司关于变更或撤销分公司的决定|[CX]
m $wts

== 企业简易注销登记|QR|S|L|3/0
short 企业简易注销
law $ztdj33
law 《市场主体登记管理条例》|第三十四条|市场主体申请简易注销的，应当通过国家企业信用信息公示系统公示，公示期为20日。在公示期内无相关部门、债权人及其他利害关系人提出异议的，市场主体可以于公示期届满之日起20日内向登记机关申请注销登记。
if 企业未发生债权债务或者已将债权债务清偿完结，未发生或者已结清清偿费用、职工工资、社会保险费用、法定补偿金和应缴纳税款
if 已通过国家企业信用信息公示系统公示20日，公示期内无异议
if 全体投资人书面承诺对上述情况的真实性承担法律责任
m 企业简易注销登记申请书|表|#法定代表人签字
m 全体投资人承诺书|表|#全体投资人签字或盖章
m 营业执照正、副本原件|@市场监督管理部门|#申请时交回
m $wts
out 准予简易注销登记通知书
net
q 简易注销公示期内有人提出异议怎么办？|公示期内有异议的，不能适用简易注销程序，企业可以在异议消除后重新申请，或者按照一般程序办理注销。

== 营业执照{}|QR|S|LN|3/0|B=遗失补领 O=换发
short 营业执照补领换发
cert 营业执照
noauto
law 《市场主体登记管理条例》|第二十二条|营业执照分为正本和副本，具有同等法律效力。电子营业执照与纸质营业执照具有同等法律效力。营业执照样式、电子营业执照标准由国务院市场监督管理部门统一制定。
law 《市场主体登记管理条例实施细则》|第六十五条|营业执照遗失或者毁坏的，市场主体应当通过国家企业信用信息公示系统声明作废，申请补领。
if 营业执照正本或副本遗失、毁坏，需要补领的[B]
if 营业执照破损、污损或因标准样式调整等原因需要换发的[O]
m 营业执照补领（换发）申请书|表|#法定代表人（经营者、负责人）签字，企业加盖公章
m 营业执照遗失声明|电|#通过国家企业信用信息公示系统免费发布[B]
m 需要换发的营业执照正、副本原件|@市场监督管理部门|#申请时交回[O]
m $wts
q 补领营业执照要登报吗？|不需要登报。企业可以通过国家企业信用信息公示系统免费发布营业执照作废声明。[B]

== 电子营业执照下载与使用|GG|S|LN|3/0
short 电子营业执照
net
law 《市场主体登记管理条例》|第二十二条|营业执照分为正本和副本，具有同等法律效力。电子营业执照与纸质营业执照具有同等法律效力。
if 已依法登记并领取营业执照的市场主体
m 法定代表人（经营者、负责人）身份证件|@公安机关|#通过“电子营业执照”小程序刷脸实名认证
m 授权管理人员名单|?法定代表人授权他人管理电子营业执照的|#在电子营业执照系统内在线授权
out 电子营业执照
q 电子营业执照有哪些用途？|可以用于办理企业登记、税务、社会保险、公积金、银行开户等业务时的身份验证和电子签名，与纸质营业执照具有同等法律效力。

== 市场主体歇业备案|BA|S|LN|3/0
law $ztdj30
law 《市场主体登记管理条例》|第三十一条|市场主体决定歇业，应当在歇业前与职工依法协商劳动关系处理等有关事项。市场主体应当在歇业前向登记机关办理备案。歇业的期限最长不得超过3年。
if 因自然灾害、事故灾难、公共卫生事件、社会安全事件等原因造成经营困难，自主决定在一定时期内歇业
if 已与职工依法协商劳动关系处理等有关事项
m 市场主体歇业备案申请书|表|#法定代表人（经营者）签字，企业加盖公章
m 歇业期间法律文书送达地址确认书|#以法律文书送达地址代替住所（经营场所）的提交
m $yyzz
m $wts
out 歇业备案通知书
q 歇业期间还要报年报吗？|需要。歇业期间市场主体仍应当按时报送年度报告并公示，依法缴纳税款，期满未恢复营业的视为恢复营业。

== 企业住所跨区迁移登记|QR|P|L|3/1
short 企业迁移登记
law $ztdj24
law 《市场主体登记管理条例》|第二十七条|市场主体变更住所或者主要经营场所跨登记机关辖区的，应当在迁入新的住所或者主要经营场所前，向迁入地登记机关申请变更登记。迁出地登记机关无正当理由不得拒绝移交市场主体档案等相关材料。
if 企业住所拟迁入本区，迁出地登记机关档案移交手续可通过系统办理
if 企业未处于被吊销营业执照、列入经营异常名录或股权被冻结等不得迁移的情形
m 公司登记（备案）申请书|表|#法定代表人签字并加盖公章
m 股东会决议或者股东决定|#关于迁移住所的决定
m 新住所使用证明|复|#产权证明或租赁合同
m 营业执照正、副本原件|@市场监督管理部门|#换发新照时交回
m $wts
out 营业执照
q 迁移需要先到原登记地办理手续吗？|不需要。直接向迁入地登记机关申请，档案由登记机关之间通过系统调转。

== 股权出质{}登记|QR|S|LN|3/0|N=设立 C=变更 X=注销 O=撤销
short 股权出质登记
law 《中华人民共和国民法典》|第四百四十三条|以基金份额、股权出质的，质权自办理出质登记时设立。
law 《股权出质登记办法》|第三条|负责出质股权所在公司登记的市场监督管理部门是股权出质登记机关。
if 出质股权依法可以转让，未被人民法院冻结[N]
if 出质人和质权人订立了书面质权合同[N]
if 出质人、质权人姓名（名称）或者出质股权数额发生变化[C]
if 主债权消灭、质权实现、质权人放弃质权或者法律规定质权消灭的其他情形[X]
if 质权合同被依法确认无效或者被撤销等情形[O]
m 股权出质登记申请书|表|#出质人和质权人双方签字或盖章
m 出质人和质权人的主体资格证明或自然人身份证件|复|
m 质权合同|[NC]
m 质权合同无效或被撤销的法律文书|[O]
m $wts
out 股权出质设立登记通知书[N]
out 股权出质变更登记通知书[C]
out 股权出质注销登记通知书[X]
out 股权出质撤销登记通知书[O]
q 股权出质登记需要到现场吗？|出质人与质权人可以共同到窗口申请，也可以通过河南政务服务网在线申请，资料齐全的当场办理。

== 个体工商户转型为企业登记|QR|S|N|3/0
short 个转企登记
law $ztdj24
law 《促进个体工商户发展条例》|第十四条|个体工商户可以自愿变更经营者或者转型为企业。变更经营者的，可以直接向市场主体登记机关申请办理变更登记。
if 个体工商户自愿转型为个人独资企业、合伙企业或者有限责任公司，且符合拟设立企业的设立条件
if 个体工商户未处于被吊销营业执照或者列入严重违法失信名单等状态
m 个转企登记申请书|表|#经营者签字
m 原个体工商户营业执照正、副本原件|@市场监督管理部门|#申请时交回
m 拟设立企业的章程或协议|?转型为公司或合伙企业的
m $cszm|?经营场所发生变化的
m $wts
out 营业执照
q 转型为企业后，原有的许可证件还能用吗？|个体工商户转型为企业后，相关许可证件可以按照“先照后证”“一次办理”的要求同步办理变更，原有的经营资历可以延续。

== 企业登记档案查询|GG|S|LN|3/0
short 企业档案查询
law 《市场主体登记管理条例》|第三十五条|市场主体应当按照国家有关规定公示年度报告和登记相关信息。
law 《企业登记档案资料查询办法》|第二条|企业登记档案资料分为登记主档和登记副档。查询人查询登记主档的，应当出示身份证明。
if 企业本身、律师事务所（律师）、公检法等国家机关或者其他利害关系人依法查询企业登记档案
m 查询人身份证件|@公安机关|#核验原件
m 企业出具的查询授权书或单位介绍信|?查询企业本身登记档案的|#加盖公章
m 律师执业证及律师事务所查询证明|?律师查询的|@司法行政部门
out 企业登记档案资料复印件（加盖查询专用章）

sec 信用监管科
== 移出经营异常名录申请|QT|P|L|5/3
short 经营异常名录移出
law 《企业信息公示暂行条例》|第十七条|有下列情形之一的，由县级以上市场监督管理部门列入经营异常名录，通过企业信息公示系统向社会公示，提醒其履行公示义务……企业依照本条规定被列入经营异常名录的，可以在补报未报年份的年度报告并公示后，申请移出经营异常名录。
law 《企业经营异常名录管理暂行办法》|第十一条|依照本办法第四条规定被列入经营异常名录的企业，可以在补报未报年份的年度报告并公示后，申请移出经营异常名录。
if 被列入经营异常名录的原因已经消除，如已补报未报年份的年度报告并公示、已更正公示信息或者通过登记的住所可以重新取得联系
m 移出经营异常名录申请书|表|#法定代表人签字并加盖公章
m 列入原因已消除的证明材料|#如补报的年度报告、住所使用证明等
m $yyzz
m $wts
out 移出经营异常名录决定书
q 补报年报后会自动移出吗？|不会自动移出。补报年报并公示后，应当向作出列入决定的市场监管部门申请移出，窗口审核后5个工作日内作出决定。

== 市场监管领域行政处罚信息信用修复|QT|P|LN|15/5
short 信用修复
law 《市场监督管理信用修复管理办法》|第九条|当事人申请信用修复，应当提交信用修复申请书、守信承诺书、履行法定义务的相关材料。
if 被公示行政处罚信息已满规定的最短公示期
if 已经自觉履行行政处罚决定中规定的义务，已经主动消除危害后果和不良影响，未再受到市场监督管理部门较重行政处罚
m 信用修复申请书|表|#法定代表人（经营者）签字并加盖公章
m 守信承诺书|表|#承诺内容真实并按时履行法定义务
m 履行行政处罚决定的证明材料|复|#罚没款缴纳凭证等
m $yyzz
m $wts
out 信用修复决定书
q 信用修复后原处罚信息还能查到吗？|信用修复后，国家企业信用信息公示系统停止公示相关行政处罚信息，但行政处罚决定本身不撤销。

== 企业年度报告公示|GG|S|LN|0/0
short 企业年报
net
law 《企业信息公示暂行条例》|第八条|企业应当于每年1月1日至6月30日，通过企业信用信息公示系统向市场监督管理部门报送上一年度年度报告，并向社会公示。当年设立登记的企业，自下一年起报送并公示年度报告。
if 已领取营业执照的企业、农民专业合作社和个体工商户
m 上一年度年度报告|电|#通过国家企业信用信息公示系统在线填报
m 企业联络员身份信息|电|#首次使用系统时登记联络员并实名认证
out 年报公示信息
q 个体工商户也要报年报吗？|需要。个体工商户应当于每年1月1日至6月30日报送上一年度年度报告，可以选择是否公示年报中的经营信息。
""";

}

/** 市场监督管理局: food, drugs, medical devices, special equipment, metrology, consumers. */
final class T02 {

	static final String TEXT = """
@scjgj
sec 食品药品许可科
== 食品经营许可|XK|P|LN|20/5 X=20/1 B=20/1|N=新办 C=变更 R=延续 X=注销 B=补证
cert 食品经营许可证
site
law $sp35
law 《食品经营许可和备案管理办法》|第二条|在中华人民共和国境内从事食品销售和餐饮服务活动，应当依法取得食品经营许可。
law $xzxk50[R]
law $xzxk70[X]
if 具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所，保持场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离
if 具有与经营的食品品种、数量相适应的经营设备或者设施，有专职或者兼职的食品安全管理人员和保证食品安全的规章制度
if 具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染
if 食品经营许可证载明的经营者名称、法定代表人（负责人）、经营项目等许可事项发生变化[C]
m 食品经营许可申请书|表|#申请人签字或盖章
m $yyzz|?已取得营业执照的
m 与食品经营相适应的主要设备设施、经营布局、操作流程等文件|#标明功能区和设备位置的平面图[NR]
m 食品安全管理制度目录和食品安全自查制度|[NR]
m 食品安全管理人员身份证明和培训考核证明|复|[NR]
m 变更事项的证明材料|复|#如新的营业执照、经营场所平面图等[C]
m $wts
q 办理食品经营许可前要先办营业执照吗？|一般应当先取得营业执照等主体资格证明文件；机关、事业单位等的内部食堂以其法人登记证书申请。[N]
q 食品经营许可证有效期多长？|食品经营许可证有效期为5年。需要延续的，应当在有效期届满30个工作日前提出延续申请。[NR]

== 仅销售预包装食品{}|BA|S|LN|0/0|N=备案 C=备案变更 X=备案注销
short 预包装食品备案
net
law $sp35
law 《食品经营许可和备案管理办法》|第四十一条|仅销售预包装食品的，应当报所在地县级以上地方市场监督管理部门备案。
if 仅销售预包装食品（含保健食品、特殊医学用途配方食品、婴幼儿配方乳粉以及其他婴幼儿配方食品等特殊食品）的经营者[N]
if 已备案的经营者名称、经营场所、经营种类等备案信息发生变化[C]
if 经营者终止仅销售预包装食品经营活动[X]
m 仅销售预包装食品备案信息采集表|电|表|#在线填报，由经营者签字或电子签名
m $yyzz
m $wts
out 备案编号[N]
out 备案变更回执[C]
q 开便利店只卖包装好的食品，还要办食品经营许可证吗？|不需要办理许可，办理仅销售预包装食品备案即可；如同时销售散装食品或现场制售食品，需要申请食品经营许可。[N]

== 食品小作坊登记|QR|P|LN|10/3 X=10/1|N=新办 C=变更 R=延续 X=注销
cert 食品小作坊登记证
site
law 《河南省食品小作坊、小经营店和小摊点管理条例》|第十条|食品小作坊实行登记管理。从事食品小作坊生产加工活动，应当向所在地县级食品药品监督管理部门申请登记。
law 《中华人民共和国食品安全法》|第三十六条|食品生产加工小作坊和食品摊贩等从事食品生产经营活动，应当符合本法规定的与其生产经营规模、条件相适应的食品安全要求，保证所生产经营的食品卫生、无毒、无害。
if 有固定的生产加工场所，生产加工场所与有毒、有害场所以及其他污染源保持安全距离
if 有与生产加工食品相适应的设备设施和卫生防护措施，从业人员持有有效健康证明
m 食品小作坊登记申请书|表|#经营者签字
m $yyzz
m 生产加工场所平面图和设备布局图|[NR]
m 从业人员健康证明|复|#卫生健康部门指定的医疗机构出具[NR]
m 拟生产加工食品品种目录及工艺流程|[NR]
m $wts
q 小作坊可以生产哪些食品？|可以生产加工本省食品小作坊生产加工品种目录范围内的传统特色食品，不得生产加工婴幼儿配方食品、保健食品等禁止的品种。

== 食品小经营店登记|QR|P|LN|10/3 X=10/1|N=新办 C=变更 R=延续 X=注销
cert 食品小经营店登记证
site
law 《河南省食品小作坊、小经营店和小摊点管理条例》|第二十二条|食品小经营店实行登记管理，从事食品小经营店经营活动，应当向所在地县级食品药品监督管理部门申请登记。
if 有固定的经营场所，经营面积较小、从业人员较少，从事食品销售或者餐饮服务
if 经营场所卫生整洁，有必要的消毒、洗涤、冷藏、防蝇、防尘设施，从业人员持有有效健康证明
m 食品小经营店登记申请书|表|#经营者签字
m $yyzz
m 经营场所平面布局图|[NR]
m 从业人员健康证明|复|[NR]
m $wts

== 食品小摊点{}|BA|S|N|0/0|N=备案 C=备案变更 X=备案注销
short 食品摊点备案卡
law 《河南省食品小作坊、小经营店和小摊点管理条例》|第三十一条|食品小摊点实行备案管理。食品小摊点应当向所在地乡（镇）人民政府、街道办事处或者县级食品药品监督管理部门备案，取得备案卡。
if 在县级人民政府划定的区域和规定的时段内从事食品经营的摊点
m 食品小摊点备案表|表|#经营者签字
m 经营者身份证件|@公安机关|#核验原件后退还
m 从业人员健康证明|复|[N]
out 食品小摊点备案卡
q 摆摊卖早餐需要办什么手续？|在政府划定的经营区域内摆摊的，办理食品小摊点备案卡即可，备案不收费、当场办结。

== 药品零售企业经营许可|XK|P|L|20/10 X=20/1 B=20/1|N=新办 C=变更 R=换证 X=注销 B=补发
short 药品零售许可
cert 药品经营许可证
site
law 《中华人民共和国药品管理法》|第五十一条|从事药品零售活动，应当经所在地县级以上地方人民政府药品监督管理部门批准，取得药品经营许可证。无药品经营许可证的，不得经营药品。药品经营许可证应当标明有效期和经营范围，到期重新审查发证。
law $xzxk42
law $xzxk70[X]
if 具有依法经过资格认定的药师或者其他药学技术人员
if 具有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境
if 具有与所经营药品相适应的质量管理机构或者人员，以及保证药品质量的规章制度，符合药品经营质量管理规范要求
m 药品经营许可证申请表|表|#法定代表人（负责人）签字并加盖公章
m $yyzz
m 执业药师注册证及身份证明|复|@药品监督管理部门|#驻店执业药师[NR]
m 经营场所、仓库的产权证明或租赁合同及平面布局图|复|[NR]
m 质量管理文件目录和主要设施设备目录|[NR]
m 变更事项的证明材料|复|#如变更后的执业药师注册证、经营场所证明等[C]
m $wts
renew 6个月
q 药品经营许可证有效期多长？|药品经营许可证有效期为5年。有效期届满需要继续经营的，应当在有效期届满前6个月至2个月期间申请重新审查发证。[NR]
q 开药店必须要有执业药师吗？|经营处方药、甲类非处方药的药品零售企业，应当配备执业药师或者其他依法经过资格认定的药学技术人员。[N]

== 第二类医疗器械经营{}|BA|S|L|0/0|N=备案 C=备案变更 X=备案注销
short 二类医疗器械经营备案
law 《医疗器械监督管理条例》|第四十一条|从事第二类医疗器械经营的，由经营企业向所在地设区的市级人民政府负责药品监督管理的部门备案并提交符合本条例第四十条规定条件的有关资料。
law 《医疗器械经营监督管理办法》|第三十九条|从事第二类医疗器械经营的，经营企业应当向所在地设区的市级负责药品监督管理的部门备案。
if 有与经营范围和经营规模相适应的经营场所和贮存条件，以及与经营的医疗器械相适应的质量管理制度和质量管理机构或者人员
m 第二类医疗器械经营备案表|表|#法定代表人签字并加盖公章
m $yyzz
m 质量负责人的身份证明、学历或者职称证明|复|[N]
m 经营场所、库房的产权证明或租赁合同|复|[N]
m 经营质量管理制度、工作程序等文件目录|[N]
m 变更事项的证明材料|复|[C]
m $wts
out 第二类医疗器械经营备案凭证
q 卖家用血压计、体温计需要备案吗？|部分第二类医疗器械产品（如体温计、血压计等）属于免于经营备案的产品，具体以国家药品监督管理局公布的目录为准。[N]

== 第三类医疗器械经营许可|XK|P|L|20/10 X=20/1 B=20/1|N=新办 C=变更 R=延续 X=注销 B=补发
cert 医疗器械经营许可证
site
law 《医疗器械监督管理条例》|第四十二条|从事第三类医疗器械经营的，经营企业应当向所在地设区的市级人民政府负责药品监督管理的部门申请经营许可并提交符合本条例第四十条规定条件的有关资料。受理经营许可申请的负责药品监督管理的部门应当对申请资料进行审查，必要时组织核查，并自受理申请之日起20个工作日内作出决定。
law $xzxk70[X]
if 有与经营范围和经营规模相适应的经营场所和贮存条件
if 有与经营的医疗器械相适应的质量管理制度和质量管理机构或者人员，具有符合医疗器械经营质量管理要求的计算机信息管理系统
m 医疗器械经营许可申请表|表|#法定代表人签字并加盖公章
m $yyzz
m 法定代表人、企业负责人、质量负责人的身份证明、学历或者职称证明|复|[NR]
m 组织机构与部门设置说明|[NR]
m 经营场所、库房的产权证明或租赁合同及平面图|复|[NR]
m 经营设施、设备目录和质量管理制度文件目录|[NR]
m 变更事项的证明材料|复|[C]
m $wts
renew 90个工作日
q 医疗器械经营许可证有效期多长？|医疗器械经营许可证有效期为5年，需要延续的应当在有效期届满前90个工作日至30个工作日期间提出延续申请。

sec 特种设备安全监察科
== 电梯使用登记|XK|P|L|15/5 X=15/1|N=首次登记 C=变更登记 X=注销登记
short 电梯使用登记
cert 特种设备使用登记证
law 《中华人民共和国特种设备安全法》|第三十三条|特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。登记标志应当置于该特种设备的显著位置。
law 《特种设备使用管理规则》|第2.3条|使用单位应当在特种设备投入使用前或者投入使用后30日内，向登记机关申请办理使用登记；登记机关应当自受理之日起15个工作日内完成审查、发证。
if 电梯已经安装监督检验合格，使用单位已落实安全管理人员和维护保养单位[N]
if 电梯使用单位、安全管理人员或者维护保养单位等登记信息发生变化，或者电梯改造、移装[C]
if 电梯报废或者使用单位不再使用[X]
m 特种设备使用登记表|x2|表|#使用单位盖章
m 使用单位营业执照或产权单位证明|复|@市场监督管理部门|#加盖公章
m 电梯产品合格证和安装监督检验报告|复|@特种设备检验机构|[N]
m 电梯维护保养合同|复|#与取得相应资质的维保单位签订[NC]
m 安全管理人员资格证书|复|@市场监督管理部门|[NC]
m 电梯报废或拆除的说明|#使用单位盖章[X]
m $wts
q 新装电梯什么时候办理使用登记？|应当在电梯投入使用前或者投入使用后30日内办理使用登记，取得使用登记证后方可继续使用。[N]

== 锅炉和压力容器使用登记|XK|P|L|15/5 X=15/1|N=首次登记 C=变更登记 X=注销登记
cert 特种设备使用登记证
law 《中华人民共和国特种设备安全法》|第三十三条|特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。
if 锅炉、压力容器已经安装监督检验或者产品监督检验合格，使用单位配备了持证作业人员[N]
if 设备使用单位、安装位置等登记信息发生变化，或者设备经过改造、移装[C]
if 设备报废或者不再使用[X]
m 特种设备使用登记表|x2|表|#使用单位盖章
m 使用单位营业执照|复|@市场监督管理部门|#加盖公章
m 产品合格证、产品数据表和监督检验证书|复|[N]
m 作业人员和安全管理人员资格证书|复|@市场监督管理部门|[NC]
m 设备报废说明|[X]
m $wts

== 起重机械使用登记|XK|P|L|15/5 X=15/1|N=首次登记 C=变更登记 X=注销登记
cert 特种设备使用登记证
law 《中华人民共和国特种设备安全法》|第三十三条|特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。
if 起重机械已经安装监督检验合格，使用单位配备了持证司机和安全管理人员[N]
if 起重机械使用单位或使用地点等登记信息发生变化，或者经过改造[C]
if 起重机械报废或者不再使用[X]
m 特种设备使用登记表|x2|表|#使用单位盖章
m 使用单位营业执照|复|@市场监督管理部门|#加盖公章
m 产品合格证和安装监督检验报告|复|[N]
m 起重机械作业人员和安全管理人员资格证书|复|[NC]
m 设备报废说明|[X]
m $wts

== 场（厂）内专用机动车辆使用登记|XK|P|L|15/5 X=15/1|N=首次登记 C=变更登记 X=注销登记
short 叉车等场内车辆使用登记
cert 特种设备使用登记证
law 《中华人民共和国特种设备安全法》|第三十三条|特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。
if 叉车、观光车等场（厂）内专用机动车辆经首次检验合格[N]
if 车辆使用单位等登记信息发生变化[C]
if 车辆报废或者不再使用[X]
m 特种设备使用登记表|x2|表|#使用单位盖章
m 使用单位营业执照|复|@市场监督管理部门|#加盖公章
m 产品合格证和首次检验报告|复|[N]
m 车辆照片|电|#能够清晰显示车辆外观和产品铭牌[N]
m 设备报废说明|[X]
m $wts
q 叉车司机需要持证吗？|需要。叉车等场（厂）内专用机动车辆作业人员应当取得特种设备作业人员证后方可上岗。

== 特种设备安装改造修理告知|BA|S|L|0/0
law 《中华人民共和国特种设备安全法》|第二十三条|特种设备安装、改造、修理的施工单位应当在施工前将拟进行的特种设备安装、改造、修理情况书面告知直辖市或者设区的市级人民政府负责特种设备安全监督管理的部门。
if 施工单位取得相应的特种设备安装、改造、修理许可，拟在本区开展施工作业
m 特种设备安装改造修理告知书|表|x2|#施工单位盖章
m 施工单位特种设备生产许可证|复|@市场监督管理部门
m 施工单位营业执照|复|@市场监督管理部门
out 告知书回执
q 告知后多久可以施工？|告知书提交后即可按计划施工，并应当及时向检验机构申请监督检验。

sec 计量标准科
== 计量器具强制检定申请|GG|P|LN|10/5
short 计量强制检定
law 《中华人民共和国计量法》|第九条|县级以上人民政府计量行政部门对社会公用计量标准器具，部门和企业、事业单位使用的最高计量标准器具，以及用于贸易结算、安全防护、医疗卫生、环境监测方面的列入强制检定目录的工作计量器具，实行强制检定。
if 使用列入强制检定目录、用于贸易结算、安全防护、医疗卫生、环境监测的工作计量器具
m 强制检定计量器具备案登记表|表|#使用单位盖章
m $yyzz|?单位申请的
m 计量器具清单|#写明器具名称、型号、出厂编号和使用地点
out 检定证书或检定结果通知书
q 农贸市场的电子秤要检定吗？|需要。用于贸易结算的电子秤属于强制检定的计量器具，应当定期检定，经检定合格后方可使用。

sec 消费者权益保护科
== 消费者投诉受理|QT|P|N|7/7
short 消费投诉
law 《中华人民共和国消费者权益保护法》|第三十九条|消费者和经营者发生消费者权益争议的，可以通过下列途径解决：（一）与经营者协商和解；（二）请求消费者协会或者依法成立的其他调解组织调解；（三）向有关行政部门投诉……
law 《市场监督管理投诉举报处理暂行办法》|第十五条|市场监督管理部门应当自收到投诉之日起七个工作日内作出受理或者不予受理的决定，并告知投诉人。
if 消费者为生活消费需要购买、使用商品或者接受服务，与经营者发生消费者权益争议
if 有明确的被投诉人、具体的投诉请求和事实理由
m 投诉书|表|#写明投诉人姓名、联系方式、被投诉人名称和地址、投诉请求和事实理由
m 投诉人身份证件|复|@公安机关
m 购物凭证、服务单据等证据材料|复|
out 受理或者不予受理告知书
ch WOA
url https://www.12315.cn/
q 除了到窗口，还能怎样投诉？|可以拨打12315热线，或者登录全国12315平台（https://www.12315.cn/）在线投诉。

== 市场监管领域违法行为举报受理|QT|P|NL|15/15
short 市场监管举报
law 《市场监督管理投诉举报处理暂行办法》|第三十一条|市场监督管理部门应当自收到举报之日起十五个工作日内作出是否立案的决定。
law 《中华人民共和国消费者权益保护法》|第二十三条|经营者应当保证在正常使用商品或者接受服务的情况下其提供的商品或者服务应当具有的质量、性能、用途和有效期限。
if 发现经营者涉嫌违反市场监督管理法律、法规、规章的行为
m 举报材料|#写明被举报人名称、地址、涉嫌违法的具体线索
m 相关证据材料|复|?有证据的|#照片、视频、票据等
out 处理结果
ch WOA
url https://www.12315.cn/
q 举报人的信息会保密吗？|会。市场监督管理部门对举报人的信息予以保密，举报查证属实且符合条件的，可以按规定申请奖励。

sec 知识产权科
== 知识产权维权援助|GG|P|LN|10/5
short 知识产权维权
law 《中华人民共和国专利法》|第二十条|申请专利和行使专利权应当遵循诚实信用原则。不得滥用专利权损害公共利益或者他人合法权益。
law 《知识产权强国建设纲要（2021－2035年）》|第五部分|建立健全知识产权纠纷多元化解决机制，完善知识产权维权援助体系。
if 本区企业、个人在知识产权创造、运用和保护过程中遇到侵权纠纷或者需要维权指导
m 维权援助申请表|表|#申请人签字或盖章
m 知识产权权属证明|复|#专利证书、商标注册证等
m 侵权线索及证据材料|复|
out 维权援助意见书
q 可以帮助申请专利吗？|可以提供专利申请的咨询和指导，专利申请应当向国家知识产权局提交。
""";

}

/** 税务局. */
final class T03 {

	static final String TEXT = """
@swj
sec 纳税服务股
== 一照一码户信息确认|QT|S|LN|0/0
short 新办纳税人信息确认
net
law 《中华人民共和国税收征收管理法》|第十五条|企业，企业在外地设立的分支机构和从事生产、经营的场所，个体工商户和从事生产、经营的事业单位，自领取营业执照之日起三十日内，持有关证件，向税务机关申报办理税务登记。
law 《税务登记管理办法》|第八条|已实行“多证合一、一照一码”登记模式的纳税人，首次办理涉税事宜时，对税务机关依据市场监督管理等部门共享信息制作的《“多证合一”登记信息确认表》进行确认。
if 已领取加载统一社会信用代码营业执照的企业、农民专业合作社和个体工商户首次办理涉税事宜
m “多证合一”登记信息确认表|电|表|#在电子税务局确认或补充登记信息
m $yyzz
m 法定代表人（负责人、业主）身份证件|@公安机关|#电子税务局实名认证
m $wts
out 税务登记信息确认结果
q 领了营业执照还需要单独办税务登记吗？|不需要。实行“多证合一”后营业执照即具有税务登记证的作用，首次办理涉税事项时确认登记信息即可。

== 变更税务登记|QT|S|LN|0/0
short 税务登记变更
law 《中华人民共和国税收征收管理法》|第十六条|从事生产、经营的纳税人，税务登记内容发生变化的，自工商行政管理机关办理变更登记之日起三十日内或者在向工商行政管理机关申请办理注销登记之前，持有关证件向税务机关申报办理变更或者注销税务登记。
if 非“一照一码”登记纳税人或生产经营地、财务负责人、核算方式等由税务机关采集的登记信息发生变化
m 变更税务登记表|表|#加盖公章
m 变更事项的证明材料|复|#如变更后的营业执照、批准文件等
m $wts
out 变更税务登记结果
net

== 清税申报|QT|S|LN|0/0
short 税务注销清税
law 《中华人民共和国税收征收管理法实施细则》|第十六条|纳税人在办理注销税务登记前，应当向税务机关结清应纳税款、滞纳金、罚款，缴销发票、税务登记证件和其他税务证件。
if 已实行“多证合一”的纳税人拟向市场监督管理部门申请注销登记，应先向税务机关申报清税
if 已结清应纳税款、滞纳金、罚款，已缴销发票和税控设备
m 清税申报表|表|#加盖公章
m $wts
out 清税证明
net
q 什么情况下可以即时办结清税？|未处于税务检查状态、无欠税（滞纳金）及罚款、已缴销发票及税控专用设备且符合条件的纳税人，可以“即来即办”当场出具清税证明。

== 注销税务登记|QT|S|LN|20/0
law 《中华人民共和国税收征收管理法》|第十六条|从事生产、经营的纳税人，税务登记内容发生变化的，自工商行政管理机关办理变更登记之日起三十日内或者在向工商行政管理机关申请办理注销登记之前，持有关证件向税务机关申报办理变更或者注销税务登记。
law 《税务登记管理办法》|第二十七条|纳税人发生解散、破产、撤销以及其他情形，依法终止纳税义务的，应当在向工商行政管理机关或者其他机关办理注销登记前，持有关证件和资料向原税务登记机关申报办理注销税务登记。
if 未实行“多证合一”登记的纳税人依法终止纳税义务，或者住所、经营地点变动涉及改变税务登记机关
m 注销税务登记申请表|表|#加盖公章
m 上级主管部门批复或董事会决议|复|?单位纳税人的
m 税务登记证件|?已领取税务登记证件的|@税务机关
m $wts
out 税务事项通知书
ch WO

== 跨区域涉税事项报告|QT|S|L|0/0
net
law 《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》|第一条|纳税人跨省（自治区、直辖市和计划单列市）临时从事生产经营活动的，不再开具《外出经营活动税收管理证明》，改向机构所在地的国税机关填报《跨区域涉税事项报告表》。
if 纳税人跨区域临时从事生产经营活动
m 跨区域涉税事项报告表|电|表|#在电子税务局在线填报
m $wts
out 跨区域涉税事项报告表
q 跨区域涉税事项报告有效期多长？|有效期一般为180天，可以根据合同有效期适当延长。

== 跨区域涉税事项报验|QT|S|L|0/0
net
law 《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》|第三条|纳税人首次在经营地办理涉税事宜时，向经营地的国税机关报验跨区域涉税事项。
if 已在机构所在地填报跨区域涉税事项报告表的外地纳税人，首次在本区办理涉税事宜
m 跨区域涉税事项报告表|电|#由机构所在地税务机关出具
m 外出经营合同|复|#加盖公章
m $wts
out 跨区域涉税事项报验结果

== 跨区域涉税事项信息反馈|QT|S|L|0/0
net
law 《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》|第四条|纳税人跨区域经营活动结束后，应当结清经营地的国税机关、地税机关的应纳税款以及其他涉税事项，向经营地的国税机关填报《经营地涉税事项反馈表》。
if 在本区的跨区域经营活动结束，已结清应纳税款
m 经营地涉税事项反馈表|电|表|#在电子税务局在线填报
m $wts
out 跨区域涉税事项反馈结果

== 存款账户账号报告|QT|S|L|0/0
net
law 《中华人民共和国税收征收管理法》|第十七条|从事生产、经营的纳税人应当按照国家有关规定，持税务登记证件，在银行或者其他金融机构开立基本存款账户和其他存款账户，并将其全部账号向税务机关报告。
if 从事生产、经营的纳税人开立或者变更银行存款账户
m 纳税人存款账户账号报告表|电|表
m 银行开户许可证明或账户信息|复|@开户银行
out 存款账户账号报告信息

== 财务会计制度及核算软件备案报告|BA|S|L|0/0
net
law 《中华人民共和国税收征收管理法》|第二十条|从事生产、经营的纳税人的财务、会计制度或者财务、会计处理办法和会计核算软件，应当报送税务机关备案。
if 纳税人首次办理涉税事项或者财务会计制度、核算软件发生变化
m 财务会计制度及核算软件备案报告书|电|表
m 纳税人财务、会计制度或纳税人财务、会计核算办法|电
m 财务会计核算软件、使用说明书|复|?使用计算机记账的
out 备案信息

== 增值税一般纳税人登记|QR|S|L|0/0
short 一般纳税人登记
net
law 《增值税一般纳税人登记管理办法》|第三条|增值税纳税人，年应税销售额超过财政部、国家税务总局规定的小规模纳税人标准的，除本办法第四条规定外，应当向主管税务机关办理一般纳税人登记。
law 《中华人民共和国增值税法》|第九条|本法所称小规模纳税人，是指年应征增值税销售额未超过五百万元的纳税人。
if 年应税销售额超过500万元，或者年应税销售额未超过标准但会计核算健全、能够提供准确税务资料的纳税人
m 增值税一般纳税人登记表|电|表
m $wts
out 增值税一般纳税人登记结果
q 成为一般纳税人后还能转回小规模纳税人吗？|一般情况下不能转回，国家另有规定的除外。

== 选择按小规模纳税人纳税的情况说明|QT|S|L|0/0
net
law 《增值税一般纳税人登记管理办法》|第四条|年应税销售额超过规定标准的其他个人、非企业性单位、不经常发生应税行为的企业，可以选择按照小规模纳税人纳税。
if 年应税销售额超过规定标准，但属于非企业性单位、不经常发生应税行为的企业
m 选择按小规模纳税人纳税的情况说明|电|表
out 情况说明受理结果

== 发票票种{}|QT|S|L|0/0|N=核定 C=核定调整
short 发票票种核定
net
law 《中华人民共和国发票管理办法》|第十五条|需要领用发票的单位和个人，应当持设立登记证件或者税务登记证件，以及经办人身份证明，向主管税务机关办理发票领用手续。
if 已办理涉税信息确认，需要领用发票的纳税人[N]
if 已核定的发票种类、数量、开票限额需要调整[C]
m 纳税人领用发票票种核定表|电|表
m 经办人身份证件|@公安机关|#电子税务局实名认证
out 发票票种核定结果
q 新办企业多久能领到发票？|新办纳税人完成信息确认和票种核定后，当天即可通过电子税务局开具数电发票。

== 增值税专用发票（增值税税控系统）最高开票限额审批|XK|P|L|20/2|N=初次申请 C=变更申请
short 专票最高开票限额审批
net
law 《国务院对确需保留的行政审批项目设定行政许可的决定》|附件第236项|增值税防伪税控系统最高开票限额审批，实施机关为县以上税务机关。
law $xzxk42
if 纳税人为增值税一般纳税人，且需要使用增值税专用发票
if 最高开票限额一亿元以下的，由区县税务机关审批
m 增值税专用发票最高开票限额申请单|电|表
m $wts
out 准予税务行政许可决定书
q 最高开票限额十万元以下的需要实地核查吗？|申请最高开票限额不超过十万元的，主管税务机关不需要事前进行实地查验。

== 发票领用|QT|S|LN|0/0
net
law 《中华人民共和国发票管理办法》|第十五条|需要领用发票的单位和个人，应当持设立登记证件或者税务登记证件，以及经办人身份证明，向主管税务机关办理发票领用手续。
if 已完成发票票种核定的纳税人
m 经办人身份证件|@公安机关|#核验原件
m 税务UKey或税控设备|?领用纸质发票的|#已实行数电发票的无需领用纸质发票
out 发票

== 代开增值税发票|QT|S|NL|0/0
short 代开发票
net
law 《中华人民共和国发票管理办法》|第十六条|需要临时使用发票的单位和个人，可以凭购销商品、提供或者接受服务以及从事其他经营活动的书面证明、经办人身份证明，直接向经营地税务机关申请代开发票。
if 已办理税务登记的小规模纳税人或者临时发生应税行为的自然人需要开具发票
m 代开增值税发票缴纳税款申报单|电|表
m 书面合同或者收款凭证等经营活动证明|复|
m 经办人身份证件|@公安机关
out 增值税发票
q 个人出租房屋可以代开发票吗？|可以。个人出租不动产，可以通过电子税务局或者办税服务厅申请代开增值税发票，按规定缴纳相关税款。

== 发票缴销|QT|S|L|0/0
law 《中华人民共和国发票管理办法》|第二十八条|开具发票的单位和个人应当依照税务机关的规定存放和保管发票，不得擅自损毁。已经开具的发票存根联，应当保存5年。
law 《中华人民共和国发票管理办法实施细则》|第二十四条|使用发票的单位和个人应当妥善保管发票。办理变更或者注销税务登记的，应当同时办理发票的变更、缴销手续。
if 纳税人办理注销、变更发票种类，或者发票换版、损毁
m 发票缴销登记表|表
m 需缴销的空白发票|#剪角作废
out 发票缴销结果

== 发票遗失、损毁报告|QT|S|LN|0/0
net
law 《中华人民共和国发票管理办法》|第二十九条|开具发票的单位和个人应当依照税务机关的规定存放和保管发票，不得擅自损毁。发生发票丢失情形时，应当于发现丢失当日书面报告税务机关。
if 纳税人使用的纸质发票发生丢失、被盗或者损毁
m 发票挂失损毁报告表|电|表
out 发票遗失损毁报告受理结果

== 红字增值税专用发票信息确认|QT|S|L|0/0
short 开具红字发票
net
law 《国家税务总局关于红字增值税发票开具有关问题的公告》|第一条|增值税一般纳税人开具增值税专用发票后，发生销货退回、开票有误、应税服务中止等情形但不符合发票作废条件，或者因销货部分退回及发生销售折让，需要开具红字专用发票的，按规定办理。
if 已开具增值税专用发票后发生销货退回、开票有误、销售折让等情形，不符合作废条件
m 红字发票信息确认单|电|表
out 红字发票信息确认单编号

== 数电发票开票额度调整|QT|S|L|0/0
net
law 《中华人民共和国发票管理办法》|第十五条|主管税务机关根据领用单位和个人的经营范围、规模和风险等级，在5个工作日内确认领用发票的种类、数量、开票限额等事项。
if 使用数电发票的纳税人因经营需要，开票总额度不能满足实际开具需求
m 开票额度调整申请表|电|表
m 业务合同或经营情况说明|复|
out 开票额度调整结果

== 增值税及附加税费申报（一般纳税人）|QT|S|L|0/0
short 一般纳税人增值税申报
net
law $zsgl
law 《中华人民共和国增值税法》|第二十八条|增值税的计税期间分别为十日、十五日、一个月或者一个季度。纳税人以一个月或者一个季度为一个计税期间的，自期满之日起十五日内申报纳税。
if 增值税一般纳税人按月申报缴纳增值税及城市维护建设税、教育费附加和地方教育附加
m 增值税及附加税费申报表（一般纳税人适用）及附列资料|电|表
out 申报结果和税款缴纳凭证

== 增值税及附加税费申报（小规模纳税人）|QT|S|LN|0/0
short 小规模纳税人增值税申报
net
law $zsgl
law 《中华人民共和国增值税法》|第二十八条|增值税的计税期间分别为十日、十五日、一个月或者一个季度。纳税人以一个月或者一个季度为一个计税期间的，自期满之日起十五日内申报纳税。
if 增值税小规模纳税人按季度（或按月）申报缴纳增值税及附加税费
m 增值税及附加税费申报表（小规模纳税人适用）|电|表
out 申报结果和税款缴纳凭证
q 小规模纳税人季度销售额不超过30万元要交增值税吗？|按现行政策，小规模纳税人合计月销售额未超过10万元（按季度申报的季度销售额未超过30万元）的，免征增值税，但仍需按期申报。

== 消费税及附加税费申报|QT|S|L|0/0
net
law $zsgl
law 《中华人民共和国消费税暂行条例》|第十四条|纳税人以1个月或者1个季度为1个纳税期的，自期满之日起15日内申报纳税。
if 在中华人民共和国境内生产、委托加工和进口应税消费品的纳税人
m 消费税及附加税费申报表|电|表
out 申报结果和税款缴纳凭证

== 居民企业所得税月（季）度预缴申报|QT|S|L|0/0
short 企业所得税预缴申报
net
law 《中华人民共和国企业所得税法》|第五十四条|企业所得税分月或者分季预缴。企业应当自月份或者季度终了之日起十五日内，向税务机关报送预缴企业所得税纳税申报表，预缴税款。
if 实行查账征收或核定征收的居民企业，在月份或季度终了后申报预缴企业所得税
m 企业所得税月（季）度预缴纳税申报表|电|表
out 申报结果和税款缴纳凭证

== 居民企业所得税年度汇算清缴申报|QT|S|L|0/0
short 企业所得税汇算清缴
net
law 《中华人民共和国企业所得税法》|第五十四条|企业应当自年度终了之日起五个月内，向税务机关报送年度企业所得税纳税申报表，并汇算清缴，结清应缴应退税款。
if 居民企业在纳税年度终了后五个月内办理上一年度企业所得税汇算清缴
m 企业所得税年度纳税申报表及附表|电|表
m 年度财务会计报告|电|
out 汇算清缴申报结果
q 企业亏损也要办理汇算清缴吗？|需要。企业在纳税年度内无论盈利或者亏损，都应当在规定期限内办理年度汇算清缴申报。

== 个人所得税综合所得年度汇算|QT|S|N|0/0
short 个税年度汇算
net
law 《中华人民共和国个人所得税法》|第十一条|居民个人取得综合所得，按年计算个人所得税；有扣缴义务人的，由扣缴义务人按月或者按次预扣预缴税款；需要办理汇算清缴的，应当在取得所得的次年三月一日至六月三十日内办理汇算清缴。
if 居民个人取得工资薪金、劳务报酬、稿酬、特许权使用费等综合所得，需要补税或者申请退税
m 个人所得税年度自行纳税申报表|电|表|#通过“个人所得税”APP填报
m 专项附加扣除等相关信息|电|?享受专项附加扣除的
out 汇算结果（补税或退税）
url https://etax.chinatax.gov.cn/
ch OAW
q 年度汇算补税不超过400元需要办理吗？|年度汇算需补税金额不超过400元的，依法免于办理；需要退税的，可以主动申请。

== 经营所得个人所得税申报|QT|S|N|0/0
net
law 《中华人民共和国个人所得税法》|第十二条|纳税人取得经营所得，按年计算个人所得税，由纳税人在月度或者季度终了后十五日内向税务机关报送纳税申报表，并预缴税款；在取得所得的次年三月三十一日前办理汇算清缴。
if 个体工商户业主、个人独资企业投资人、合伙企业个人合伙人等取得经营所得
m 个人所得税经营所得纳税申报表|电|表
out 申报结果和税款缴纳凭证

== 扣缴个人所得税申报|QT|S|L|0/0
short 个税扣缴申报
net
law 《中华人民共和国个人所得税法》|第九条|个人所得税以所得人为纳税人，以支付所得的单位或者个人为扣缴义务人。
law 《中华人民共和国个人所得税法》|第十四条|扣缴义务人每月或者每次预扣、代扣的税款，应当在次月十五日内缴入国库，并向税务机关报送扣缴个人所得税申报表。
if 向个人支付工资薪金等所得的单位和个人，按月预扣预缴、代扣代缴个人所得税
m 个人所得税扣缴申报表|电|表|#通过自然人电子税务局（扣缴端）报送
out 申报结果和税款缴纳凭证

== 财产和行为税合并申报|QT|S|LN|0/0
net
law $zsgl
law 《国家税务总局关于简并税费申报有关事项的公告》|第一条|纳税人申报缴纳城镇土地使用税、房产税、车船税、印花税、耕地占用税、资源税、土地增值税、契税、环境保护税、烟叶税中一个或多个税种时，使用《财产和行为税纳税申报表》。
if 申报缴纳房产税、城镇土地使用税、印花税、车船税等财产和行为税的纳税人
m 财产和行为税纳税申报表及对应税种的税源明细表|电|表
out 申报结果和税款缴纳凭证

== 房产税申报|QT|S|LN|0/0
net
law 《中华人民共和国房产税暂行条例》|第二条|房产税由产权所有人缴纳。产权属于全民所有的，由经营管理的单位缴纳。产权出典的，由承典人缴纳。
law 《中华人民共和国房产税暂行条例》|第七条|房产税按年征收、分期缴纳。纳税期限由省、自治区、直辖市人民政府规定。
if 在城市、县城、建制镇和工矿区拥有经营性房产的产权所有人、经营管理单位、承典人或使用人
m 房产税税源明细表|电|表
m $cqzs|复|?首次采集房产税源信息的
out 申报结果和税款缴纳凭证

== 城镇土地使用税申报|QT|S|LN|0/0
net
law 《中华人民共和国城镇土地使用税暂行条例》|第二条|在城市、县城、建制镇、工矿区范围内使用土地的单位和个人，为城镇土地使用税的纳税人。
law 《中华人民共和国城镇土地使用税暂行条例》|第八条|土地使用税按年计算、分期缴纳。缴纳期限由省、自治区、直辖市人民政府确定。
if 在城市、县城、建制镇、工矿区范围内使用土地的单位和个人
m 城镇土地使用税税源明细表|电|表
m 土地权属证明|复|?首次采集土地税源信息的
out 申报结果和税款缴纳凭证

== 土地增值税申报|QT|P|L|15/5
net
law 《中华人民共和国土地增值税暂行条例》|第十条|纳税人应当自转让房地产合同签订之日起七日内向房地产所在地主管税务机关办理纳税申报，并向税务机关提交房屋及建筑物产权、土地使用权证书，土地转让、房产买卖合同，房地产评估报告及其他与转让房地产有关的资料。
if 转让国有土地使用权、地上建筑物及其附着物并取得收入的单位和个人
m 土地增值税纳税申报表|电|表
m 房地产转让合同|复|
m 扣除项目的有关凭证|复|#取得土地使用权支付的金额、开发成本、费用等
m 房地产评估报告|复|?按评估价格计算扣除项目的
out 土地增值税申报结果
nomail

== 契税申报|QT|S|LN|0/0
short 契税缴纳
law 《中华人民共和国契税法》|第一条|在中华人民共和国境内转移土地、房屋权属，承受的单位和个人为契税的纳税人，应当依照本法规定缴纳契税。
law 《中华人民共和国契税法》|第十条|纳税人应当在依法办理土地、房屋权属登记手续前申报缴纳契税。
if 在本区承受土地、房屋权属，需要办理不动产登记
m 契税税源明细表|电|表
m 土地、房屋权属转移合同|复|#如商品房买卖合同、存量房买卖合同等
m 承受方身份证件|复|@公安机关
m 享受契税优惠的证明材料|复|?申请享受首套、二套住房等契税优惠的|#家庭成员信息等，能通过部门共享获取的免于提交
out 契税完税凭证
ch WO
addr 平顶山市不动产登记中心高新分中心税务窗口（平顶山高新区行政服务中心一楼A区）
q 购买首套住房契税税率是多少？|对个人购买家庭唯一住房，面积为140平方米及以下的，减按1%的税率征收契税；面积为140平方米以上的，减按1.5%的税率征收契税。

== 存量房交易税费申报|QT|S|N|0/0
short 二手房交易纳税
law 《中华人民共和国契税法》|第十条|纳税人应当在依法办理土地、房屋权属登记手续前申报缴纳契税。
law 《中华人民共和国个人所得税法》|第二条|财产转让所得应当缴纳个人所得税。
if 个人转让或承受存量房（二手房），在办理转移登记前申报缴纳相关税费
m 存量房交易税费申报表|表|#买卖双方签字
m 存量房买卖合同|复|@住房和城乡建设部门（网签备案）
m 买卖双方身份证件|@公安机关|#核验原件
m $cqzs|复|#出卖方的不动产权证书
m 享受税收优惠的证明材料|复|?申请享受税收优惠的|#如家庭唯一住房证明
out 完税凭证
addr 平顶山市不动产登记中心高新分中心税务窗口（平顶山高新区行政服务中心一楼A区）
ch W
q 二手房过户可以“一窗办理”吗？|可以。在不动产登记中心高新分中心综合窗口一次提交材料，交易、缴税、登记一窗受理、并行办理。

== 印花税申报|QT|S|LN|0/0
net
law 《中华人民共和国印花税法》|第一条|在中华人民共和国境内书立应税凭证、进行证券交易的单位和个人，为印花税的纳税人，应当依照本法规定缴纳印花税。
law 《中华人民共和国印花税法》|第十五条|印花税按季、按年或者按次计征。实行按季、按年计征的，纳税人应当自季度、年度终了之日起十五日内申报缴纳税款。
if 在本区书立借款合同、买卖合同、租赁合同、产权转移书据等应税凭证的单位和个人
m 印花税税源明细表|电|表
out 申报结果和税款缴纳凭证

== 耕地占用税申报|QT|S|LN|0/0
law 《中华人民共和国耕地占用税法》|第二条|在中华人民共和国境内占用耕地建设建筑物、构筑物或者从事非农业建设的单位和个人，为耕地占用税的纳税人。
law 《中华人民共和国耕地占用税法》|第十条|纳税人应当自纳税义务发生之日起三十日内申报缴纳耕地占用税。
if 经批准占用耕地建设建筑物、构筑物或者从事非农业建设的单位和个人
m 耕地占用税税源明细表|表
m 农用地转用审批文件或占用耕地的相关证明|复|@自然资源主管部门
out 耕地占用税完税凭证
ch WO

== 资源税申报|QT|S|L|0/0
net
law 《中华人民共和国资源税法》|第十二条|资源税按月或者按季申报缴纳；不能按固定期限计算缴纳的，可以按次申报缴纳。纳税人按月或者按季申报缴纳的，应当自月度或者季度终了之日起十五日内申报缴纳税款。
if 在中华人民共和国领域开发应税资源的单位和个人
m 资源税税源明细表|电|表
out 申报结果和税款缴纳凭证

== 环境保护税申报|QT|S|L|0/0
net
law 《中华人民共和国环境保护税法》|第十八条|环境保护税按月计算，按季申报缴纳。不能按固定期限计算缴纳的，可以按次申报缴纳。
if 直接向环境排放应税大气污染物、水污染物、固体废物和噪声的企业事业单位和其他生产经营者
m 环境保护税税源明细表|电|表
m 污染物排放监测数据|电|#自动监测数据或监测机构出具的监测报告
out 申报结果和税款缴纳凭证

== 车辆购置税申报|QT|S|NL|0/0
net
law 《中华人民共和国车辆购置税法》|第十二条|车辆购置税的纳税义务发生时间为纳税人购置应税车辆的当日。纳税人应当自纳税义务发生之日起六十日内申报缴纳车辆购置税。
if 在中华人民共和国境内购置汽车、有轨电车、汽车挂车、排气量超过一百五十毫升的摩托车的单位和个人
m 车辆购置税纳税申报表|电|表
m 纳税人身份证明|@公安机关
m 机动车销售统一发票|电|#通过发票信息系统核验
m 车辆合格证明|复|@车辆生产企业
out 车辆购置税完税信息（电子）
q 新能源汽车要交车辆购置税吗？|按现行政策，对购置日期在2024年1月1日至2025年12月31日期间的新能源汽车免征车辆购置税，2026年1月1日至2027年12月31日期间减半征收，但仍需办理申报。

== 文化事业建设费申报|QT|S|L|0/0
net
law 《文化事业建设费征收管理暂行办法》|第二条|在中华人民共和国境内提供广告服务、娱乐服务的单位和个人，应当缴纳文化事业建设费。
if 提供广告服务、娱乐服务的单位和个人
m 文化事业建设费申报表|电|表
out 申报结果和缴费凭证

== 残疾人就业保障金申报|QT|S|L|0/0
net
law 《残疾人就业保障金征收使用管理办法》|第二条|用人单位安排残疾人就业达不到其所在地省、自治区、直辖市人民政府规定比例的，应当缴纳保障金。
if 安排残疾人就业未达到规定比例（1.6%）的机关、团体、企业、事业单位和民办非企业单位
m 残疾人就业保障金缴费申报表|电|表
m 安排残疾人就业情况审核结果|电|?已安排残疾人就业的|@残疾人联合会
out 申报结果和缴费凭证
q 小微企业需要缴纳残保金吗？|在职职工总数30人（含）以下的企业，暂免征收残疾人就业保障金。

== 单位社会保险费申报缴纳|QT|S|L|0/0
short 单位社保费缴纳
net
law 《中华人民共和国社会保险法》|第六十条|用人单位应当自行申报、按时足额缴纳社会保险费，非因不可抗力等法定事由不得缓缴、减免。职工应当缴纳的社会保险费由用人单位代扣代缴，用人单位应当按月将缴纳社会保险费的明细情况告知本人。
if 已办理社会保险登记的用人单位按月申报缴纳社会保险费
m 社会保险费缴费申报表|电|表
out 缴费凭证

== 灵活就业人员社会保险费缴纳|QT|S|N|0/0
short 灵活就业社保缴费
net
law 《中华人民共和国社会保险法》|第十条|无雇工的个体工商户、未在用人单位参加基本养老保险的非全日制从业人员以及其他灵活就业人员可以参加基本养老保险，由个人缴纳基本养老保险费。
if 已在社会保险经办机构办理灵活就业人员参保登记
m $sfz
m 缴费档次选择确认|电|#在“豫税通”或电子税务局选择缴费基数档次
out 缴费凭证
url https://etax.henan.chinatax.gov.cn/

== 城乡居民基本养老保险费缴纳|QT|S|N|0/0
short 居民养老保险缴费
net
law 《国务院关于建立统一的城乡居民基本养老保险制度的意见》|第四部分|城乡居民养老保险基金由个人缴费、集体补助、政府补贴构成。缴费标准目前设为每年100元至2000元等若干个档次。
if 已参加城乡居民基本养老保险的参保人按年缴费
m 参保人身份信息|电|#缴费时录入或核验本人身份证号码
out 缴费凭证
q 可以在手机上缴费吗？|可以。通过“豫税通”小程序、“豫事办”APP或合作银行手机银行即可缴纳。

== 城乡居民基本医疗保险费缴纳|QT|S|N|0/0
short 居民医保缴费
net
law 《中华人民共和国社会保险法》|第二十五条|城乡居民基本医疗保险实行个人缴费和政府补贴相结合。享受最低生活保障的人、丧失劳动能力的残疾人、低收入家庭六十周岁以上的老年人和未成年人等所需个人缴费部分，由政府给予补贴。
if 已办理城乡居民基本医疗保险参保登记的人员按年缴纳下一年度医保费
m 参保人身份信息|电|#缴费时录入或核验本人身份证号码
out 缴费凭证
q 居民医保的集中缴费期是什么时候？|一般为每年9月至12月缴纳下一年度的城乡居民医保费，具体以当年公告为准。

== 开具税收完税证明|GG|S|LN|0/0
net
law 《税收票证管理办法》|第二十一条|纳税人通过横向联网电子缴税系统缴纳税款或者扣缴义务人代扣代收税款后，需要纳税证明的，可以向税务机关申请开具税收完税证明。
if 纳税人已缴纳税款，需要完税凭证用于证明
m 纳税人身份证件|@公安机关|#核验原件
m $wts
out 税收完税证明

== 开具个人所得税纳税记录|GG|S|N|0/0
net
law 《国家税务总局关于将个人所得税〈税收完税证明〉（文书式）调整为〈纳税记录〉有关事项的公告》|第一条|纳税人2019年1月1日以后取得应税所得并由扣缴义务人向税务机关办理了全员全额扣缴申报，或根据税法规定自行向税务机关办理纳税申报的，不论是否实际缴纳税款，均可以申请开具《纳税记录》。
if 在本区已有个人所得税申报记录的纳税人
m 纳税人身份证件|@公安机关|#通过“个人所得税”APP可自行在线开具
out 个人所得税纳税记录
url https://etax.chinatax.gov.cn/
q 买房、落户需要的个税记录去哪开？|可以通过“个人所得税”APP或自然人电子税务局自助开具，也可以到办税服务厅自助终端打印。

== 开具无欠税证明|GG|S|LN|0/0
net
law 《国家税务总局关于实施开具无欠税证明有关事项的公告》|第一条|纳税人因境外投标、企业上市等需要，确需开具《无欠税证明》的，可以向主管税务机关申请开具。
if 已办理税务登记，不存在欠税情形的纳税人
m 经办人身份证件|@公安机关
m $wts
out 无欠税证明

== 开具中国税收居民身份证明|GG|P|LN|10/3
law 《国家税务总局关于开具〈中国税收居民身份证明〉有关事项的公告》|第五条|主管税务机关应当自受理申请之日起10个工作日内，核实申请人是否为中国税收居民并开具证明。
if 中国居民企业或者个人为享受中国政府对外签署的税收协定待遇，需要向协定缔约对方税务主管当局证明其中国税收居民身份
m 中国税收居民身份证明申请表|表
m 与拟享受协定待遇收入有关的合同、协议等证明材料|复|
m $wts
out 中国税收居民身份证明
nomail

== 退抵税申请|QT|P|LN|10/3
short 多缴税款退还
net
law 《中华人民共和国税收征收管理法》|第五十一条|纳税人超过应纳税额缴纳的税款，税务机关发现后应当立即退还；纳税人自结算缴纳税款之日起三年内发现的，可以向税务机关要求退还多缴的税款并加算银行同期存款利息，税务机关及时查实后应当立即退还。
if 纳税人发现多缴税款，自结算缴纳税款之日起三年内申请退还
m 退（抵）税申请表|电|表
m 多缴税款的证明材料|复|#原完税凭证等
out 税务事项通知书
q 退税款多久到账？|税务机关审核确认后，通过国库直接退至纳税人的银行账户，一般在审核通过后数个工作日内到账。

== 增值税期末留抵退税|QT|P|L|10/5
short 留抵退税
net
law 《财政部 税务总局关于深化增值税改革有关政策的公告》|第八条|自2019年4月1日起，试行增值税期末留抵税额退税制度，同时符合规定条件的纳税人，可以向主管税务机关申请退还增量留抵税额。
if 纳税信用等级为A级或者B级，申请退税前36个月未发生骗取留抵退税、骗取出口退税或虚开增值税专用发票情形，未因偷税被处罚两次及以上
m 退（抵）税申请表|电|表
out 税务事项通知书

== 延期缴纳税款核准|XK|P|L|20/5
short 延期缴税
law 《中华人民共和国税收征收管理法》|第三十一条|纳税人因有特殊困难，不能按期缴纳税款的，经省、自治区、直辖市国家税务局、地方税务局批准，可以延期缴纳税款，但是最长不得超过三个月。
law 《中华人民共和国税收征收管理法实施细则》|第四十二条|纳税人需要延期缴纳税款的，应当在缴纳税款期限届满前提出申请，并报送下列材料：申请延期缴纳税款报告，当期货币资金余额情况及所有银行存款账户的对账单，资产负债表，应付职工工资和社会保险费等税务机关要求提供的支出预算。
if 因不可抗力导致发生较大损失，正常生产经营活动受到较大影响，或者当期货币资金在扣除应付职工工资、社会保险费后不足以缴纳税款
m 延期缴纳税款申请审批表|表
m 当期货币资金余额情况及所有银行存款账户的对账单|复|
m 应付职工工资和社会保险费等支出预算|
m 资产负债表|复|
out 税务行政许可决定书
nomail

== 延期申报核准|XK|S|LN|0/0
net
law 《中华人民共和国税收征收管理法》|第二十七条|纳税人、扣缴义务人不能按期办理纳税申报或者报送代扣代缴、代收代缴税款报告表的，经税务机关核准，可以延期申报。
if 纳税人因不可抗力或者财务会计处理上的特殊情况，不能按期办理纳税申报
m 延期申报申请核准表|电|表
out 税务行政许可决定书

== 纳税信用复评|QT|P|L|15/15
net
law 《纳税信用管理办法（试行）》|第二十九条|纳税人对纳税信用评价结果有异议的，可以书面向作出评价的税务机关申请复评。作出评价的税务机关应按本办法第三章规定进行复核。
if 纳税人对本年度纳税信用评价结果有异议
m 纳税信用复评（核）申请表|电|表
out 纳税信用复评结果

== 纳税信用修复|QT|P|L|15/15
net
law 《国家税务总局关于纳税信用修复有关事项的公告》|第一条|纳入纳税信用管理的企业纳税人，符合规定条件的，可以在规定期限内向主管税务机关申请纳税信用修复。
if 纳税人发生未按法定期限办理纳税申报等失信行为，已在规定期限内纠正
m 纳税信用修复申请表|电|表
out 纳税信用修复结果

== 出口退（免）税{}|BA|S|L|0/0|N=备案 C=备案变更 X=备案撤回
short 出口退（免）税备案
net
law 《出口货物劳务增值税和消费税管理办法》|第四条|出口企业应在办理对外贸易经营者备案登记或签订首份委托出口协议之日起30日内，填报《出口退（免）税资格认定申请表》，提供相关资料到主管税务机关办理出口退（免）税资格认定。
if 从事出口业务并申请办理出口退（免）税的企业或其他单位[N]
if 出口退（免）税备案内容发生变更[C]
if 不再从事出口业务或者需要撤回备案[X]
m 出口退（免）税备案表|电|表
m 变更事项的证明材料|复|[C]
out 出口退（免）税备案信息

== 定期定额户核定定额|QT|P|N|20/10
short 个体户定额核定
nomail
law 《中华人民共和国税收征收管理法实施细则》|第四十七条|纳税人有下列情形之一的，税务机关有权按照规定方法核定其应纳税额……
law 《个体工商户税收定期定额征收管理办法》|第七条|税务机关应当根据定期定额户的经营规模、经营区域、经营内容、行业特点、管理水平等因素核定定额。
if 经主管税务机关认定和县以上税务机关批准的生产、经营规模小，达不到设置账簿标准的个体工商户
m 个体工商户定额信息采集表|表|#业主签字
m $yyzz
m 经营场所租赁合同|复|?租赁场所经营的
out 核定定额通知书
site

== 定期定额户{}登记|QT|S|N|0/0|N=停业 O=复业
short 定期定额户停复业
law 《中华人民共和国税收征收管理法实施细则》|第二十三条|实行定期定额征收方式的个体工商户需要停业的，应当在停业前向税务机关申报办理停业登记。停业期满不能及时恢复生产经营的，应当在停业期满前到税务机关办理延长停业登记。
if 实行定期定额征收的个体工商户需要停业[N]
if 停业期满或提前恢复生产经营[O]
m 停业复业报告书|表|#业主签字
m 未使用完的发票|?已领用发票的|#停业期间交税务机关封存[N]
out 停业（复业）核准通知
ch WO

== 非正常户解除|QT|S|LN|0/0
law 《税务登记管理办法》|第四十一条|已认定为非正常户的纳税人，就其逾期未申报行为接受处罚、缴纳罚款，并补办纳税申报的，税务机关应当及时解除非正常状态。
if 被认定为非正常户的纳税人已补办纳税申报，缴纳应纳税款、滞纳金和罚款
m 经办人身份证件|@公安机关
m $wts
out 非正常户解除结果
ch WO

== 扣缴义务人登记|QT|S|L|0/0
net
law 《中华人民共和国税收征收管理法实施细则》|第十三条|扣缴义务人应当在发生扣缴义务时，到税务机关申报登记，领取扣缴税款凭证。
if 已办理税务登记的扣缴义务人或者依法不需要办理税务登记的扣缴义务人发生扣缴义务
m 扣缴义务人登记表|电|表
out 扣缴税款登记结果

== 税收减免备案|BA|S|LN|0/0
short 税收优惠享受备案
net
law 《中华人民共和国税收征收管理法》|第三十三条|纳税人依照法律、行政法规的规定办理减税、免税。
law 《企业所得税优惠政策事项办理办法》|第四条|企业享受优惠事项采取“自行判别、申报享受、相关资料留存备查”的办理方式。
if 纳税人符合法律、法规规定的减免税条件，需要享受减免税优惠
m 纳税人减免税备案登记表|电|表
m 享受减免税的证明材料|复|#如高新技术企业证书、残疾人证件、退役军人证件等，留存备查
out 减免税备案信息
""";

}

/** 不动产登记中心. */
final class T04 {

	static final String TEXT = """
deffee bdc 住宅类每件80元，非住宅类每件550元；每增加一本不动产权证书加收工本费10元|《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）；小微企业按《财政部 国家发展改革委关于减免部分行政事业性收费有关政策的通知》（财税〔2019〕45号）免收
deffee gbf 不收取登记费，只收取不动产权属证书工本费每本10元|《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）
defmat bdcsqs 不动产登记申请书|表|#申请人签字或盖章；共同申请的由双方共同签字
defmat bdcsf 申请人身份证明|@公安机关|#自然人提交居民身份证，法人提交营业执照和法定代表人身份证明
defmat qjdc 不动产权籍调查成果|@不动产测绘机构|#宗地图、房产分户图等，已入库的无需重复提交
@bdcdjzx
sec 登记审核科
== 国有建设用地使用权{}登记|QR|P|LN|30/5 C=30/3 O=30/3 X=30/0|N=首次 C=变更 O=转移 X=注销
case X=S
cert 不动产权证书|不动产登记机构
out 注销登记结果[X]
law $mfd209
law $bdc14
law $bdc20
law 《不动产登记暂行条例实施细则》|第三十四条|申请国有建设用地使用权首次登记，应当提交土地权属来源材料、权籍调查表、宗地图以及宗地界址点坐标、土地出让价款及土地使用税等税费缴纳凭证等材料。[N]
if 通过出让、划拨等方式依法取得国有建设用地使用权，已缴清土地出让价款和相关税费[N]
if 权利人姓名（名称）、身份证明、土地坐落、界址、用途、面积、使用期限等发生变化[C]
if 因买卖、互换、赠与、继承、作价出资（入股）、法人合并分立等导致国有建设用地使用权转移[O]
if 土地灭失、权利人放弃或者依法被收回等导致国有建设用地使用权消灭[X]
m $bdcsqs
m $bdcsf
m 土地出让合同或划拨决定书|复|@自然资源主管部门|[N]
m 土地出让价款缴纳凭证|复|?以出让方式取得的[N]
m $qjdc[N]
m 相关税费缴纳凭证|复|@税务机关|#能够通过部门共享核验的免于提交[NO]
m 变更事项的证明材料|复|#如名称变更证明、规划变更批准文件等[C]
m $cqzs|[O]
m 转移的材料|复|#买卖合同、赠与合同、生效法律文书或继承材料等[O]
m 国有建设用地使用权消灭的证明材料|复|#收回土地决定书等[X]
m $wts
fee $bdc[NO]
q 首次登记一般多久拿证？|材料齐全、权籍调查成果完备的，自受理之日起5个工作日内办结。[N]

== 国有建设用地使用权及房屋所有权{}登记|QR|P|LN|30/5 C=30/3 O=30/3 X=30/0|N=首次 C=变更 O=转移 X=注销
case X=S
short 房屋所有权登记
cert 不动产权证书|不动产登记机构
out 注销登记结果[X]
law $mfd209
law $bdc14
law $bdc20
law 《不动产登记暂行条例实施细则》|第三十五条|申请国有建设用地使用权及房屋所有权首次登记的，应当提交不动产权属证书或者土地权属来源材料、建设工程符合规划的材料、房屋已经竣工的材料、房地产调查或者测绘报告、相关税费缴纳凭证等材料。[N]
law 《不动产登记暂行条例实施细则》|第三十八条|申请国有建设用地使用权及房屋所有权转移登记的，应当提交不动产权属证书、买卖、互换、赠与合同等材料。[O]
if 房屋已竣工验收，建设工程符合规划，已取得国有建设用地使用权[N]
if 权利人姓名（名称）、身份证明号码、房屋坐落、用途、面积等发生变化[C]
if 因买卖（含二手房交易）、互换、赠与、继承、受遗赠、离婚析产、法院判决等导致房屋所有权转移[O]
if 房屋灭失、权利人放弃或者依法被征收等导致权利消灭[X]
m $bdcsqs
m $bdcsf
m 国有建设用地使用权不动产权证书|复|@不动产登记机构|[N]
m 建设工程规划核实（验收）证明|复|@自然资源和规划主管部门|[N]
m 房屋竣工验收备案材料|复|@住房和城乡建设主管部门|[N]
m 房屋测绘报告|@不动产测绘机构|[N]
m 变更事项的证明材料|复|#如姓名变更、门牌号变更证明等[C]
m $cqzs|[O]
m 房屋买卖（赠与、互换）合同或者继承、析产等转移证明|#存量房提交网签备案合同；继承提交继承公证书或经登记机构审核的继承材料[O]
m 契税等完税凭证|复|@税务机关|#“一窗办理”的由税务窗口同步推送[O]
m 房屋征收或灭失的证明材料|复|[X]
m 婚姻状况证明|复|?夫妻共有或涉及夫妻财产的|@婚姻登记机关|[O]
m $wts
fee $bdc[NO]
q 二手房买卖需要买卖双方都到场吗？|存量房转移登记应当由买卖双方共同申请，双方本人到场或委托代理人到场均可；可以通过河南政务服务网预约并预审材料。[O]
q 父母把房子赠与子女怎么办理？|双方持赠与合同（或赠与公证书）、身份证明和不动产权证书申请转移登记，并按规定缴纳税费。[O]

== 新建商品房首次转移登记（交房即交证）|QR|P|N|30/1
out 不动产权证书
short 新房办证
law $mfd209
law 《不动产登记暂行条例实施细则》|第三十八条|申请国有建设用地使用权及房屋所有权转移登记的，应当提交不动产权属证书、买卖合同等材料。
if 房地产开发项目已办理首次登记，购房人已与开发企业签订商品房买卖合同并网签备案，已缴纳契税和公共维修资金
m $bdcsqs
m 购房人身份证明|@公安机关|#核验原件
m 商品房买卖合同|复|@住房和城乡建设主管部门（网签备案）
m 契税完税凭证|复|@税务机关
m 购房发票|电|#开发企业开具的电子发票
m $wts
fee $bdc
q 什么是“交房即交证”？|新建商品房项目满足条件的，开发企业组织购房人在交房时同步申请转移登记，购房人收房时即可领取不动产权证书。

== 宅基地使用权及房屋所有权{}登记|QR|P|N|30/5 C=30/3 O=30/3 X=30/0|N=首次 C=变更 O=转移 X=注销
case X=S
short 农村房地一体登记
cert 不动产权证书|不动产登记机构
out 注销登记结果[X]
law $mfd209
law 《不动产登记暂行条例实施细则》|第四十一条|申请宅基地使用权及房屋所有权首次登记的，应当根据不同情况，提交有批准权的人民政府批准用地的文件等权属来源材料、房屋符合规划或者建设的相关材料、权籍调查表、宗地图、房屋平面图以及宗地界址点坐标等有关不动产界址、面积等材料。[N]
law 《不动产登记暂行条例实施细则》|第四十二条|因依法继承、分家析产、集体经济组织内部互换房屋等导致宅基地使用权及房屋所有权发生转移申请登记的，申请人应当将不动产权属证书和其他必要材料一并提交不动产登记机构。[O]
if 农村村民依法取得宅基地并建造住宅，权属清楚、界址清楚、无争议[N]
if 权利人姓名、身份证明号码或房屋坐落、面积等发生变化[C]
if 因依法继承、分家析产、集体经济组织内部互换房屋等导致转移[O]
if 宅基地被依法收回或者房屋灭失[X]
m $bdcsqs
m $bdcsf
m 居民户口簿|@公安机关|#核验原件，证明集体经济组织成员身份[NO]
m 宅基地批准文件或村集体经济组织出具的权属来源证明|复|[N]
m 农村房屋符合规划或建设的相关材料|复|#乡村建设规划许可证等[N]
m $qjdc[N]
m $cqzs|[O]
m 继承、分家析产或互换协议等转移证明|[O]
m 宅基地收回或房屋灭失的证明|复|[X]
m $wts
fee $gbf[NCO]
q 农村宅基地上的房子可以卖给城里人吗？|不可以。宅基地使用权及房屋所有权只能在本集体经济组织内部符合宅基地申请条件的成员之间转移，城镇居民不得购买农村宅基地和农房。[O]

== 集体建设用地使用权及建筑物、构筑物所有权{}登记|QR|P|L|30/5 C=30/3 O=30/3 X=30/0|N=首次 C=变更 O=转移 X=注销
case X=S
short 集体建设用地登记
cert 不动产权证书|不动产登记机构
out 注销登记结果[X]
law $mfd209
law 《不动产登记暂行条例实施细则》|第四十四条|申请集体建设用地使用权及建筑物、构筑物所有权首次登记的，申请人应当根据不同情况，提交有批准权的人民政府批准用地的文件等土地权属来源材料、建设工程符合规划的材料、权籍调查表、宗地图、房屋平面图以及宗地界址点坐标等有关不动产界址、面积等材料、建设工程已竣工的材料。[N]
if 乡镇企业、乡（镇）村公共设施和公益事业等依法取得集体建设用地使用权[N]
if 权利人名称、坐落、界址、用途、面积等发生变化[C]
if 因企业兼并、破产、作价出资或者集体经营性建设用地入市等导致转移[O]
if 集体建设用地使用权依法收回或者建筑物、构筑物灭失[X]
m $bdcsqs
m $bdcsf
m 有批准权的人民政府批准用地的文件|复|@自然资源主管部门|[N]
m 建设工程符合规划的材料和竣工材料|复|[N]
m $qjdc[N]
m 变更事项的证明材料|复|[C]
m $cqzs|[O]
m 转移的证明材料|复|#出让合同、兼并协议、生效法律文书等[O]
m 权利消灭的证明材料|复|[X]
m $wts
fee $bdc[NO]

== 土地承包经营权{}登记|QR|P|N|30/10 C=30/5 O=30/5 X=30/0|N=首次 C=变更 O=转移 X=注销
case X=S
cert 农村土地承包经营权证|不动产登记机构
law 《中华人民共和国农村土地承包法》|第二十四条|国家对耕地、林地和草地等实行统一登记，登记机构应当向承包方颁发土地承包经营权证或者林权证等证书，并登记造册，确认土地承包经营权。
law $mfd209
if 以家庭承包方式承包农村土地，已签订土地承包合同[N]
if 承包方代表、承包地块面积、用途等发生变化[C]
if 在同一集体经济组织内部互换、转让土地承包经营权[O]
if 承包地被依法征收，或者承包方自愿交回承包地[X]
m $bdcsqs
m 承包方身份证明和居民户口簿|@公安机关|#核验原件
m 土地承包合同|复|[NC]
m 互换、转让合同及发包方同意（备案）的证明|[O]
m 承包地被征收或交回承包地的证明|复|[X]
m $wts
q 土地承包经营权证和不动产权证书是一回事吗？|农村土地承包经营权登记纳入不动产统一登记后，新发证书为不动产权证书，原已颁发的土地承包经营权证继续有效。

== 林权{}登记|QR|P|LN|30/10 C=30/5 O=30/5 X=30/0|N=首次 C=变更 O=转移 X=注销
case X=S
cert 不动产权证书|不动产登记机构
out 注销登记结果[X]
law $mfd209
law 《不动产登记暂行条例实施细则》|第四十八条|申请林地使用权及森林、林木所有权或者使用权登记的，应当提交林地、林木权属来源材料、林权调查成果等材料。
law 《中华人民共和国森林法》|第十五条|林地和林地上的森林、林木的所有权、使用权，由不动产登记机构统一登记造册，核发证书。
if 依法取得林地承包经营权、林地使用权或者森林、林木所有权、使用权[N]
if 权利人、面积、林种等登记事项发生变化[C]
if 因林地经营权流转、森林林木转让、继承等导致权利转移[O]
if 林地被依法征收或者权利消灭[X]
m $bdcsqs
m $bdcsf
m 林地林木权属来源材料|复|#承包合同、流转合同等[NO]
m 林权调查成果|@测绘机构|#林地界址、面积等[N]
m 变更事项的证明材料|复|[C]
m $cqzs|[O]
m 权利消灭的证明材料|复|[X]
m $wts

== 地役权{}登记|QR|P|LN|30/5 X=30/0|N=首次 C=变更 O=转移 X=注销
case X=S
cert 不动产登记证明|不动产登记机构
out 注销登记结果[X]
law 《中华人民共和国民法典》|第三百七十四条|地役权自地役权合同生效时设立。当事人要求登记的，可以向登记机构申请地役权登记；未经登记，不得对抗善意第三人。
law $bdc14
if 按照约定利用他人的不动产以提高自己不动产的效益，双方签订书面地役权合同[N]
if 地役权的利用目的、方法、期限等发生变化[C]
if 需役地不动产权利转移导致地役权一并转移[O]
if 地役权期限届满、主动放弃或者地役权合同依法解除[X]
m $bdcsqs
m 供役地权利人和需役地权利人的身份证明|@公安机关|#核验原件
m 地役权合同|[NCO]
m 供役地、需役地的不动产权属证书|复|@不动产登记机构
m 地役权消灭的证明材料|[X]
m $wts
fee $bdc[NO]

== 抵押权{}登记|QR|P|LN|30/1 X=30/0|N=首次 C=变更 O=转移 X=注销
case X=S
short 不动产抵押登记
cert 不动产登记证明|不动产登记机构
out 注销登记结果[X]
law 《中华人民共和国民法典》|第四百零二条|以本法第三百九十五条第一款第一项至第三项规定的财产或者第五项规定的正在建造的建筑物抵押的，应当办理抵押登记。抵押权自登记时设立。
law $bdc14
law 《不动产登记暂行条例实施细则》|第六十六条|自然人、法人或者其他组织为保障其债权的实现，依法以不动产设定抵押的，可以由当事人持不动产权属证书、抵押合同与主债权合同等必要材料，共同申请办理抵押登记。[N]
if 以已登记的不动产设定抵押，抵押人与抵押权人签订了抵押合同和主债权合同[N]
if 抵押人、抵押权人姓名（名称）、被担保债权数额、债务履行期限、抵押权顺位等发生变化[C]
if 因主债权转让导致抵押权转移[O]
if 主债权消灭、抵押权已经实现、抵押权人放弃抵押权等导致抵押权消灭[X]
m $bdcsqs
m 抵押人和抵押权人的身份证明|@公安机关|#金融机构提交营业执照和金融许可证复印件
m $cqzs|[NC]
m 抵押合同和主债权合同|#可以是最高额抵押合同[NC]
m 债权转让合同|复|[O]
m 抵押权人同意注销的证明|#如贷款结清证明[X]
m $wts
fee $bdc[NO]
q 贷款还清后怎么解押？|贷款还清后，由抵押权人（银行）出具同意注销的证明，持不动产登记证明申请抵押权注销登记，当场办结；已开通“银行驻点”的，可在银行网点直接申请。[X]
q 银行可以直接帮我申请抵押登记吗？|可以。本区已在主要合作银行设立不动产登记便民服务点，贷款审批通过后可在银行网点申请抵押登记，无需再到登记大厅。[N]

== 在建建筑物抵押权{}登记|QR|P|L|30/1 X=30/0|N=首次 C=变更 X=注销
case X=S
cert 不动产登记证明|不动产登记机构
out 注销登记结果[X]
law 《中华人民共和国民法典》|第三百九十五条|债务人或者第三人有权处分的正在建造的建筑物、船舶、航空器可以抵押。
law 《不动产登记暂行条例实施细则》|第七十五条|以建设用地使用权以及全部或者部分在建建筑物设定抵押的，应当一并申请建设用地使用权以及在建建筑物抵押权的首次登记。
if 以正在建造的建筑物及其占用范围内的建设用地使用权设定抵押[N]
if 在建建筑物抵押登记事项发生变化[C]
if 主债权消灭或者在建建筑物已办理房屋所有权首次登记需要转为现房抵押[X]
m $bdcsqs
m 抵押人和抵押权人的身份证明|复|
m 建设用地使用权不动产权属证书|复|@不动产登记机构|[N]
m 建设工程规划许可证|复|@自然资源和规划主管部门|[N]
m 抵押合同和主债权合同|[NC]
m 抵押权人同意注销的证明|[X]
m $wts
fee $bdc[N]

== 预购商品房预告登记|QR|P|N|30/1 X=30/0|N=设立 C=变更 O=转移 X=注销
case X=S
short 商品房预告登记
cert 不动产登记证明|不动产登记机构
out 注销登记结果[X]
law 《中华人民共和国民法典》|第二百二十一条|当事人签订买卖房屋的协议或者签订其他不动产物权的协议，为保障将来实现物权，按照约定可以向登记机构申请预告登记。预告登记后，未经预告登记的权利人同意，处分该不动产的，不发生物权效力。
law 《不动产登记暂行条例实施细则》|第八十六条|已备案的商品房预售合同，当事人一方或者双方可以申请预购商品房预告登记。
if 购房人与房地产开发企业签订商品房预售合同并已网签备案[N]
if 预告登记的权利人、义务人或房屋面积等事项发生变化[C]
if 因继承、法院判决等导致预告登记的权利转移[O]
if 预告登记所涉及的商品房买卖合同解除，或者预告登记权利人放弃预告登记[X]
m $bdcsqs
m 购房人身份证明|@公安机关|#核验原件
m 已备案的商品房预售合同|复|@住房和城乡建设主管部门|[NC]
m 继承材料或生效法律文书|复|[O]
m 合同解除证明或预告登记权利人放弃预告登记的书面材料|[X]
m $wts
q 办了预告登记有什么用？|预告登记后，未经预告登记权利人同意，开发企业再处分该房屋的不发生物权效力，可以防止“一房多卖”。

== 预购商品房抵押预告登记|QR|P|N|30/1 X=30/0|N=设立 C=变更 X=注销
case X=S
short 商品房抵押预告登记
cert 不动产登记证明|不动产登记机构
out 注销登记结果[X]
law 《中华人民共和国民法典》|第二百二十一条|当事人签订买卖房屋的协议或者签订其他不动产物权的协议，为保障将来实现物权，按照约定可以向登记机构申请预告登记。
law 《不动产登记暂行条例实施细则》|第八十五条|有下列情形之一的，当事人可以按照约定申请不动产预告登记：（一）商品房等不动产预售的；……（三）以预购商品房设定抵押权的。
if 购房人以贷款方式购买期房，已办理预购商品房预告登记并与银行签订抵押合同[N]
if 抵押预告登记事项发生变化[C]
if 贷款已结清或者已转为现房抵押登记[X]
m $bdcsqs
m 抵押人和抵押权人的身份证明|复|
m 预购商品房预告登记证明|复|@不动产登记机构|[NC]
m 抵押合同和主债权合同|[NC]
m 抵押权人同意注销的证明|[X]
m $wts

== 居住权{}登记|QR|P|N|30/3 X=30/0|N=首次 C=变更 X=注销
case X=S
cert 不动产登记证明|不动产登记机构
out 注销登记结果[X]
law 《中华人民共和国民法典》|第三百六十八条|居住权无偿设立，但是当事人另有约定的除外。设立居住权的，应当向登记机构申请居住权登记。居住权自登记时设立。
if 住宅所有权人与居住权人订立书面居住权合同，或者以遗嘱方式设立居住权[N]
if 居住权期限、居住条件等登记事项发生变化[C]
if 居住权期限届满或者居住权人死亡[X]
m $bdcsqs
m 住宅所有权人和居住权人的身份证明|@公安机关|#核验原件
m $cqzs|[N]
m 居住权合同或遗嘱|#以遗嘱方式设立的，提交继承材料[NC]
m 居住权人死亡证明或期限届满的证明|复|[X]
m $wts
fee $bdc[N]
q 居住权可以出租吗？|居住权不得转让、继承；设立居住权的住宅不得出租，但是当事人另有约定的除外。

== 集体土地所有权{}登记|QR|P|L|30/10 C=30/5 X=30/5|N=首次 C=变更 O=转移 X=注销
cert 不动产权证书|不动产登记机构
out 注销登记结果[X]
law $mfd209
law 《不动产登记暂行条例实施细则》|第二十九条|集体土地所有权登记，依照下列规定提出申请：（一）土地属于村农民集体所有的，由村集体经济组织代为申请，没有集体经济组织的，由村民委员会代为申请……
if 农民集体所有的土地，权属清楚、界址清楚、无争议[N]
if 集体土地所有权人名称、界址、面积等发生变化[C]
if 因农民集体之间互换、土地调整等导致集体土地所有权转移[O]
if 集体土地被依法征收或者灭失[X]
m $bdcsqs
m 村集体经济组织或村民委员会的身份证明|复|
m 土地权属来源材料|复|[NO]
m $qjdc[N]
m 本集体经济组织三分之二以上成员或者三分之二以上村民代表同意的材料|[O]
m 征收批准文件或土地灭失证明|复|[X]
m 变更事项的证明材料|复|[C]

== 更正登记|QR|P|LN|30/3
out 更正后的不动产权证书或更正登记结果
law 《中华人民共和国民法典》|第二百二十条|权利人、利害关系人认为不动产登记簿记载的事项错误的，可以申请更正登记。不动产登记簿记载的权利人书面同意更正或者有证据证明登记确有错误的，登记机构应当予以更正。
if 权利人、利害关系人认为不动产登记簿记载的事项错误，有证据证明登记确有错误或者登记簿记载的权利人书面同意更正
m $bdcsqs
m $bdcsf
m 证实登记确有错误的材料|复|
m $cqzs|?涉及不动产权证书记载内容的
m 登记簿记载的权利人同意更正的书面材料|?利害关系人申请更正的
m $wts
q 更正登记收费吗？|不收费。

== {}|QR|S|LN|1/0|N=异议登记 X=注销异议登记
short 异议登记
law 《中华人民共和国民法典》|第二百二十条|不动产登记簿记载的权利人不同意更正的，利害关系人可以申请异议登记。登记机构予以异议登记，申请人自异议登记之日起十五日内不提起诉讼的，异议登记失效。
if 利害关系人认为登记簿记载事项错误，登记簿记载的权利人不同意更正[N]
if 异议登记申请人申请撤销，或者异议登记失效[X]
m $bdcsqs
m $bdcsf
m 证实对登记的不动产权利有利害关系的材料|复|[N]
m 证实不动产登记簿记载事项错误的材料|复|[N]
m 异议登记证明|@不动产登记机构|[X]
m $wts
out 异议登记证明[N]
out 异议登记注销结果[X]
q 异议登记后要在多长时间内起诉？|申请人应当自异议登记之日起15日内提起诉讼，逾期不起诉的，异议登记失效。[N]

== {}|QR|S|LN|1/0|N=查封登记 X=解除查封登记
short 查封登记
law 《不动产登记暂行条例实施细则》|第九十条|人民法院要求不动产登记机构办理查封登记的，应当提交人民法院工作人员的工作证、协助执行通知书、其他必要材料。
if 人民法院、人民检察院、公安机关等国家有权机关依法要求协助办理查封或解除查封登记
m 协助执行通知书|@人民法院等国家有权机关
m 生效的裁定书或决定书|复|@人民法院等国家有权机关
m 执行人员工作证和执行公务证|复|@人民法院等国家有权机关
out 协助执行通知书回执
ch W
q 个人可以申请查封吗？|不可以。查封登记只能由人民法院等国家有权机关嘱托办理，个人可以向人民法院申请财产保全。

== 不动产权证书{}|QR|S|LN|0/0|B=补发 O=换发
short 不动产证书补换
cert 不动产权证书|不动产登记机构
out 注销登记结果[X]
noauto
law 《不动产登记暂行条例实施细则》|第二十二条|不动产权属证书或者不动产登记证明污损、破损的，当事人可以向不动产登记机构申请换发。符合换发条件的，不动产登记机构应当予以换发，并收回原不动产权属证书或者不动产登记证明。不动产权属证书或者不动产登记证明遗失、灭失，不动产权利人申请补发的，由不动产登记机构在其门户网站上刊发不动产权利人的遗失、灭失声明15个工作日后，予以补发。
if 不动产权属证书或者登记证明遗失、灭失[B]
if 不动产权属证书或者登记证明污损、破损，或者原房产证、土地证需要换发为不动产权证书[O]
m $bdcsqs
m $bdcsf
m 遗失声明|电|#由登记机构在门户网站免费刊发15个工作日[B]
m 需换发的原证书|@不动产登记机构|[O]
m $wts
fee $gbf
q 证书丢了多久能补？|由登记机构在门户网站刊发遗失声明15个工作日后补发，期满即可领取新证。[B]

== 不动产登记资料查询|GG|S|LN|0/0
short 不动产信息查询
law 《不动产登记暂行条例》|第二十七条|权利人、利害关系人可以依法查询、复制不动产登记资料，不动产登记机构应当提供。
law 《不动产登记资料查询暂行办法》|第十四条|不动产权利人、利害关系人可以申请查询不动产登记资料。
if 不动产权利人、利害关系人以及人民法院、人民检察院等国家机关依法查询不动产登记资料
m 不动产登记资料查询申请书|表
m 查询人身份证明|@公安机关|#核验原件
m 利害关系证明材料|复|?利害关系人查询的|#如买卖合同、生效法律文书等
m $wts
out 不动产登记资料查询结果证明
q 查询自己名下有没有房产可以网上办吗？|可以。通过“豫事办”APP或河南政务服务网不动产登记查询功能进行实名认证后在线查询。

== 不动产登记与水电气网联动过户|GG|S|N|0/0
short 水电气联动过户
law 《优化营商环境条例》|第三十五条|政府及其有关部门应当推进政务服务标准化，按照减环节、减材料、减时限的要求，编制并向社会公开政务服务事项标准化工作流程和办事指南。
law 《自然资源部 国家税务总局 中国银保监会关于协同推进“互联网+不动产登记”方便企业和群众办事的意见》|第三部分|推动不动产登记与水、电、气、网络、有线电视等关联业务联动办理。
if 已在本中心申请存量房转移登记，同步申请供水、供电、燃气、网络、有线电视过户
m 联动过户申请表|表|#勾选需要过户的项目，填写户号
m 水、电、气缴费户号|复|#最近一期缴费凭证
out 联动过户办理结果
ch W
q 还需要分别去水电气公司跑吗？|不需要。在申请二手房转移登记时一并勾选，信息推送至供水、供电、燃气等单位同步过户。
""";

}

/** 公安分局: household registration, identity cards, public order permits. */
final class T05 {

	static final String TEXT = """
deffee sfz20 首次申领、到期换领每证20元|《国家发展改革委 财政部关于第二代居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）
deffee sfz40 丢失补领、损坏换领每证40元|《国家发展改革委 财政部关于第二代居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）
defmat hkbq 本人及迁入地户主的居民户口簿|@公安机关|#核验原件
defmat zfzm 合法稳定住所证明|复|#不动产权证书、购房合同或经备案的房屋租赁合同
@gafj
sec 户政管理大队
== 出生登记|QR|S|N|1/0
out 居民户口簿（新生儿户口登记页）
short 新生儿落户
law 《中华人民共和国户口登记条例》|第七条|婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。
law 《国务院办公厅关于解决无户口人员登记户口问题的意见》|第二部分|政策外生育、非婚生育的无户口人员，本人或者其监护人可以凭《出生医学证明》和父母一方的居民户口簿、结婚证或者非婚生育说明，按照随父随母落户自愿的政策，申请办理常住户口登记。
if 新生儿父亲或者母亲一方户籍在本区，申报随父或随母落户
m 出生医学证明|@助产医疗机构|#原件，核验后退还
m 父母双方的居民户口簿和居民身份证|@公安机关|#核验原件
m $jhz|?婚内生育的
m 非婚生育说明|表|?非婚生育的|#由落户一方签字
m $wts|?父母均不能到场的
addr 平顶山高新区行政服务中心一楼B区户政窗口，也可到户籍所在地派出所户籍室办理
net
visits 0
q 孩子出生后多久内要落户？|婴儿出生后一个月以内应当申报出生登记。通过“豫事办”APP“出生一件事”可以在线申请，户口簿邮寄到家。
q 超过一个月没报户口怎么办？|仍可以申报出生登记，逾期申报不影响落户，按实际情况提交材料即可。

== 死亡注销户口|QR|S|N|1/0
law 《中华人民共和国户口登记条例》|第八条|公民死亡，城市在葬前，农村在一个月以内，由户主、亲属、抚养人或者邻居向户口登记机关申报死亡登记，注销户口。
if 户籍在本区的公民死亡或者被人民法院宣告死亡
m 居民死亡医学证明（推断）书或者人民法院宣告死亡判决书|@医疗机构或人民法院
m 死亡人员的居民户口簿|@公安机关
m 死亡人员居民身份证|?能够交回的|@公安机关|#交回注销
m 申报人身份证件|@公安机关
out 注销户口证明
q 家人去世后除了注销户口还要办什么？|可以通过“身后一件事”一次办理户口注销、社保待遇停发、医保个人账户继承、殡葬补贴申领等事项。

== 户口迁入（夫妻投靠）|QR|P|N|20/3
short 夫妻投靠落户
law $hjdj
law 《中华人民共和国户口登记条例》|第十三条|公民迁移，从到达迁入地的时候起，城市在三日以内，农村在十日以内，由本人或者户主持迁移证件向户口登记机关申报迁入登记，缴销迁移证件。
if 夫妻一方户籍在本区，另一方申请投靠落户，婚姻关系真实有效
m $hkbq
m 申请人居民身份证|@公安机关
m $jhz
m $zfzm|?投靠至自有住房以外地址的
out 户口簿（户口迁入登记）
q 跨省迁入还需要回原籍开迁移证吗？|不需要。实行户口迁移“跨省通办”，在迁入地公安机关一站式办理，迁出手续由系统流转。

== 户口迁入（子女投靠父母）|QR|P|N|20/3
short 子女投靠落户
law $hjdj
law 《中华人民共和国户口登记条例》|第十三条|公民迁移，从到达迁入地的时候起，城市在三日以内，农村在十日以内，由本人或者户主持迁移证件向户口登记机关申报迁入登记，缴销迁移证件。
if 父母一方户籍在本区，未成年子女或者未婚、离异的成年子女申请投靠落户
m $hkbq
m 申请人及父母的居民身份证|@公安机关
m 亲子关系证明|复|#出生医学证明或户籍档案等能够证明亲子关系的材料
out 户口簿（户口迁入登记）

== 户口迁入（父母投靠子女）|QR|P|N|20/3
out 户口簿（户口迁入登记）
short 父母投靠落户
law $hjdj
law 《中华人民共和国户口登记条例》|第十三条|公民迁移，从到达迁入地的时候起，城市在三日以内，农村在十日以内，由本人或者户主持迁移证件向户口登记机关申报迁入登记，缴销迁移证件。
if 子女户籍在本区且有合法稳定住所，父母申请投靠子女落户
m $hkbq
m 申请人及子女的居民身份证|@公安机关
m 亲子关系证明|复|#户籍档案或其他能够证明亲子关系的材料
m $zfzm

== 户口迁入（合法稳定住所落户）|QR|P|N|20/3
short 购房落户
law $hjdj
law 《国务院关于进一步推进户籍制度改革的意见》|第二部分|全面放开建制镇和小城市落户限制。在县级市市区、县人民政府驻地镇和其他建制镇有合法稳定住所（含租赁）的人员，本人及其共同居住生活的配偶、未成年子女、父母等，可以在当地申请登记常住户口。
if 在本区有合法稳定住所（含购买、租赁）的人员，本人及其共同居住生活的配偶、未成年子女、父母申请落户
m 申请人居民身份证和居民户口簿|@公安机关
m $zfzm|!
m 共同迁移人员的亲属关系证明|复|?配偶、子女、父母随迁的
out 户口簿（户口迁入登记）
q 租房可以落户吗？|可以。在本区有合法稳定住所（含租赁）的人员均可申请落户，租赁房屋应当提交经备案的租赁合同。

== 户口迁入（就业落户）|QR|P|N|20/3
out 户口簿（户口迁入登记）
short 就业落户
law $hjdj
law 《国务院关于进一步推进户籍制度改革的意见》|第二部分|有序放开中等城市落户限制，对合法稳定就业的人员，可以申请落户。
if 在本区用人单位合法稳定就业并依法参加社会保险的人员
m 申请人居民身份证和居民户口簿|@公安机关
m 劳动合同|复|#与本区用人单位签订
m 社会保险缴费证明|@社会保险经办机构|#可通过部门共享核验
m 落户地址证明|复|#单位集体户或合法稳定住所证明

== 户口迁入（人才引进）|QR|P|N|20/3
out 户口簿（户口迁入登记）
short 人才落户
law $hjdj
law 《中共中央 国务院关于促进劳动力和人才社会性流动体制机制改革的意见》|第一部分|全面取消城区常住人口300万以下的城市落户限制，推动人才落户便利化。
if 具有大专以上学历、中级以上专业技术职称或者技师以上职业资格的人员
m 申请人居民身份证和居民户口簿|@公安机关
m 学历证书、职称证书或职业资格证书|复|#核验原件
m 落户地址证明|复|#单位集体户、人才集体户或合法稳定住所证明

== 户口迁入（大中专院校毕业生）|QR|P|N|20/3
out 户口簿（户口迁入登记）
short 毕业生落户
law $hjdj
law 《中华人民共和国户口登记条例》|第十三条|公民迁移，从到达迁入地的时候起，城市在三日以内，农村在十日以内，由本人或者户主持迁移证件向户口登记机关申报迁入登记。
if 大中专院校毕业生在毕业择业期内申请将户口迁入本区
m 毕业证书|复|#核验原件
m 户口迁移证或学校集体户口证明|?户口在原学校的|@公安机关
m 落户地址证明|复|#用人单位集体户、人才集体户或合法稳定住所

== 户口迁入（退役士兵安置）|QR|S|N|3/0
short 退役落户
law $hjdj
law 《退役士兵安置条例》|第十四条|退役士兵应当自被批准退出现役之日起30日内，持退役证件到安置地县级人民政府退役士兵安置工作主管部门报到。
if 经批准退出现役安置在本区的退役士兵
m 退出现役证|@部队
m 退役士兵安置介绍信|@退役军人事务部门
m 户口登记表或入伍前户籍证明|@部队
out 户口簿（户口迁入登记）

== 恢复户口|QR|P|N|30/10
out 户口簿（恢复户口登记）
law $hjdj
law 《国务院办公厅关于解决无户口人员登记户口问题的意见》|第二部分|户口被注销但本人仍在国内居住的人员，可以申请恢复常住户口登记。
if 原户籍在本区，因出国（境）定居、服刑、被宣告死亡等原因注销户口，现符合恢复户口条件
m 申请人身份证明材料|#如护照、刑满释放证明、撤销宣告死亡判决书等
m 原注销户口证明|复|@公安机关
m 拟落户地址户主的居民户口簿|@公安机关|#户主签署同意落户意见
site
nomail

== 户口迁移证明签发|QR|S|N|3/0
short 户口迁出
law 《中华人民共和国户口登记条例》|第十条|公民迁出本户口管辖区，由本人或者户主在迁出前向户口登记机关申报迁出登记，领取迁移证件，注销户口。
if 户籍在本区的居民因迁入地不具备“跨省通办”条件等原因，需要先行办理迁出手续
m 本人居民户口簿和居民身份证|@公安机关
m 迁入地公安机关签发的准予迁入证明|@迁入地公安机关
out 户口迁移证
q 还需要办准迁证吗？|省内迁移和已实行“跨省通办”的迁移，在迁入地一站式办理，无需本人回迁出地办理。

== 户口登记项目变更更正（姓名变更）|QR|P|N|20/10
short 改名
law 《中华人民共和国户口登记条例》|第十八条|公民变更姓名，依照下列规定办理：未满十八周岁的人需要变更姓名的时候，由本人或者父母、收养人向户口登记机关申请变更登记；十八周岁以上的人需要变更姓名的时候，由本人向户口登记机关申请变更登记。
if 因正当理由需要变更姓名，如与父母一方同姓、被收养、离婚后子女变更姓氏等
m 户口登记项目变更更正申请表|表|#本人或监护人签字
m 本人居民户口簿和居民身份证|@公安机关
m 变更姓名的理由证明|复|#如离婚协议书、收养证等
m 父母双方同意的书面意见|?未成年人变更姓名的|#父母双方签字
out 变更后的户口簿
site
q 成年人可以随意改名吗？|成年人变更姓名应当有正当理由，公安机关对理由进行审核，不符合条件的不予变更。

== 户口登记项目变更更正（出生日期更正）|QR|P|N|20/10
short 出生日期更正
law 《中华人民共和国户口登记条例》|第十七条|户口登记的内容需要变更或者更正的时候，由户主或者本人向户口登记机关申报；户口登记机关审查属实后予以变更或者更正。
if 户口登记的出生日期与出生医学证明、户籍档案等原始记录不一致，确属登记错误
m 户口登记项目变更更正申请表|表|#本人签字
m 本人居民户口簿和居民身份证|@公安机关
m 出生日期登记错误的原始证明|复|#出生医学证明、入户时的原始档案等
out 更正后的户口簿
site

== 户口登记项目变更更正（民族成份变更）|QR|P|N|20/10
short 民族变更
law 《中国公民民族成份登记管理办法》|第九条|公民在年满十八周岁之前，可以由其父母或者其他监护人申请变更一次民族成份；年满十八周岁至二十周岁的，可以由本人申请变更一次民族成份。
if 未满二十周岁，在父母民族成份范围内申请变更，且此前未变更过
m 民族成份变更申请书|表|#本人或监护人签字
m 本人及父母的居民户口簿和居民身份证|@公安机关
m 亲子关系证明|复|
out 变更后的户口簿
nomail

== 户口登记项目变更更正（其他项目）|QR|S|N|3/0
short 户口信息变更
law 《中华人民共和国户口登记条例》|第十七条|户口登记的内容需要变更或者更正的时候，由户主或者本人向户口登记机关申报；户口登记机关审查属实后予以变更或者更正。
if 文化程度、婚姻状况、兵役状况、服务处所、职业等一般登记项目发生变化或者登记有误
m 本人居民户口簿和居民身份证|@公安机关
m 相关证明材料|复|#毕业证书、结婚证、离婚证等
out 变更后的户口簿

== 分户、立户登记|QR|S|N|3/0
short 分户
law 《中华人民共和国户口登记条例》|第五条|户口登记以户为单位。同主管人共同居住一处的立为一户，以主管人为户主。单身居住的自立一户，以本人为户主。
if 在本区有合法稳定住所，与原户主不共同居住或者已成年、已婚需要单独立户
m 本人及原户主的居民户口簿|@公安机关
m $zfzm|!
out 新户口簿

== 居民户口簿{}|QR|S|N|1/0|B=补领 O=换领
short 户口簿补换
law 《中华人民共和国户口登记条例》|第五条|户口登记以户为单位。……户口登记机关应当向户主签发户口簿。
if 居民户口簿遗失、被盗[B]
if 居民户口簿损坏、页面用完或者需要换发新版户口簿[O]
m 户主或本人居民身份证|@公安机关
m 损坏的户口簿|@公安机关|[O]
m 户口簿遗失说明|#户主签字[B]
out 居民户口簿
q 补办户口簿要钱吗？|不收费。

== 居民身份证{}|QR|P|N|60/10|N=首次申领 R=到期换领 C=损坏换领 B=补领
out 居民身份证
short 身份证办理
law 《中华人民共和国居民身份证法》|第十条|申请领取居民身份证，应当填写《居民身份证申领登记表》，交验居民户口簿。
law 《中华人民共和国居民身份证法》|第十一条|居民身份证有效期满、公民姓名变更或者证件严重损坏不能辨认的，公民应当换领新证；……居民身份证丢失的，应当申请补领。
law 《中华人民共和国居民身份证法》|第十二条|公民申请领取、换领、补领居民身份证，公安机关应当按照规定及时予以办理。公安机关应当自公民提交《居民身份证申领登记表》之日起六十日内发放居民身份证。
if 在本区登记常住户口的中国公民，首次申领居民身份证（未满十六周岁的可以自愿申领）[N]
if 居民身份证有效期满或者即将期满（有效期满前三个月内）[R]
if 居民身份证严重损坏不能辨认，或者登记项目变更[C]
if 居民身份证丢失、被盗[B]
m 居民户口簿|@公安机关|#核验原件
m 监护人身份证件|?未满十六周岁的|@公安机关|[N]
m 原居民身份证|@公安机关|#领取新证时交回[RC]
m 符合标准的相片|电|#窗口免费现场采集人像和指纹
fee $sfz20[NR]
fee $sfz40[CB]
q 身份证可以异地办理吗？|可以。居民身份证换领、补领可以在全国任一公安机关户政窗口异地办理，首次申领也可以跨省办理。
q 办身份证期间需要用证怎么办？|可以同时申请临时居民身份证，当场领取，有效期三个月。

== 临时居民身份证办理|QR|S|N|3/0
out 临时居民身份证
short 临时身份证
law 《临时居民身份证管理办法》|第二条|居住在中华人民共和国境内的中国公民，在申请领取、换领、补领居民身份证期间，急需使用居民身份证的，可以申请领取临时居民身份证。
law 《临时居民身份证管理办法》|第四条|临时居民身份证的有效期限为三个月，有效期限自签发之日起计算。
if 正在申领、换领、补领居民身份证期间急需使用身份证
m 居民户口簿|@公安机关
m 居民身份证申领受理回执|@公安机关
fee 每证10元|《国家发展改革委 财政部关于临时居民身份证收费标准的通知》（发改价格〔2005〕436号）

== 居住证{}|QR|P|N|15/5 R=15/0 B=15/5|N=申领 R=签注 B=补领
case R=S
short 居住证办理
law 《居住证暂行条例》|第九条|申领居住证，应当向居住地公安派出所或者受公安机关委托的社区服务机构提交本人居民身份证、本人相片以及居住地住址、就业、就读等证明材料。
law 《居住证暂行条例》|第十一条|居住证每年签注1次。居住证持有人在居住地连续居住的，应当在居住每满1年之日前1个月内，到居住地公安派出所或者受公安机关委托的社区服务机构办理签注手续。[R]
law 《居住证暂行条例》|第十五条|公民首次申领居住证，免收证件工本费。换领、补领居住证，应当缴纳证件工本费。
if 离开常住户口所在地到本区居住半年以上，有合法稳定就业、合法稳定住所、连续就读条件之一[N]
if 已在本区持有居住证，继续在本区居住[R]
if 居住证遗失、被盗[B]
m 居民身份证|@公安机关
m 居住地住址证明|复|#租赁合同、房屋产权证明等[N]
m 就业、就读证明|复|?以就业、就读条件申领的|#劳动合同、营业执照或学校出具的就读证明[N]
m 居住证原件|@公安机关|[R]
out 居住证
fee 每证20元|《居住证暂行条例》第十五条；收费标准按河南省价格主管部门核定执行[B]
q 居住证有什么用？|持有居住证可以在居住地享受义务教育、基本公共就业服务、基本医疗卫生服务等基本公共服务，并可以按规定申请积分落户。

== 居住登记|QR|S|N|1/0
short 流动人口居住登记
law 《居住证暂行条例》|第七条|公民离开常住户口所在地，到其他设区的市级以上城市居住的，应当依照本条例的规定申报居住登记。
if 离开常住户口所在地到本区居住的公民
m 居民身份证|@公安机关
m 居住地住址证明|复|#租赁合同或房东出具的居住证明
out 居住登记凭证
net
visits 0

== 户籍证明开具|GG|S|N|1/0
short 户籍证明
law 《公安部关于规范户籍证明出具工作的通知》|第二条|公安机关应当为群众出具户籍证明，对可以通过户口簿、身份证等证件证明或者通过部门间信息核查解决的，不再出具证明。
if 需要证明本人户籍信息、户口迁移情况、注销户口情况等，且无法通过户口簿、身份证证明
m 本人居民身份证|@公安机关
m 用途说明|#写明证明用途
out 户籍证明
net
visits 0

== 无犯罪记录证明开具|GG|S|N|3/0
short 无犯罪记录证明
net
visits 0
law 《公安机关办理犯罪记录查询工作规定》|第四条|个人可以查询本人犯罪记录，也可以委托他人代为查询，受托人应当具有完全民事行为能力。
law 《公安机关办理犯罪记录查询工作规定》|第九条|公安机关应当在受理申请后三个工作日内出具《无犯罪记录证明》或者《不予出具无犯罪记录证明通知书》。
if 中国公民需要证明本人没有犯罪记录，如入职、出国留学、办理签证等
m 本人居民身份证|@公安机关
m $wts|#委托书须载明查询用途
out 无犯罪记录证明
q 可以在手机上开吗？|可以。通过“豫事办”APP或公安部“互联网+政务服务”平台申请，审核通过后在线下载电子证明。

sec 治安管理大队
== 旅馆业特种行业许可|XK|P|L|20/10 X=20/1|N=新办 C=变更 X=注销
cert 特种行业许可证
site
law 《旅馆业治安管理办法》|第四条|申请开办旅馆，应经主管部门审查批准，经当地公安机关签署意见，向工商行政管理部门申请登记，领取营业执照后，方准开业。
if 旅馆房屋建筑、消防设施、出入口和通道等符合消防和治安管理要求
if 有必要的防盗安全设施，安装旅馆业治安管理信息系统，配备相应的安全保卫人员
m 旅馆业特种行业许可申请表|表|#法定代表人（经营者）签字
m $yyzz
m 法定代表人（负责人）身份证件|复|@公安机关
m 经营场所产权证明或租赁合同|复|[N]
m 旅馆平面图和安全防范设施情况说明|[N]
m 治安保卫制度和治安保卫人员名单|[N]
m 变更事项的证明材料|复|[C]
m $wts
q 民宿需要办特种行业许可证吗？|以出租客房为主要经营方式的民宿，应当按照旅馆业管理规定办理特种行业许可证。

== 公章刻制备案|BA|S|L|1/0
short 刻章备案
net
visits 0
law 《国务院关于第三批取消中央指定地方实施行政许可事项的决定》|附件|取消公章刻制审批，改为备案管理，由公章刻制企业在刻制公章后将用章单位、公章刻制企业等基本信息报公安机关备案。
law 《印铸刻字业暂行管理规则》|第八条|凡刻制公章，应当按照规定办理有关手续。
if 依法登记的企业、事业单位、社会组织等需要刻制公章，已在具备资质的公章刻制企业刻制
m $yyzz
m 法定代表人身份证件|复|@公安机关
m $wts
out 公章备案信息
q 新办企业刻章要钱吗？|本区对新开办企业首套印章实行免费刻制，费用由政府承担。

== 大型群众性活动安全许可|XK|P|L|7/5
out 大型群众性活动安全许可决定书
short 大型活动安全许可
law 《大型群众性活动安全管理条例》|第十一条|公安机关对大型群众性活动实行安全许可制度。预计参加人数在1000人以上5000人以下的，由活动所在地县级人民政府公安机关实施安全许可。
law 《大型群众性活动安全管理条例》|第十三条|公安机关收到申请材料应当依法做出受理或者不受理的决定。对受理的申请，应当自受理之日起7日内进行审查，对活动场所进行查验，对符合安全条件的，做出许可的决定。
if 预计参加人数在1000人以上5000人以下的体育比赛、演唱会、展览展销、游园灯会等活动
if 承办者具有相应的安全工作方案和安全责任制度，场所、设施符合安全要求
m 大型群众性活动安全许可申请表|表|#承办者签字盖章
m 承办者合法成立的证明及安全责任人身份证明|复|
m 大型群众性活动方案及其说明|#活动时间、地点、内容、组织方式等
m 安全工作方案|
m 活动场所管理者同意提供活动场所的证明|
m 依法须经批准的活动批准文件|复|?依照法律、行政法规的规定需要批准的
site
nomail
q 需要提前多久申请？|承办者应当在活动举办日的20日前提出安全许可申请。

== 剧毒化学品购买许可|XK|S|L|3/0
law 《危险化学品安全管理条例》|第三十八条|依法取得危险化学品安全生产许可证、危险化学品安全使用许可证、危险化学品经营许可证的企业，凭相应的许可证件购买剧毒化学品、易制爆危险化学品。前款规定以外的单位购买剧毒化学品的，应当向所在地县级人民政府公安机关申请取得剧毒化学品购买许可证。
law 《危险化学品安全管理条例》|第三十九条|县级人民政府公安机关应当自收到前条规定的材料之日起3日内，作出批准或者不予批准的决定。
if 未取得危险化学品相关许可证件的单位因科研、检测等合法用途需要购买剧毒化学品
m 剧毒化学品购买许可申请表|表
m 营业执照或法人证书|复|
m 经办人身份证件|@公安机关
m 购买剧毒化学品用途的说明|#载明品种、数量、用途
out 剧毒化学品购买许可证

== 易制爆危险化学品从业单位备案|BA|S|L|5/0
law 《易制爆危险化学品治安管理办法》|第十二条|易制爆危险化学品生产、经营、使用单位应当在取得相关许可证件之日起三十日内，向所在地县级公安机关备案。
if 从事易制爆危险化学品生产、经营、储存、使用的单位
m 易制爆危险化学品从业单位备案登记表|表
m $yyzz
m 危险化学品相关许可证件|复|@应急管理部门
m 治安保卫机构、人员和储存场所情况|
out 备案证明

== 第二类、第三类易制毒化学品购买备案证明|BA|S|L|1/0
law 《易制毒化学品管理条例》|第十八条|经营单位销售第二类、第三类易制毒化学品的，……购买第二类、第三类易制毒化学品的，应当在购买前将所需购买的品种、数量，向所在地的县级人民政府公安机关备案。
if 因生产经营或科研需要购买第二类、第三类易制毒化学品的单位和个人
m 易制毒化学品购买备案申请表|表
m $yyzz|?单位申请的
m 购买用途说明及合同|复|
m 经办人身份证件|@公安机关
out 易制毒化学品购买备案证明
net
visits 0

== 烟花爆竹道路运输许可|XK|S|L|1/0
law 《烟花爆竹安全管理条例》|第二十二条|经由道路运输烟花爆竹的，应当经公安部门许可。
law 《烟花爆竹安全管理条例》|第二十四条|受理申请的公安部门应当自受理申请之日起3日内对提交的有关材料进行审查，对符合条件的，核发《烟花爆竹道路运输许可证》。
if 托运人持有烟花爆竹生产、经营（批发）许可证，承运人具有危险货物运输资质，驾驶员、押运员具有从业资格
m 烟花爆竹道路运输许可申请表|表
m 承运人从事危险货物运输的资质证明|复|@交通运输主管部门
m 驾驶员、押运员的从业资格证明|复|
m 危险货物运输车辆的道路运输证明|复|
m 烟花爆竹的购销合同|复|
out 烟花爆竹道路运输许可证

== 焰火燃放活动许可|XK|P|L|20/10
law 《烟花爆竹安全管理条例》|第三十三条|申请举办焰火晚会以及其他大型焰火燃放活动，主办单位应当按照分级管理的规定，向有关人民政府公安部门提出申请。
law 《烟花爆竹安全管理条例》|第三十四条|受理申请的公安部门应当自受理申请之日起20日内对提交的有关材料进行审查，对符合条件的，核发《焰火燃放许可证》。
if 举办焰火晚会以及其他大型焰火燃放活动，燃放作业单位和人员具有相应资质
m 焰火燃放活动申请表|表
m 举办焰火燃放活动的时间、地点、环境、活动性质、规模说明|
m 燃放烟花爆竹的种类、规格、数量|
m 燃放作业方案|
m 燃放作业单位、作业人员符合行业标准规定条件的证明|复|
out 焰火燃放许可证
site
nomail

== 民用爆炸物品购买许可|XK|S|L|5/0
law 《民用爆炸物品安全管理条例》|第二十一条|民用爆炸物品使用单位申请购买民用爆炸物品的，应当向所在地县级人民政府公安机关提出购买申请。
law 《民用爆炸物品安全管理条例》|第二十二条|受理申请的公安机关应当自受理申请之日起5日内对提交的有关材料进行审查，对符合条件的，核发《民用爆炸物品购买许可证》。
if 持有爆破作业单位许可证或者工商营业执照、事业单位法人证书，持有《爆破作业单位许可证》或者经批准的爆破作业项目
m 民用爆炸物品购买许可申请表|表
m 工商营业执照或事业单位法人证书|复|
m 爆破作业单位许可证或爆破作业项目批准文件|复|@公安机关
m 购买单位的名称、地址、银行账户|
m 购买的品种、数量和用途说明|
out 民用爆炸物品购买许可证

== 民用爆炸物品运输许可|XK|S|L|3/0
law 《民用爆炸物品安全管理条例》|第二十六条|运输民用爆炸物品，收货单位应当向运达地县级人民政府公安机关提出申请。
law 《民用爆炸物品安全管理条例》|第二十七条|受理申请的公安机关应当自受理申请之日起3日内对提交的有关材料进行审查，对符合条件的，核发《民用爆炸物品运输许可证》。
if 收货单位已取得民用爆炸物品购买许可，承运人具有危险货物运输资质
m 民用爆炸物品运输许可申请表|表
m 民用爆炸物品生产企业、销售企业、使用单位以及进出口单位分别提供的许可证明文件|复|
m 运输车辆、驾驶员、押运员的资质证明|复|
out 民用爆炸物品运输许可证

== 互联网服务单位安全保护技术措施备案|BA|P|L|30/10
law 《互联网安全保护技术措施规定》|第十五条|网络服务提供者和联网使用单位应当依照本规定落实互联网安全保护技术措施，并自网络正式联通之日起三十日内，到所在地公安机关办理备案手续。
law 《计算机信息网络国际联网安全保护管理办法》|第十二条|互联单位、接入单位、使用计算机信息网络国际联网的法人和其他组织应当自网络正式联通之日起三十日内，到所在地的公安机关办理备案手续。
if 在本区提供互联网接入、上网服务、网站服务的单位和联网使用单位
m 互联网服务单位备案登记表|表
m $yyzz
m 安全保护技术措施落实情况说明|
out 备案回执
""";

}

/** 出入境管理大队 and 车管所. */
final class T06 {

	static final String TEXT = """
deffee hz 普通护照每本120元|《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）
deffee gatxz 往来港澳通行证（电子）每证60元|《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）
deffee twtxz 往来台湾通行证（电子）每证60元|《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）
deffee qz 签注每件15元（一次有效），二次有效每件30元|《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）
deffee hp 汽车号牌每副100元，摩托车号牌每副35元；机动车行驶证每本10元；机动车登记证书每本10元|《国家发展改革委 财政部关于公安部门收取机动车号牌工本费等收费标准的通知》（发改价格〔2004〕2831号）
deffee jsz 机动车驾驶证工本费每证10元|《国家发展改革委 财政部关于公安部门收取机动车号牌工本费等收费标准的通知》（发改价格〔2004〕2831号）
defmat crjsq 中国公民出入境证件申请表|表|#窗口现场填写或自助机打印，本人签字
defmat crjzp 出入境证件相片|电|#窗口免费现场采集
defmat jdc 机动车所有人身份证明|@公安机关|#个人提交居民身份证，单位提交营业执照或统一社会信用代码证书
defmat djzs 机动车登记证书|@公安机关交通管理部门
defmat xsz 机动车行驶证|@公安机关交通管理部门
defmat jqx 机动车交通事故责任强制保险凭证|电|@保险公司|#已实现电子保单信息联网核查的免于提交
@crjgldd
sec 出入境管理大队证件审批组
== 普通护照{}|XK|P|N|15/7|N=首次申请 R=换发 B=补发 O=加注
out 普通护照
out 加注后的普通护照[O]
short 普通护照
law 《中华人民共和国护照法》|第五条|公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的，由本人向户籍所在地的县级以上地方人民政府公安机关出入境管理机构申请普通护照。
law 《中华人民共和国护照法》|第六条|公安机关出入境管理机构应当自收到申请材料之日起十五日内签发普通护照；对不符合规定不予签发的，应当书面说明理由。
law 《中华人民共和国护照法》|第十一条|有下列情形之一的，护照持有人可以按照规定申请换发或者补发护照：（一）护照有效期即将届满的；（二）护照签证页即将使用完毕的；（三）护照损毁不能使用的；（四）护照遗失或者被盗的；（五）有正当理由需要换发或者补发护照的其他情形。[RB]
if 中国公民因定居、探亲、学习、就业、旅行、商务等非公务原因出国，且不属于法定不准出境的情形[N]
if 护照有效期即将届满、签证页即将用完、护照损毁或者登记项目发生变化[R]
if 护照遗失或者被盗[B]
if 需要加注曾用名、外文姓名、持照人身份信息等[O]
m $crjsq
m 居民身份证|@公安机关|#核验原件
m $crjzp[NRB]
m 原护照|@公安机关出入境管理机构|[RO]
m 护照遗失情况说明|表|#本人签字[B]
m 监护人身份证件和监护关系证明|?未满十六周岁的|#出生医学证明或户口簿等
m 本单位出具的同意出境证明|?国家工作人员申请的|@所在单位
fee $hz[NRB]
fee 加注每项20元|《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）[O]
q 户口不在本地可以办护照吗？|可以。普通护照已实行全国通办，可以在本区出入境窗口申请，无需回户籍地办理。
q 护照可以邮寄吗？|可以。申请时选择邮政速递送证，证件制作完成后寄送到指定地址，邮费由申请人承担。

== 往来港澳通行证{}|XK|P|N|15/7|N=首次申请 R=换发 B=补发
out 往来港澳通行证
short 港澳通行证
law 《中华人民共和国出境入境管理法》|第九条|中国公民出境入境，应当依法申请办理护照或者其他旅行证件。中国公民前往其他国家或者地区，还需要取得前往国签证或者其他入境许可证明。
law 《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》|第三条|内地公民因私事前往香港、澳门，凭我国公安机关签发的前往港澳通行证或者往来港澳通行证及有效签注出入境。
if 内地居民因旅游、探亲、商务、学习等私事往来香港、澳门特别行政区，且不属于法定不准出境的情形[N]
if 往来港澳通行证有效期即将届满、证件损毁或者登记项目发生变化[R]
if 往来港澳通行证遗失或者被盗[B]
m $crjsq
m 居民身份证|@公安机关|#核验原件
m $crjzp
m 原往来港澳通行证|@公安机关出入境管理机构|[R]
m 证件遗失情况说明|表|[B]
m 监护人身份证件和监护关系证明|?未满十六周岁的
fee $gatxz
q 办证时能同时办签注吗？|可以。首次申请时可以同时申请团队旅游、个人旅游、探亲等签注。

== 往来港澳通行证签注|XK|S|N|7/0
out 往来港澳通行证签注
short 港澳签注
net
visits 0
law 《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》|第七条|申请前往香港、澳门探亲、旅游、商务等，应当申请相应的签注。
if 持有效往来港澳通行证，申请团队旅游、个人旅游、探亲、商务等签注
m 有效的往来港澳通行证|@公安机关出入境管理机构
m 居民身份证|@公安机关|#在自助签注机上核验
m 探亲、商务等事由证明|复|?申请探亲、商务签注的
fee $qz
q 在哪里可以自助签注？|可以在本中心出入境窗口的自助签注机上办理，也可以通过国家移民管理局政务服务平台在线申请，当场或在线取得签注。

== 往来台湾通行证{}|XK|P|N|15/7|N=首次申请 R=换发 B=补发
out 往来台湾通行证
short 台湾通行证
law 《中国公民往来台湾地区管理办法》|第五条|大陆居民前往台湾，凭公安机关出入境管理部门签发的旅行证件，从开放的或者指定的出入境口岸通行。
law 《中国公民往来台湾地区管理办法》|第六条|大陆居民申请前往台湾，须向户口所在地的市、县公安局出入境管理部门提出申请。
if 大陆居民因旅游、探亲、商务等事由往来台湾地区，且不属于法定不准出境的情形[N]
if 往来台湾通行证有效期即将届满、证件损毁或者登记项目发生变化[R]
if 往来台湾通行证遗失或者被盗[B]
m $crjsq
m 居民身份证|@公安机关|#核验原件
m $crjzp
m 原往来台湾通行证|@公安机关出入境管理机构|[R]
m 证件遗失情况说明|表|[B]
fee $twtxz

== 往来台湾通行证签注|XK|S|N|7/0
out 往来台湾通行证签注
short 赴台签注
law 《中国公民往来台湾地区管理办法》|第七条|大陆居民申请前往台湾，须履行签注手续。
if 持有效往来台湾通行证，因探亲、商务、学习等事由申请赴台签注
m 有效的往来台湾通行证|@公安机关出入境管理机构
m 居民身份证|@公安机关
m 赴台事由证明|复|?申请探亲、商务等签注的|#台湾地区邀请方证明等
fee $qz

== 出入境记录查询|GG|S|N|1/0
net
visits 0
law 《中华人民共和国出境入境管理法》|第十条|中国公民往来内地与香港特别行政区、澳门特别行政区，中国公民往来大陆与台湾地区，应当依法申请办理通行证件，并遵守本法有关规定。
law 《出入境记录查询服务规定》|第三条|中国公民可以向公安机关出入境管理机构申请查询本人的出入境记录。
if 中国公民申请查询本人出入境记录
m 居民身份证|@公安机关|#核验原件
m $wts
out 出入境记录查询结果
q 查询结果可以用于办理什么？|可以用于办理社会保险、个人所得税、签证申请等业务时证明本人出入境情况。

== 外国人住宿登记|GG|S|NL|1/0
law 《中华人民共和国出境入境管理法》|第三十九条|外国人在中国境内旅馆住宿的，旅馆应当按照旅馆业治安管理的有关规定为其办理住宿登记。外国人在旅馆以外的其他住所居住或者住宿的，应当在入住后二十四小时内由本人或者留宿人，向居住地的公安机关办理登记。
if 外国人在本区旅馆以外的其他住所居住或者住宿
m 外国人护照及有效签证或居留许可|@外国政府及我国出入境管理机构
m 留宿人身份证件|@公安机关
m 住房证明|复|#房屋产权证明或租赁合同
out 境外人员住宿登记表
net

@cgs
sec 车辆管理所登记科
== 机动车注册登记|QR|S|NL|2/0
short 新车上牌
law 《中华人民共和国道路交通安全法》|第八条|国家对机动车实行登记制度。机动车经公安机关交通管理部门登记后，方可上道路行驶。
law 《机动车登记规定》|第十条|初次申领机动车号牌、行驶证的，机动车所有人应当向住所地的车辆管理所申请注册登记。
if 机动车所有人住所在本市，机动车已取得合格证明，已投保交强险，已缴纳车辆购置税
m 机动车注册登记申请表|表
m $jdc
m 机动车整车出厂合格证明或者进口机动车进口凭证|@生产企业或海关
m 机动车销售统一发票|电|@销售企业
m 车辆购置税完税证明或免税证明|电|@税务机关|#已联网核查的免于提交
m $jqx
m $wts
fee $hp
out 机动车号牌、行驶证和登记证书
q 买新车可以在4S店直接上牌吗？|可以。本市已在部分汽车销售企业设立“车管所服务站”，购车时可一站式办理注册登记和号牌选取。

== 机动车转移登记|QR|S|NL|2/0
out 机动车行驶证和登记证书（转移登记记载）
short 二手车过户
law 《中华人民共和国道路交通安全法》|第十二条|机动车所有权发生转移的，应当办理相应的登记。
law 《机动车登记规定》|第二十五条|已注册登记的机动车所有权发生转移的，现机动车所有人应当自机动车交付之日起三十日内向登记地车辆管理所申请转移登记。
if 已注册登记的机动车所有权发生转移，机动车已完成检验、无未处理的交通违法和事故
m 机动车转移登记申请表|表
m 现机动车所有人的身份证明|@公安机关
m 机动车所有权转移的证明、凭证|#二手车销售统一发票、人民法院调解书等
m $djzs
m $xsz
m $wts
fee 机动车行驶证每本10元；办理新号牌的，汽车号牌每副100元|《国家发展改革委 财政部关于公安部门收取机动车号牌工本费等收费标准的通知》（发改价格〔2004〕2831号）
q 二手车可以异地过户吗？|可以。小型非营运二手车已实行交易登记“跨省通办”，在车辆所在地或者买方住所地都可以办理。

== 机动车变更登记|QR|S|NL|2/0
out 机动车行驶证和登记证书（变更登记记载）
law 《中华人民共和国道路交通安全法》|第十二条|有下列情形之一的，应当办理相应的登记：……（三）机动车用途改变的；（四）机动车更换发动机的；（五）机动车更换车身或者车架的。
law 《机动车登记规定》|第十五条|已注册登记的机动车有改变车身颜色、更换发动机、更换车身或者车架等情形的，机动车所有人应当向登记地车辆管理所申请变更登记。
if 改变车身颜色、更换发动机、更换车身或车架、因质量问题更换整车、营运与非营运之间转换，或者所有人住所迁出迁入车管所管辖区域
m 机动车变更登记申请表|表
m $jdc
m $djzs
m $xsz
m 变更事项的证明材料|#如发动机、车身的来历证明
fee 机动车行驶证每本10元|《国家发展改革委 财政部关于公安部门收取机动车号牌工本费等收费标准的通知》（发改价格〔2004〕2831号）

== 机动车{}登记|QR|S|NL|1/0|N=抵押 X=解除抵押
out 机动车登记证书（记载抵押或解除抵押事项）
short 机动车抵押登记
law 《中华人民共和国民法典》|第四百零三条|以动产抵押的，抵押权自抵押合同生效时设立；未经登记，不得对抗善意第三人。
law 《机动车登记规定》|第三十二条|机动车作为抵押物抵押的，机动车所有人和抵押权人应当向登记地车辆管理所申请抵押登记；抵押权消灭的，应当向登记地车辆管理所申请解除抵押登记。
if 机动车所有人以机动车作抵押，与抵押权人签订抵押合同[N]
if 抵押权消灭，抵押权人同意解除抵押[X]
m 机动车抵押登记（解除抵押登记）申请表|表
m 机动车所有人和抵押权人的身份证明|复|
m $djzs
m 机动车抵押合同|复|[N]
m 抵押权人同意解除抵押的证明|[X]
q 车贷还清后银行能代办解押吗？|可以。金融机构可以通过“交管12123”APP在线申请解除抵押登记，无需车主到场。[X]

== 机动车注销登记|QR|S|NL|1/0
law 《中华人民共和国道路交通安全法》|第十四条|达到报废标准的机动车不得上道路行驶。报废的大型客、货车及其他营运车辆应当在公安机关交通管理部门的监督下解体。
law 《机动车登记规定》|第三十七条|已达到国家强制报废标准的机动车，机动车所有人向机动车回收企业交售机动车时，应当填写申请表，提交机动车登记证书、号牌和行驶证。
if 机动车已达到国家强制报废标准、自愿报废、灭失或者因故不在我国境内使用
m 机动车注销登记申请表|表
m $jdc
m 报废机动车回收证明|?报废的|@报废机动车回收企业
m 机动车灭失证明|?机动车灭失的|#公安机关或保险公司出具
m $djzs
m 机动车号牌和行驶证|#交回
out 机动车注销证明书

== 补领机动车号牌|QR|P|NL|15/5
law 《机动车登记规定》|第五十二条|机动车号牌灭失、丢失或者损毁的，机动车所有人应当向登记地车辆管理所申请补领、换领号牌。车辆管理所应当审查提交的证明、凭证，收回未灭失、丢失或者损毁的号牌，自受理之日起十五日内补发、换发号牌，原机动车号牌号码不变。
if 机动车号牌灭失、丢失或者损毁
m 补领换领机动车牌证申请表|表
m $jdc
m 未灭失的号牌|?一面号牌丢失的|#交回另一面号牌
fee 汽车号牌每副100元，摩托车号牌每副35元|《国家发展改革委 财政部关于公安部门收取机动车号牌工本费等收费标准的通知》（发改价格〔2004〕2831号）
out 机动车号牌
q 补发期间车辆能上路吗？|可以向车辆管理所申领临时号牌，凭临时号牌在有效期内上路行驶。

== 机动车行驶证{}|QR|S|NL|1/0|B=补领 O=换领
out 机动车行驶证
short 行驶证补换
law 《机动车登记规定》|第五十二条|机动车行驶证灭失、丢失或者损毁的，机动车所有人应当向登记地车辆管理所申请补领、换领。车辆管理所应当审查提交的证明、凭证，收回损毁的行驶证，自受理之日起一日内补发、换发行驶证。
if 机动车行驶证灭失、丢失[B]
if 机动车行驶证损毁、污损无法辨认[O]
m 补领换领机动车牌证申请表|表
m $jdc
m 损毁的行驶证|[O]
fee 机动车行驶证每本10元|《国家发展改革委 财政部关于公安部门收取机动车号牌工本费等收费标准的通知》（发改价格〔2004〕2831号）
net
visits 0

== 机动车登记证书{}|QR|S|NL|1/0|B=补领 O=换领
out 机动车登记证书
short 登记证书补换
law 《机动车登记规定》|第五十三条|机动车登记证书灭失、丢失或者损毁的，机动车所有人应当向登记地车辆管理所申请补领、换领。车辆管理所应当审查提交的证明、凭证，收回损毁的登记证书，自受理之日起一日内补发、换发登记证书。
if 机动车登记证书灭失、丢失[B]
if 机动车登记证书损毁[O]
m 补领换领机动车牌证申请表|表
m $jdc
m 损毁的登记证书|[O]
fee 机动车登记证书每本10元|《国家发展改革委 财政部关于公安部门收取机动车号牌工本费等收费标准的通知》（发改价格〔2004〕2831号）

== 机动车检验合格标志核发|QR|S|NL|1/0
short 车辆年检
net
law 《中华人民共和国道路交通安全法》|第十三条|对登记后上道路行驶的机动车，应当依照法律、行政法规的规定，根据车辆用途、载客载货数量、使用年限等不同情况，定期进行安全技术检验。对提供机动车行驶证和机动车第三者责任强制保险单的，机动车安全技术检验机构应当予以检验。
law 《机动车登记规定》|第五十四条|机动车所有人可以在机动车检验有效期满前三个月内向登记地车辆管理所申请检验合格标志。
if 机动车已在检验有效期内检验合格（6年内免检车辆除外），无未处理的交通违法和事故
m $xsz
m $jqx
m 机动车安全技术检验报告|电|@机动车安全技术检验机构|#6年内免检车辆无需提交
out 电子检验合格标志
q 私家车多久检验一次？|非营运小型、微型载客汽车6年以内免予上线检验（每2年申领一次检验标志），6年至10年每2年检验一次，10年以上每年检验一次。

== 临时行驶车号牌核发|QR|S|NL|1/0
out 临时行驶车号牌
short 临时号牌
net
law 《机动车登记规定》|第四十三条|机动车具有下列情形之一，需要临时上道路行驶的，机动车所有人应当向车辆管理所申领临时行驶车号牌：（一）未销售的；（二）购买、调拨、赠予等方式获得机动车后尚未注册登记的……
if 新购车辆尚未注册登记，或者因转籍、检验等需要临时上道路行驶
m $jdc
m 机动车来历证明|电|#机动车销售统一发票等
m 机动车整车出厂合格证明|复|
m $jqx
fee 临时行驶车号牌每张5元|《国家发展改革委 财政部关于公安部门收取机动车号牌工本费等收费标准的通知》（发改价格〔2004〕2831号）

== 机动车联系方式变更备案|BA|S|NL|0/0
net
visits 0
law 《机动车登记规定》|第二十三条|机动车所有人的联系方式变更的，机动车所有人应当向登记地车辆管理所备案。
if 机动车所有人的住所、邮寄地址、手机号码等联系方式发生变化
m $jdc
out 备案结果

== 非营运小型载客汽车号牌号码选取|GG|S|N|0/0
short 自编号牌选号
net
law 《机动车登记规定》|第十一条|车辆管理所应当自受理申请之日起二日内，查验机动车……确定机动车号牌号码。机动车号牌号码通过计算机自动选取或者由机动车所有人依照机动车号牌标准自行编排。
if 办理非营运小型载客汽车注册登记的机动车所有人
m $jdc
out 机动车号牌号码
q 选号可以在网上选吗？|可以。通过“交管12123”APP互联网选号，从“50选1”或自编号牌中选取。

sec 车辆管理所驾驶证科
== 机动车驾驶证初次申领|XK|P|N|20/20
short 考驾照
visits 2
law 《中华人民共和国道路交通安全法》|第十九条|驾驶机动车，应当依法取得机动车驾驶证。申请机动车驾驶证，应当符合国务院公安部门规定的驾驶许可条件；经考试合格后，由公安机关交通管理部门发给相应类别的机动车驾驶证。
law 《机动车驾驶证申领和使用规定》|第十三条|申请机动车驾驶证的人，应当符合规定的年龄、身体条件，初次申领的可以申请小型汽车、小型自动挡汽车、轻便摩托车等准驾车型。
if 年满18周岁，身体条件符合规定，不属于不得申领驾驶证的情形
m 机动车驾驶证申请表|表
m 申请人身份证明|@公安机关
m 机动车驾驶人身体条件证明|@县级或部队团级以上医疗机构|#已实现电子化上传的免于提交
m 驾驶人照片|电|#医疗机构体检时同步采集
fee $jsz
out 机动车驾驶证
q 考驾照要多长时间？|科目一、科目二、科目三依次预约考试，取决于学习进度和考试预约情况；全部考试合格后当日即可领取驾驶证。

== 机动车驾驶证{}|QR|S|N|1/0|R=期满换证 B=遗失补证 O=转入换证
out 机动车驾驶证
short 驾驶证换证补证
law 《机动车驾驶证申领和使用规定》|第五十六条|机动车驾驶人应当于机动车驾驶证有效期满前九十日内，向机动车驾驶证核发地或者核发地以外的车辆管理所申请换证。[R]
law 《机动车驾驶证申领和使用规定》|第六十二条|机动车驾驶证遗失的，机动车驾驶人应当向机动车驾驶证核发地或者核发地以外的车辆管理所申请补发。[B]
law 《机动车驾驶证申领和使用规定》|第五十七条|机动车驾驶人户籍迁出原车辆管理所管辖区的，可以向迁入地车辆管理所申请换证。[O]
if 机动车驾驶证有效期满前九十日内[R]
if 机动车驾驶证遗失且未被公安机关依法扣押、扣留或暂扣[B]
if 驾驶人户籍或居住地迁入本市，需要将驾驶证转入本市[O]
m 申请人身份证明|@公安机关
m 机动车驾驶人身体条件证明|@医疗机构|#已联网上传的免于提交[RO]
m 原机动车驾驶证|@公安机关交通管理部门|[RO]
fee $jsz
q 驾驶证可以在网上换证吗？|可以。驾驶证期满换证、遗失补证可以通过“交管12123”APP申请，新证邮寄到家。

== 机动车驾驶证增加准驾车型申领|XK|P|N|20/20
out 机动车驾驶证
short 驾照增驾
visits 2
law 《机动车驾驶证申领和使用规定》|第十四条|已持有机动车驾驶证，申请增加准驾车型的，应当在本记分周期和申请前最近一个记分周期内没有记满12分记录，并符合规定的驾龄要求。
if 已持有机动车驾驶证，在本记分周期和申请前最近一个记分周期内没有记满12分记录，符合增驾车型的驾龄条件
m 机动车驾驶证申请表|表
m 申请人身份证明|@公安机关
m 机动车驾驶人身体条件证明|@医疗机构
m 原机动车驾驶证|@公安机关交通管理部门
fee $jsz

== 机动车驾驶证审验|QR|S|N|1/0
short 驾驶证审验
law 《中华人民共和国道路交通安全法实施条例》|第二十六条|机动车驾驶人在机动车驾驶证的6年有效期内，每个记分周期均未记满12分的，换发10年有效期的机动车驾驶证。
law 《机动车驾驶证申领和使用规定》|第七十三条|持有大型客车、重型牵引挂车、城市公交车、中型客车、大型货车驾驶证的驾驶人，应当在每个记分周期结束后三十日内到公安机关交通管理部门接受审验。
if 持大中型客货车驾驶证的驾驶人在记分周期结束后接受审验，或者驾驶证有记满12分记录的驾驶人
m 申请人身份证明|@公安机关
m 机动车驾驶证|@公安机关交通管理部门
m 机动车驾驶人身体条件证明|?年龄在60周岁以上或者持有大中型客货车驾驶证的|@医疗机构
out 审验结果

== 机动车驾驶人提交身体条件证明|QR|S|N|1/0
short 驾驶人体检
net
law 《机动车驾驶证申领和使用规定》|第七十七条|年龄在70周岁以上的机动车驾驶人，应当每年进行一次身体检查，在记分周期结束后三十日内，提交医疗机构出具的有关身体条件的证明。
if 年龄在70周岁以上，或者持有大中型客货车驾驶证需要定期提交身体条件证明的驾驶人
m 机动车驾驶人身体条件证明|@医疗机构|#已联网的医疗机构体检后自动上传
m 机动车驾驶证|@公安机关交通管理部门
out 身体条件证明提交结果

== 机动车驾驶证延期换证|QR|S|N|1/0
net
law 《机动车驾驶证申领和使用规定》|第六十八条|机动车驾驶人因服兵役、出国（境）等原因，无法在规定时间内办理驾驶证期满换证、审验、提交身体条件证明的，可以向机动车驾驶证核发地车辆管理所申请延期办理。延期期限最长不超过三年。
if 因服兵役、出国（境）等原因，无法在规定时间内办理驾驶证期满换证
m 申请人身份证明|@公安机关
m 延期事由证明|复|#出国（境）证明、服兵役证明等
m $wts
out 延期办理凭证

== 机动车驾驶证注销|QR|S|N|1/0
law 《机动车驾驶证申领和使用规定》|第七十九条|机动车驾驶人具有死亡、身体条件不适合驾驶机动车、提出注销申请等情形之一的，车辆管理所应当注销其机动车驾驶证。
if 驾驶人本人提出注销申请，或者身体条件不适合驾驶机动车、死亡
m 申请人身份证明|@公安机关
m 机动车驾驶证|@公安机关交通管理部门|#交回
out 注销凭证
net

== 恢复驾驶资格|QR|P|N|20/5
out 机动车驾驶证
law 《机动车驾驶证申领和使用规定》|第八十条|机动车驾驶证被注销不超过二年的，机动车驾驶人可以申请恢复驾驶资格，考试科目一合格后恢复驾驶资格。
if 因驾驶证超过有效期、未按规定审验等原因被注销不超过二年，考试科目一合格
m 机动车驾驶证申请表|表
m 申请人身份证明|@公安机关
m 机动车驾驶人身体条件证明|@医疗机构
fee $jsz

== 境外机动车驾驶证换证|XK|P|N|20/5
out 机动车驾驶证
law 《机动车驾驶证申领和使用规定》|第十八条|持有境外机动车驾驶证的人，符合本规定的申请条件，考试科目一合格后，可以申请对应准驾车型的机动车驾驶证。
if 持有境外机动车驾驶证，符合申请条件，在境外驾驶证有效期内申请换领
m 机动车驾驶证申请表|表
m 申请人身份证明|#护照、居留许可等
m 境外机动车驾驶证及其中文翻译文本|#翻译文本由具有翻译资格的机构出具
m 机动车驾驶人身体条件证明|@医疗机构
fee $jsz

== 电动自行车{}|QR|S|N|1/0|N=注册登记 X=注销登记 B=补领号牌
short 电动车上牌
law 《中华人民共和国道路交通安全法》|第十八条|依法应当登记的非机动车，经公安机关交通管理部门登记后，方可上道路行驶。依法应当登记的非机动车的种类，由省、自治区、直辖市人民政府根据当地实际情况规定。
law 《河南省实施〈中华人民共和国道路交通安全法〉办法》|第十条|电动自行车实行登记制度。电动自行车经公安机关交通管理部门登记，取得号牌和行驶证后，方可上道路行驶。
if 电动自行车符合国家标准并列入产品目录，购买后申请登记[N]
if 电动自行车报废、灭失或者所有人申请注销[X]
if 电动自行车号牌丢失或者损毁[B]
m 车辆所有人身份证件|@公安机关
m 电动自行车购车发票和产品合格证|复|[N]
m 电动自行车号牌和行驶证|#交回[X]
out 电动自行车号牌和行驶证
addr 平顶山高新区行政服务中心一楼B区车管窗口，也可到高新区交警大队非机动车登记点办理
q 电动车上牌收费吗？|不收费，号牌由公安机关交通管理部门免费发放。
""";

}

/** 人力资源和社会保障局. */
final class T07 {

	static final String TEXT = """
defmat ldht 劳动合同|复|#与本区用人单位签订
defmat jycyz 就业创业证|@公共就业服务机构|#电子证照可免于提交
@rlzyhshbzj
sec 公共就业服务中心
== 就业登记|QR|S|NL|0/0
short 就业登记
net
law 《就业服务与就业管理规定》|第六十二条|劳动者被用人单位招用的，由用人单位为劳动者办理就业登记。用人单位招用劳动者和与劳动者终止或者解除劳动关系，应当到当地公共就业服务机构备案，为劳动者办理就业登记手续。
if 用人单位招用劳动者，或者劳动者从事个体经营、灵活就业
m 就业登记表|电|表
m 劳动者身份证件|@公安机关
m $ldht|?用人单位招用的
out 就业登记信息
q 灵活就业人员也能做就业登记吗？|可以。从事个体经营或灵活就业的人员，可以本人在“豫事办”APP或窗口办理就业登记。

== 失业登记|QR|S|N|0/0
net
law 《就业服务与就业管理规定》|第六十三条|在法定劳动年龄内，有劳动能力，有就业要求，处于无业状态的城镇常住人员，可以到常住地的公共就业服务机构进行失业登记。
law 《中华人民共和国就业促进法》|第五十二条|各级人民政府建立健全就业援助制度，采取税费减免、贷款贴息、社会保险补贴、岗位补贴等办法，通过公益性岗位安置等途径，对就业困难人员实行优先扶持和重点帮助。
if 在法定劳动年龄内，有劳动能力，有就业要求，处于无业状态
m $sfz
m 解除或终止劳动关系的证明|复|?原为单位职工的
out 失业登记信息
q 失业登记后能享受什么服务？|可以免费享受职业介绍、职业指导、职业培训等公共就业服务，符合条件的可以申领失业保险金或认定为就业困难人员。

== 就业创业证{}|QR|S|N|0/0|N=申领 B=补发
short 就业创业证
net
law 《就业服务与就业管理规定》|第六十五条|公共就业服务机构应当对登记失业人员提供《就业创业证》，作为享受公共就业服务和就业扶持政策的凭证。
if 已办理就业登记或失业登记的劳动者[N]
if 就业创业证遗失或损毁[B]
m $sfz
out 就业创业证（电子证照）

== 就业困难人员认定|QR|P|N|15/5
law 《中华人民共和国就业促进法》|第五十二条|就业困难人员是指因身体状况、技能水平、家庭因素、失去土地等原因难以实现就业，以及连续失业一定时间仍未能实现就业的人员。就业困难人员的具体范围，由省、自治区、直辖市人民政府根据本行政区域的实际情况规定。
if 已办理失业登记，属于大龄失业人员、残疾人、零就业家庭成员、享受城乡居民最低生活保障人员、连续失业一年以上人员等情形
m 就业困难人员认定申请表|表
m $sfz
m 相关情形证明材料|复|#残疾人证、低保证等，能通过部门共享核验的免于提交
site
out 就业困难人员认定结果

== 失业保险金申领|JF|S|N|20/0
short 失业金
net
law 《中华人民共和国社会保险法》|第四十五条|失业人员符合下列条件的，从失业保险基金中领取失业保险金：（一）失业前用人单位和本人已经缴纳失业保险费满一年的；（二）非因本人意愿中断就业的；（三）已经进行失业登记，并有求职要求的。
law 《中华人民共和国社会保险法》|第五十条|用人单位应当及时为失业人员出具终止或者解除劳动关系的证明，并将失业人员的名单自终止或者解除劳动关系之日起十五日内告知社会保险经办机构。
if 失业前用人单位和本人已经缴纳失业保险费满一年，非因本人意愿中断就业，已办理失业登记并有求职要求
m $sfz
m 解除或终止劳动关系的证明|复|@原用人单位
m $yhzh
out 失业保险金核定结果
q 失业保险金能领多久？|累计缴费满1年不足5年的最长领取12个月；满5年不足10年的最长18个月；10年以上的最长24个月。

== 失业人员丧葬补助金和抚恤金申领|JF|P|N|20/5
net
law 《中华人民共和国社会保险法》|第四十九条|失业人员在领取失业保险金期间死亡的，参照当地对在职职工死亡的规定，向其遗属发给一次性丧葬补助金和抚恤金。
if 失业人员在领取失业保险金期间死亡，其遗属申领丧葬补助金和抚恤金
m 申领人身份证件|@公安机关
m 死亡证明|复|@医疗机构或公安机关
m 申领人与死者的关系证明|复|
m $yhzh

== 失业保险关系转移接续|GG|P|N|15/5
law 《失业保险条例》|第二十二条|城镇企业事业单位成建制跨统筹地区转移，失业人员跨统筹地区流动的，失业保险关系随之转迁。
if 参保人员跨统筹地区就业或失业人员跨统筹地区流动
m $sfz
m 失业保险关系转移申请表|表
out 失业保险关系转移凭证
net

== 失业保险稳岗返还|JF|P|L|20/10
net
law 《失业保险条例》|第十条|失业保险基金用于下列支出：……（四）国务院规定或者批准的与失业保险有关的其他费用。
law 《人力资源社会保障部办公厅 财政部办公厅 国家税务总局办公厅关于做好失业保险稳岗位提技能防失业工作的通知》|第一条|继续实施失业保险稳岗返还政策，对不裁员或少裁员的参保企业按规定予以返还。
if 依法参加失业保险并足额缴纳失业保险费，上年度未裁员或裁员率不高于规定比例的企业
m 稳岗返还申请（免申即享确认）|电|#符合条件的企业通过系统比对后直接拨付，无需提交纸质材料
m 企业对公账户信息|复|
out 稳岗返还拨付结果
q 稳岗返还需要企业主动申请吗？|本区实行“免申即享”，系统比对符合条件的企业名单并公示后，资金直接拨付至企业对公账户。

== 职业技能培训补贴申领|JF|P|N|30/15
net
law 《就业补助资金管理办法》|第六条|享受职业培训补贴的人员范围包括：贫困家庭子女、毕业年度高校毕业生、城乡未继续升学的应届初高中毕业生、农村转移就业劳动者、城镇登记失业人员。
if 参加政府补贴职业技能培训并取得职业资格证书、职业技能等级证书或专项职业能力证书
m $sfz
m 职业资格证书、职业技能等级证书或专项职业能力证书|复|
m $yhzh
out 职业培训补贴审核结果

== 技能提升补贴申领|JF|P|N|30/15
net
law 《人力资源社会保障部 财政部关于失业保险支持参保职工提升职业技能有关问题的通知》|第一条|参加失业保险累计缴费1年以上，当年取得初级（五级）、中级（四级）、高级（三级）职业资格证书或职业技能等级证书的企业职工，可申请参保职工技能提升补贴。
if 参加失业保险累计缴费1年以上，在职期间取得职业资格证书或职业技能等级证书
m $sfz
m 职业资格证书或职业技能等级证书|电|#已联网核验的无需提交
m $yhzh
out 技能提升补贴审核结果
q 每个证书能领多少钱？|取得初级（五级）、中级（四级）、高级（三级）证书的，补贴标准分别为1000元、1500元、2000元，同一职业同一等级只能申请一次。

== 创业担保贷款申请|JF|P|NL|15/10
short 创业贷款
law 《财政部 人力资源社会保障部 中国人民银行关于进一步做好创业担保贷款财政贴息工作的通知》|第二条|符合条件的个人创业担保贷款最高额度为20万元，小微企业贷款额度最高不超过300万元，贷款期限最长不超过3年。
if 城镇登记失业人员、就业困难人员、复员转业退役军人、返乡创业农民工、网络商户等重点群体，在本区自主创业并已办理营业执照
if 本人及配偶无不良信用记录，除助学贷款、住房贷款、车辆贷款外无其他贷款
m 创业担保贷款申请表|表
m $sfz
m $yyzz
m 属于重点群体的证明材料|复|#退役证、就业创业证等
m 创业项目经营情况说明|
site
out 创业担保贷款审核意见
nomail
q 创业担保贷款要付利息吗？|借款人承担LPR减150个基点以下部分的利息，其余部分由财政贴息，按规定按期还款的可以享受全额贴息期。

== 一次性创业补贴申领|JF|P|N|30/15
law 《就业补助资金管理办法》|第十条|对首次创办小微企业或从事个体经营，且所创办企业或个体工商户自工商登记注册之日起正常运营1年以上的离校2年内高校毕业生、就业困难人员，给予一次性创业补贴。
if 首次创办小微企业或从事个体经营，正常运营1年以上，属于离校2年内高校毕业生、就业困难人员等
m 一次性创业补贴申请表|表
m $sfz
m $yyzz
m 带动就业人员劳动合同和社会保险缴费证明|复|?带动就业的
m $yhzh
out 一次性创业补贴审核结果

== 灵活就业人员社会保险补贴申领|JF|P|N|30/15
law 《就业补助资金管理办法》|第七条|对就业困难人员灵活就业后缴纳的社会保险费，给予一定数额的社会保险补贴，补贴标准原则上不超过其实际缴费的2/3，补贴期限最长不超过3年。
if 已认定的就业困难人员和离校2年内未就业高校毕业生实现灵活就业并缴纳社会保险费
m 灵活就业社会保险补贴申请表|表
m $sfz
m 社会保险费缴费凭证|复|@税务机关|#可通过部门共享核验
m $yhzh
out 社会保险补贴审核结果

== 吸纳就业困难人员社会保险补贴申领|JF|P|L|30/15
law 《就业补助资金管理办法》|第七条|对招用就业困难人员并缴纳社会保险费的单位，按其为就业困难人员实际缴纳的基本养老保险费、基本医疗保险费和失业保险费给予补贴。
if 用人单位招用就业困难人员，签订劳动合同并缴纳社会保险费
m 单位吸纳就业困难人员社会保险补贴申请表|表|#加盖公章
m $yyzz
m 招用人员名单及劳动合同|复|
m 单位对公账户信息|复|
out 社会保险补贴审核结果

== 公益性岗位补贴申领|JF|P|L|30/15
law 《就业补助资金管理办法》|第八条|对公益性岗位安置的就业困难人员给予岗位补贴，补贴标准参照当地最低工资标准执行。
if 通过公益性岗位安置就业困难人员，并与其签订劳动合同的单位
m 公益性岗位补贴申请表|表|#加盖公章
m 上岗人员名单及劳动合同|复|
m 工资发放凭证|复|
out 岗位补贴审核结果

== 就业见习补贴申领|JF|P|L|30/15
law 《就业补助资金管理办法》|第九条|对吸纳离校2年内未就业高校毕业生参加就业见习的单位，给予一定标准的就业见习补贴，用于见习单位支付见习人员见习期间基本生活费、为见习人员办理人身意外伤害保险，以及对见习人员的指导管理费用。
if 经认定的就业见习基地吸纳离校2年内未就业高校毕业生或16-24岁失业青年参加见习
m 就业见习补贴申请表|表|#加盖公章
m 见习协议|复|
m 见习人员生活费发放凭证和意外伤害保险凭证|复|
out 见习补贴审核结果

== 求职创业补贴申领|JF|P|N|20/10
net
law 《就业补助资金管理办法》|第十二条|对在毕业年度有就业创业意愿并积极求职创业的低保家庭、零就业家庭、贫困残疾人家庭、建档立卡贫困家庭高校毕业生和残疾及获得国家助学贷款的高校毕业生，给予一次性求职创业补贴。
if 毕业年度内有求职创业意愿的低保家庭、零就业家庭、残疾、获得国家助学贷款等困难高校毕业生
m 求职创业补贴申请表|表|#由所在高校统一审核报送
m $sfz
m 困难情形证明材料|复|
out 求职创业补贴审核结果

== 高校毕业生就业报到|GG|S|N|0/0
short 毕业生报到
net
law 《就业服务与就业管理规定》|第二十五条|公共就业服务机构应当免费为高校毕业生提供就业信息、职业指导等服务。
if 离校未就业或到本区就业的高校毕业生办理就业报到
m 报到证明或毕业证书|复|
m $sfz
out 报到登记结果

== 流动人员人事档案接收|GG|S|N|0/0
short 档案接收
law 《流动人员人事档案管理服务规定》|第十条|流动人员人事档案可以由公共就业和人才服务机构统一接收管理。
if 户籍或就业地在本区的流动人员，需要将人事档案转入本区公共就业和人才服务机构
m $sfz
m 档案转递通知单|@原档案管理机构|#档案通过机要或专人转递
out 档案接收回执
addr 平顶山高新区行政服务中心二楼C区人才服务窗口

== 流动人员人事档案转递|GG|S|N|0/0
short 档案转出
law 《流动人员人事档案管理服务规定》|第十四条|档案管理服务机构应当根据存档人员就业、流动情况，及时办理档案转递手续，档案转递一般通过机要通信或者专人送取的方式进行。
if 在本区存档的流动人员因就业、升学等需要将档案转出
m $sfz
m 调档函或接收单位出具的档案接收证明|@接收单位
out 档案转递通知单
addr 平顶山高新区行政服务中心二楼C区人才服务窗口

== 流动人员人事档案查（借）阅|GG|S|NL|0/0
short 档案查阅
law 《流动人员人事档案管理服务规定》|第十八条|因工作需要查（借）阅档案的单位，应当出具单位介绍信，由档案管理服务机构审核同意后查（借）阅。
if 用人单位因政审、考察、招录等工作需要查（借）阅在本区存档的流动人员档案
m 单位介绍信|#写明查阅事由
m 查阅人员身份证件|@公安机关
out 档案查阅记录
ch W

== 专业技术人员职称申报受理|QR|R|N|90/60
short 职称申报
law 《职称评审管理暂行规定》|第十六条|申报人应当为本单位在职的专业技术人才，符合职称评审标准条件，按照职称评审委员会规定的程序申报。
if 在本区用人单位从事专业技术工作，达到相应专业技术职务任职资格条件
m 职称评审申报表|表
m 学历证书和现专业技术职务资格证书|复|
m 任现职以来的业绩成果材料|复|#论文、奖励、工作总结等
m 单位推荐意见|#加盖公章
dsec 市级职称评审委员会
out 职称评审结果
ch WO

== 人力资源服务许可|XK|P|L|20/10 X=20/1|N=新办 C=变更 X=注销
cert 人力资源服务许可证
law 《人力资源市场暂行条例》|第十八条|经营性人力资源服务机构从事职业中介活动的，应当依法向人力资源社会保障行政部门申请行政许可，取得人力资源服务许可证。
law 《人力资源市场暂行条例》|第十九条|人力资源社会保障行政部门应当自收到经营性人力资源服务机构从事职业中介活动的申请之日起20日内依法作出行政许可决定。
if 有明确的章程和管理制度，有开展业务必备的固定场所、办公设施和开办资金，有5名以上专职工作人员[N]
m 人力资源服务许可申请书|表|#加盖公章
m $yyzz
m 经营场所产权证明或租赁合同|复|[N]
m 专职工作人员名单及学历证明|复|[N]
m 机构章程和管理制度|[N]
m 变更事项的证明材料|复|[C]
m $wts

== 人力资源服务备案|BA|S|L|0/0
law 《人力资源市场暂行条例》|第十九条|经营性人力资源服务机构开展人力资源供求信息的收集和发布、就业和创业指导、人力资源管理咨询、人力资源测评、人力资源培训、承接人力资源服务外包等人力资源服务业务的，应当自开展业务之日起15日内向人力资源社会保障行政部门备案。
if 开展职业中介以外的人力资源服务业务
m 人力资源服务备案表|表|#加盖公章
m $yyzz
out 备案凭证

== 劳务派遣经营许可|XK|P|L|20/10 X=20/1|N=新办 C=变更 R=延续 X=注销
cert 劳务派遣经营许可证
site
law 《中华人民共和国劳动合同法》|第五十七条|经营劳务派遣业务应当具备下列条件：（一）注册资本不得少于人民币二百万元；（二）有与开展业务相适应的固定的经营场所和设施；（三）有符合法律、行政法规规定的劳务派遣管理制度。经营劳务派遣业务，应当向劳动行政部门依法申请行政许可。
law 《劳务派遣行政许可实施办法》|第十二条|许可机关应当自受理之日起20个工作日内作出是否准予行政许可的决定。
if 注册资本不少于人民币二百万元，有与开展业务相适应的固定经营场所和设施，有符合法律法规规定的劳务派遣管理制度[NR]
m 劳务派遣经营许可申请书|表|#加盖公章
m $yyzz
m 公司章程和验资证明|复|[N]
m 经营场所使用证明|复|[NR]
m 劳动合同、劳务派遣协议样本及劳务派遣管理制度|[NR]
m 变更事项的证明材料|复|[C]
m $wts
renew 60日
q 劳务派遣经营许可证有效期多长？|有效期为3年，需要延续的应当在有效期届满60日前提出延续申请。

== 企业实行不定时工作制和综合计算工时工作制审批|XK|P|L|20/10|N=新办 R=延续
short 特殊工时审批
law 《国务院关于职工工作时间的规定》|第五条|因工作性质或者生产特点的限制，不能实行每日工作8小时、每周工作40小时标准工时制度的，按照国家有关规定，可以实行其他工作和休息办法。
law 《关于企业实行不定时工作制和综合计算工时工作制的审批办法》|第七条|中央直属企业实行不定时工作制和综合计算工时工作制等其他工作和休息办法的，经国务院行业主管部门审核，报国务院劳动行政部门批准。地方企业实行不定时工作制和综合计算工时工作制等其他工作和休息办法的审批办法，由各省、自治区、直辖市人民政府劳动行政部门制定。
if 因工作性质或生产特点不能实行标准工时制度，已听取工会和职工意见
m 实行特殊工时制度申请表|表|#加盖公章
m $yyzz
m 涉及岗位、人数及工作时间安排说明|
m 工会或职工代表大会意见|
m 上一期审批决定书|@人力资源和社会保障部门|[R]
out 特殊工时制度审批决定书
site

== 劳动用工备案|BA|S|L|0/0
net
law 《中华人民共和国劳动合同法》|第七条|用人单位自用工之日起即与劳动者建立劳动关系。用人单位应当建立职工名册备查。
law 《关于建立劳动用工备案制度的通知》|第二条|用人单位招用职工或与职工终止、解除劳动关系的，应当在规定时间内办理劳动用工备案手续。
if 用人单位招用职工、与职工终止或解除劳动关系
m 劳动用工备案表|电|表
out 备案信息

== 集体合同审查|QT|P|L|15/10
law 《中华人民共和国劳动合同法》|第五十四条|集体合同订立后，应当报送劳动行政部门；劳动行政部门自收到集体合同文本之日起十五日内未提出异议的，集体合同即行生效。
law 《集体合同规定》|第四十二条|集体合同或专项集体合同签订或变更后，应当自双方首席代表签字之日起10日内，由用人单位一方将文本一式三份报送劳动保障行政部门审查。
if 用人单位与职工一方签订或变更集体合同、专项集体合同
m 集体合同文本|x3|#双方首席代表签字
m 职工代表大会或全体职工讨论通过的证明|
m 双方首席代表身份证明|复|
out 集体合同审查意见书

== 企业经济性裁员报告|QT|S|L|0/0
law 《中华人民共和国劳动合同法》|第四十一条|需要裁减人员二十人以上或者裁减不足二十人但占企业职工总数百分之十以上的，用人单位提前三十日向工会或者全体职工说明情况，听取工会或者职工的意见后，裁减人员方案经向劳动行政部门报告，可以裁减人员。
if 企业依照破产法规定进行重整，或者生产经营发生严重困难等，需要裁减人员二十人以上或者占职工总数百分之十以上
m 裁减人员方案|#包括被裁减人员名单、裁减时间及实施步骤、经济补偿办法
m 工会或全体职工的意见|
m 企业生产经营状况说明|
out 裁员报告回执
ch W

sec 社会保险中心
== 社会保险单位{}|QR|S|L|0/0|N=参保登记 C=信息变更登记 X=注销登记
short 单位社保登记
net
law $sbf58
law 《社会保险费申报缴纳管理规定》|第八条|用人单位应当自用工之日起30日内为其职工申报办理社会保险登记。[N]
if 新成立的用人单位首次为职工参加社会保险[N]
if 单位名称、住所、法定代表人、开户银行账号等参保登记信息发生变化[C]
if 用人单位依法终止或者不再具有缴费义务，已结清欠缴的社会保险费[X]
m 社会保险单位参保登记表|电|表
m $yyzz
m 变更事项的证明材料|复|[C]
m 单位注销或终止的证明材料|复|[X]
out 单位社会保险登记信息

== 企业职工基本养老保险个人参保登记|QR|S|N|0/0
short 职工参保登记
net
law 《中华人民共和国社会保险法》|第十条|职工应当参加基本养老保险，由用人单位和职工共同缴纳基本养老保险费。无雇工的个体工商户、未在用人单位参加基本养老保险的非全日制从业人员以及其他灵活就业人员可以参加基本养老保险，由个人缴纳基本养老保险费。
if 用人单位招用的职工，或者个体工商户、灵活就业人员以个人身份参加企业职工基本养老保险
m 参保人员信息登记表|电|表
m $sfz
out 个人参保登记信息
q 灵活就业人员怎么参保？|在本区有灵活就业的，可以本人持身份证到社保窗口或通过“豫事办”APP办理参保登记，再通过税务渠道缴费。

== 社会保险缴费基数申报|QR|S|L|0/0
net
law 《中华人民共和国社会保险法》|第十二条|用人单位应当按照国家规定的本单位职工工资总额的比例缴纳基本养老保险费，记入基本养老保险统筹基金。职工应当按照国家规定的本人工资的比例缴纳基本养老保险费，记入个人账户。
if 参保单位在年度缴费基数申报期内申报职工上年度月平均工资
m 社会保险缴费基数申报表|电|表
out 缴费基数核定结果

== 企业职工基本养老保险关系转移接续|GG|P|N|45/15
short 养老保险转移
net
law 《城镇企业职工基本养老保险关系转移接续暂行办法》|第八条|参保人员跨省流动就业的，由新参保地社保经办机构受理申请，15个工作日内向原参保地发出联系函，原参保地在接到同意接收函后15个工作日内办理转移手续。
if 参保人员跨统筹地区流动就业，在新就业地参保缴费
m 基本养老保险关系转移接续申请表|表
m $sfz
out 养老保险关系转移接续结果
q 转移需要回原参保地吗？|不需要。向新参保地社保经办机构申请即可，也可以通过国家社会保险公共服务平台或掌上12333在线申请。

== 城乡养老保险制度衔接|GG|P|N|45/15
short 城乡养老保险衔接
law 《城乡养老保险制度衔接暂行办法》|第三条|参加城镇职工养老保险和城乡居民养老保险人员，达到城镇职工养老保险法定退休年龄后，城镇职工养老保险缴费年限满15年（含延长缴费至15年）的，可以申请从城乡居民养老保险转入城镇职工养老保险，按照城镇职工养老保险办法计发相应待遇。
if 同时参加过城镇职工养老保险和城乡居民养老保险，需要将养老保险关系衔接
m 城乡养老保险制度衔接申请表|表
m $sfz
out 制度衔接办理结果

== 企业职工正常退休待遇核准|JF|P|N|20/10
short 办理退休
law 《中华人民共和国社会保险法》|第十六条|参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。
law 《国务院关于渐进式延迟法定退休年龄的办法》|第二条|职工达到法定退休年龄但是累计缴费不满最低缴费年限的，可以按照规定延长缴费，也可以弹性提前或延迟退休。
if 达到法定退休年龄，基本养老保险累计缴费年限达到规定的最低缴费年限
m 职工退休申请表|表|#单位盖章或本人签字
m $sfz
m 本人档案|@档案管理机构|#核定出生日期、参加工作时间
m $yhzh
out 养老金核定表
q 可以提前退休吗？|职工达到最低缴费年限的，可以自愿选择弹性提前退休，提前时间最长不超过3年，且退休年龄不得低于原法定退休年龄。

== 企业职工特殊工种提前退休核准|JF|P|N|30/15
short 特殊工种退休
law 《国务院关于工人退休、退职的暂行办法》|第一条|从事井下、高空、高温、特别繁重体力劳动或者其他有害身体健康的工作，男年满五十五周岁、女年满四十五周岁，连续工龄满十年的，应该退休。
if 从事特殊工种累计年限符合规定，且达到特殊工种提前退休年龄
m 特殊工种提前退休申请表|表|#单位盖章
m 本人档案|@档案管理机构|#核查特殊工种工作经历
m $sfz
site
out 退休审批表

== 企业职工因病或非因工致残提前退休核准|JF|P|N|60/30
short 病退
law 《国务院关于工人退休、退职的暂行办法》|第一条|男年满五十周岁、女年满四十五周岁，连续工龄满十年，由医院证明，并经劳动鉴定委员会确认，完全丧失劳动能力的，应该退休。
if 因病或非因工致残，经劳动能力鉴定委员会鉴定完全丧失劳动能力，达到规定年龄
m 因病提前退休申请表|表
m 劳动能力鉴定结论书|@劳动能力鉴定委员会
m $sfz
out 退休审批表

== 企业职工基本养老保险遗属待遇申领|JF|P|N|20/5
short 丧葬费抚恤金
net
law 《中华人民共和国社会保险法》|第十七条|参加基本养老保险的个人，因病或者非因工死亡的，其遗属可以领取丧葬补助金和抚恤金。
if 参保人员因病或非因工死亡，其遗属申领丧葬补助金和抚恤金
m 遗属待遇申领表|表
m 死亡证明|复|@医疗机构或公安机关
m 申领人身份证件和亲属关系证明|复|
m $yhzh

== 个人账户一次性待遇申领|JF|P|N|20/10
law 《中华人民共和国社会保险法》|第十四条|个人账户不得提前支取，记账利率不得低于银行定期存款利率，免征利息税。个人死亡的，个人账户余额可以继承。
if 参保人员死亡或出国（境）定居等情形，个人账户余额依法继承或一次性支付
m 个人账户一次性待遇申请表|表
m 死亡证明或出国（境）定居证明|复|
m 继承人身份证件及继承关系证明|复|?参保人员死亡的
m $yhzh

== 养老待遇{}|JF|S|N|5/0|N=暂停 O=恢复
short 养老金暂停恢复
law 《中华人民共和国社会保险法》|第十六条|参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。
if 领取养老待遇人员服刑、失踪或不再符合领取条件等需要暂停发放[N]
if 暂停发放的原因消除，符合恢复发放条件[O]
m 养老待遇暂停（恢复）申请表|表
m $sfz
m 暂停或恢复原因的证明材料|复|

== 养老保险待遇领取资格认证|GG|S|N|0/0
short 养老金认证
net
law 《人力资源社会保障部关于印发〈社会保险待遇资格认证经办规程（试行）〉的通知》|第三条|社会保险经办机构应当通过信息比对、自助认证、社区服务等方式，对待遇领取人员开展资格认证。
if 按月领取社会保险待遇的人员每年进行一次资格认证
m 本人身份证件|@公安机关|#通过“掌上12333”或“豫事办”APP人脸识别认证
out 认证结果
q 老人不会用手机怎么认证？|可以由子女帮助在手机上操作，也可以到村（社区）便民服务站或社保窗口由工作人员协助认证，行动不便的可以预约上门认证。

== 机关事业单位养老保险参保登记|QR|S|L|0/0
net
law 《国务院关于机关事业单位工作人员养老保险制度改革的决定》|第二条|本决定适用于按照公务员法管理的单位、参照公务员法管理的机关（单位）、事业单位及其编制内的工作人员。
if 机关事业单位及其编制内工作人员参加基本养老保险
m 机关事业单位参保登记表|电|表
m 单位法人证书|复|@机构编制部门或登记管理机关
out 参保登记信息

== 城乡居民基本养老保险参保登记|QR|S|N|0/0
short 居民养老保险参保
net
law 《中华人民共和国社会保险法》|第二十条|国家建立和完善新型农村社会养老保险制度。新型农村社会养老保险实行个人缴费、集体补助和政府补贴相结合。
law 《国务院关于建立统一的城乡居民基本养老保险制度的意见》|第三部分|年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保险。
if 年满16周岁（不含在校学生），不属于职工基本养老保险覆盖范围的本区户籍城乡居民
m 城乡居民基本养老保险参保登记表|表
m 居民户口簿或居民身份证|@公安机关
out 参保登记信息

== 城乡居民基本养老保险待遇申领|JF|P|N|20/10
short 居民养老金领取
net
law 《国务院关于建立统一的城乡居民基本养老保险制度的意见》|第六部分|参加城乡居民养老保险的个人，年满60周岁、累计缴费满15年，且未领取国家规定的基本养老保障待遇的，可以按月领取城乡居民养老保险待遇。
if 年满60周岁，累计缴费满15年（或按规定补缴），未领取其他基本养老保障待遇
m 城乡居民基本养老保险待遇领取申请表|表
m $sfz
m $sbk
out 待遇核定结果

== 城乡居民基本养老保险关系转移|GG|P|N|30/15
net
law 《城乡居民基本养老保险经办规程》|第三十九条|参保人员在缴费期间户籍迁移、需要跨省、市、县转移城乡居民养老保险关系的，可在迁入地申请转移养老保险关系，一次性转移个人账户全部储存额。
if 参保人员在缴费期间户籍跨统筹地区迁移
m 城乡居民基本养老保险关系转入申请表|表
m 居民户口簿|@公安机关
out 转移办理结果

== 城乡居民基本养老保险注销登记|QR|P|N|20/5
out 注销登记结果及个人账户余额支付
law 《城乡居民基本养老保险经办规程》|第四十四条|参保人员出现死亡、丧失国籍、已享受其他基本养老保障待遇等情形的，应当办理注销登记。
if 参保人员死亡、丧失国籍、已享受其他基本养老保障待遇
m 城乡居民基本养老保险注销登记表|表
m 注销事由证明材料|复|#死亡证明、其他养老保障待遇证明等
m 继承人身份证件和银行账户|复|?个人账户余额需要继承的

sec 工伤保险股
== 工伤认定申请|QR|P|NL|60/30
law 《工伤保险条例》|第十七条|职工发生事故伤害或者按照职业病防治法规定被诊断、鉴定为职业病，所在单位应当自事故伤害发生之日或者被诊断、鉴定为职业病之日起30日内，向统筹地区社会保险行政部门提出工伤认定申请。用人单位未按前款规定提出工伤认定申请的，工伤职工或者其近亲属、工会组织在事故伤害发生之日或者被诊断、鉴定为职业病之日起1年内，可以直接向用人单位所在地统筹地区社会保险行政部门提出工伤认定申请。
law 《工伤保险条例》|第二十条|社会保险行政部门应当自受理工伤认定申请之日起60日内作出工伤认定的决定，并书面通知申请工伤认定的职工或者其近亲属和该职工所在单位。
if 职工在工作时间和工作场所内因工作原因受到事故伤害，或者患职业病，或者存在视同工伤的情形
if 在规定的申请时限内提出
m 工伤认定申请表|表
m 与用人单位存在劳动关系的证明材料|复|#劳动合同、工资发放记录等
m 医疗诊断证明或者职业病诊断证明书|复|@医疗机构
m 事故调查材料或证人证言|复|?事故伤害的
site
out 认定工伤或者不予认定工伤决定书
q 单位不给申请工伤认定怎么办？|职工本人或其近亲属、工会组织可以在事故伤害发生之日起1年内直接申请工伤认定。

== 劳动能力{}|QR|P|N|60/40|N=初次鉴定 O=复查鉴定
short 劳动能力鉴定
law 《工伤保险条例》|第二十三条|劳动能力鉴定由用人单位、工伤职工或者其近亲属向设区的市级劳动能力鉴定委员会提出申请，并提供工伤认定决定和职工工伤医疗的有关资料。
law 《工伤保险条例》|第二十五条|设区的市级劳动能力鉴定委员会应当自收到劳动能力鉴定申请之日起60日内作出劳动能力鉴定结论，必要时，作出劳动能力鉴定结论的期限可以延长30日。
law 《工伤保险条例》|第二十八条|自劳动能力鉴定结论作出之日起1年后，工伤职工或者其近亲属、所在单位或者经办机构认为伤残情况发生变化的，可以申请劳动能力复查鉴定。[O]
if 工伤职工经治疗伤情相对稳定后存在残疾、影响劳动能力[N]
if 自劳动能力鉴定结论作出之日起1年后，认为伤残情况发生变化[O]
m 劳动能力鉴定申请表|表
m 工伤认定决定书|复|@社会保险行政部门
m 工伤医疗的有关资料|复|#病历、检查报告等
m 原劳动能力鉴定结论书|复|[O]
dsec 市劳动能力鉴定委员会
out 劳动能力鉴定结论书

== 工伤医疗费用报销|JF|P|NL|30/15
law 《工伤保险条例》|第三十条|职工因工作遭受事故伤害或者患职业病进行治疗，享受工伤医疗待遇。治疗工伤所需费用符合工伤保险诊疗项目目录、工伤保险药品目录、工伤保险住院服务标准的，从工伤保险基金支付。
if 已认定工伤，在签订服务协议的医疗机构就医发生符合规定的工伤医疗费用
m 工伤医疗费用报销申请表|表
m 工伤认定决定书|复|@社会保险行政部门
m 医疗费用票据、费用清单和病历|
m $yhzh

== 一次性伤残补助金申领|JF|P|NL|30/15
law 《工伤保险条例》|第三十五条|职工因工致残被鉴定为一级至四级伤残的，保留劳动关系，退出工作岗位，享受以下待遇：从工伤保险基金按伤残等级支付一次性伤残补助金……
if 已认定工伤并经劳动能力鉴定确定伤残等级
m 工伤保险待遇申请表|表
m 劳动能力鉴定结论书|复|@劳动能力鉴定委员会
m $yhzh

== 工亡待遇申领|JF|P|N|30/15
short 工亡补助金
law 《工伤保险条例》|第三十九条|职工因工死亡，其近亲属按照下列规定从工伤保险基金领取丧葬补助金、供养亲属抚恤金和一次性工亡补助金。
if 职工因工死亡或伤残职工在停工留薪期内因工伤导致死亡，已认定工伤
m 工亡待遇申请表|表
m 工伤认定决定书|复|@社会保险行政部门
m 死亡证明和亲属关系证明|复|
m 供养亲属情况证明|复|?申领供养亲属抚恤金的
m $yhzh

== 工伤职工异地居住就医备案|BA|S|N|0/0
net
law 《工伤保险条例》|第三十条|职工治疗工伤应当在签订服务协议的医疗机构就医，情况紧急时可以先到就近的医疗机构急救。
if 工伤职工长期异地居住需要在居住地就医
m 工伤职工异地居住就医申请表|表
m 异地居住证明|复|
out 备案结果

== {}|JF|P|N|30/15|N=工伤康复确认 O=工伤辅助器具配置确认
short 工伤康复和辅助器具
law 《工伤保险条例》|第三十二条|工伤职工因日常生活或者就业需要，经劳动能力鉴定委员会确认，可以安装假肢、矫形器、假眼、假牙和配置轮椅等辅助器具，所需费用按照国家规定的标准从工伤保险基金支付。
if 工伤职工伤情需要进行康复治疗[N]
if 工伤职工因日常生活或者就业需要配置辅助器具[O]
m 申请表|表
m 工伤认定决定书|复|@社会保险行政部门
m 医疗机构出具的康复或配置建议|复|@医疗机构

sec 社会保障卡服务中心
== 社会保障卡申领|GG|S|N|20/0
short 社保卡申领
net
law $sbf58
law 《社会保障卡管理办法》|第十五条|社会保障卡申领人应当持本人有效身份证件，向就近的社会保障卡服务网点或者线上渠道提出申请。
if 参加社会保险或者需要享受人力资源社会保障公共服务的人员，首次申领社会保障卡
m 本人有效身份证件|@公安机关|#未成年人由监护人代办，提交户口簿
m 本人近期免冠照片|电|#窗口现场采集或线上上传
out 社会保障卡
q 社保卡可以即时领取吗？|在本中心社保卡即时制卡网点申请的，可以当场制卡领取；线上申请的，可以选择邮寄到家。

== 社会保障卡{}|GG|S|N|20/0|B=补领 O=换领
short 社保卡补换
net
law 《社会保障卡管理办法》|第十九条|社会保障卡遗失、损坏或者信息变更的，持卡人应当及时申请补领或者换领。
if 社会保障卡遗失[B]
if 社会保障卡损坏、过期或者需要更换为新一代社会保障卡[O]
m 本人有效身份证件|@公安机关
m 原社会保障卡|@人力资源和社会保障部门|#交回[O]
out 社会保障卡
q 社保卡丢了怎么办？|先通过12333、电子社保卡或合作银行进行挂失，再申请补领，补卡后原卡作废、金融账户信息按规定迁移。[B]

== 社会保障卡挂失与解挂|GG|S|N|0/0
net
law 《社会保障卡管理办法》|第十八条|社会保障卡遗失的，持卡人应当及时挂失。
if 社会保障卡遗失需要挂失，或者找回后需要解除挂失
m 本人有效身份证件|@公安机关
out 挂失（解挂）结果

== 社会保障卡信息变更|GG|S|N|0/0
net
law 《社会保障卡管理办法》|第十七条|持卡人的姓名、公民身份号码等信息发生变化的，应当申请变更社会保障卡信息。
if 持卡人的姓名、联系方式、通讯地址等信息发生变化
m 本人有效身份证件|@公安机关
m 信息变更证明|复|?姓名、身份号码变更的|@公安机关
out 变更结果

== 电子社会保障卡签发|GG|S|N|0/0
short 电子社保卡
net
law 《人力资源社会保障部关于全面推行电子社会保障卡的通知》|第一条|持有实体社会保障卡的人员可以通过线上渠道申领电子社会保障卡。
if 已持有实体社会保障卡的人员
m 实体社会保障卡|电|#通过“掌上12333”或“豫事办”APP实名认证签发
out 电子社会保障卡

== 社会保险个人权益记录查询打印|GG|S|N|0/0
short 社保缴费证明
net
law 《中华人民共和国社会保险法》|第七十四条|社会保险经办机构应当及时、完整、准确地记录参加社会保险的个人缴费和用人单位为其缴费，以及享受社会保险待遇等个人权益记录，定期将个人权益记录单免费寄送本人。用人单位和个人可以免费向社会保险经办机构查询、核对其缴费和享受社会保险待遇记录。
if 参保人员需要查询、打印本人社会保险缴费记录或参保证明
m 本人有效身份证件|@公安机关
out 社会保险参保缴费证明
q 买房、孩子上学要的社保证明在哪开？|可以通过“豫事办”APP、河南社保APP自助下载带电子印章的参保证明，也可以到社保窗口或自助终端打印。

sec 劳动保障监察大队
== 劳动保障监察投诉受理|QT|P|N|60/20
short 欠薪投诉
law 《劳动保障监察条例》|第九条|任何组织或者个人对违反劳动保障法律、法规或者规章的行为，有权向劳动保障行政部门举报。劳动者认为用人单位侵犯其劳动保障合法权益的，有权向劳动保障行政部门投诉。
law 《劳动保障监察条例》|第十七条|劳动保障行政部门对违反劳动保障法律、法规或者规章的行为的调查，应当自立案之日起60个工作日内完成。
if 劳动者认为用人单位拖欠工资、未依法签订劳动合同、未缴纳社会保险等侵犯其劳动保障合法权益
m 投诉书|表|#写明投诉人和被投诉单位基本情况、投诉请求和事实
m $sfz
m 劳动关系证明和相关证据|复|#工资条、考勤记录、劳动合同等
out 投诉处理结果
ch WOA
q 除了窗口还能怎么投诉欠薪？|可以拨打12345热线或12333，也可以通过国务院客户端“农民工工资线索反映”平台反映。

sec 劳动人事争议仲裁院
== 劳动人事争议仲裁申请|CJ|P|NL|45/45
short 劳动仲裁
law 《中华人民共和国劳动争议调解仲裁法》|第二十七条|劳动争议申请仲裁的时效期间为一年。仲裁时效期间从当事人知道或者应当知道其权利被侵害之日起计算。
law 《中华人民共和国劳动争议调解仲裁法》|第二十九条|劳动争议仲裁委员会收到仲裁申请之日起五日内，认为符合受理条件的，应当受理，并通知申请人。
law 《中华人民共和国劳动争议调解仲裁法》|第四十三条|仲裁庭裁决劳动争议案件，应当自劳动争议仲裁委员会受理仲裁申请之日起四十五日内结束。案情复杂需要延期的，经劳动争议仲裁委员会主任批准，可以延期并书面通知当事人，但是延长期限不得超过十五日。
if 劳动者与用人单位之间因确认劳动关系、劳动报酬、工伤医疗费、经济补偿或者赔偿金等发生争议，在仲裁时效期间内申请
m 仲裁申请书|x2|表|#按被申请人人数提交副本
m 申请人身份证明|复|@公安机关
m 被申请人的主体信息|#企业信用信息公示系统查询结果
m 证据材料|复|#劳动合同、工资单、考勤记录等
s 受理|仲裁院立案窗口|审查仲裁申请，符合受理条件的五日内受理并通知申请人|5
s 审查|仲裁庭|送达仲裁申请书副本，组织调解、开庭审理|30
s 决定|仲裁庭|调解不成的，依法作出仲裁裁决|9
s 送达|仲裁院送达窗口|向双方当事人送达仲裁调解书或裁决书|1
q 劳动仲裁要交费吗？|不收费。劳动争议仲裁委员会的经费由财政予以保障。
""";

}

/** 医疗保障局 and 住房公积金管理中心. */
final class T08 {

	static final String TEXT = """
defmat ybpz 医保电子凭证或社会保障卡|电|@医疗保障部门|#也可出示居民身份证
@ylbzj
sec 医疗保险中心
== 职工基本医疗保险单位{}|QR|S|L|0/0|N=参保登记 C=信息变更登记 X=注销登记
short 单位医保登记
net
law 《中华人民共和国社会保险法》|第二十三条|职工应当参加职工基本医疗保险，由用人单位和职工按照国家规定共同缴纳基本医疗保险费。
law $sbf58[N]
if 新成立的用人单位为职工办理基本医疗保险参保登记[N]
if 单位名称、地址、法定代表人、银行账户等信息发生变化[C]
if 单位依法终止或者注销，已结清医疗保险费[X]
m 医疗保险单位参保登记表|电|表
m $yyzz
m 变更或注销事项的证明材料|复|[CX]
out 单位医疗保险登记信息

== 职工基本医疗保险参保登记|QR|S|N|0/0
short 职工医保参保
net
law 《中华人民共和国社会保险法》|第二十三条|职工应当参加职工基本医疗保险，由用人单位和职工按照国家规定共同缴纳基本医疗保险费。无雇工的个体工商户、未在用人单位参加职工基本医疗保险的非全日制从业人员以及其他灵活就业人员可以参加职工基本医疗保险，由个人按照国家规定缴纳基本医疗保险费。
if 用人单位职工，或者以个人身份参保的灵活就业人员
m 参保人员信息登记表|电|表
m $sfz
out 参保登记信息

== 城乡居民基本医疗保险参保登记|QR|S|N|0/0
short 居民医保参保
net
law 《中华人民共和国社会保险法》|第二十五条|国家建立和完善城镇居民基本医疗保险制度。城镇居民基本医疗保险实行个人缴费和政府补贴相结合。
law 《国务院关于整合城乡居民基本医疗保险制度的意见》|第二部分|城乡居民医保制度覆盖范围包括现有城镇居民医保和新农合所有应参保（合）人员，即覆盖除职工基本医疗保险应参保人员以外的其他所有城乡居民。
if 不属于职工基本医疗保险覆盖范围的本区户籍居民、持居住证人员和在校学生
m 居民身份证或居民户口簿|@公安机关
m 居住证|?非本区户籍人员参保的|@公安机关
out 参保登记信息
q 新生儿怎么参保？|新生儿可以凭出生医学证明或户口簿办理参保，出生后90天内参保缴费的，自出生之日起享受医保待遇。

== 新生儿参加城乡居民医保|QR|S|N|0/0
short 新生儿参保
net
law 《国家医保局 财政部 国家税务总局关于做好2024年城乡居民基本医疗保障工作的通知》|第二部分|新生儿在出生后90天内参保缴费的，自出生之日起享受居民医保待遇。
if 本区出生或父母一方为本区参保人的新生儿
m 出生医学证明或居民户口簿|@助产医疗机构或公安机关
m 监护人身份证件|@公安机关
out 参保登记信息
q 新生儿参保可以网上办吗？|可以。通过“豫事办”APP“出生一件事”一并办理出生登记和医保参保。

== 参保人员基本信息变更|QR|S|N|0/0
short 医保信息变更
net
law 《中华人民共和国社会保险法》|第五十八条|国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码。
if 参保人员姓名、身份证号码、联系方式、户籍地址等信息发生变化
m 本人有效身份证件|@公安机关
m 信息变更证明材料|复|?姓名、身份证号码变更的|@公安机关
out 变更结果

== 基本医疗保险关系转移接续|GG|P|N|45/15
short 医保转移
net
law 《流动就业人员基本医疗保障关系转移接续暂行办法》|第三条|城镇职工基本医疗保险参保人员跨统筹地区流动就业，新就业地有接收单位的，由单位按照规定为其办理参保缴费手续，并转移基本医疗保险关系。
law 《国家医保局 财政部关于印发〈基本医疗保险关系转移接续暂行办法〉的通知》|第七条|参保人员跨统筹地区流动就业，可向转入地经办机构提出转移接续申请。
if 参保人员跨统筹地区流动就业或户籍迁移，需要转移基本医疗保险关系
m 基本医疗保险关系转移接续申请表|表
m $sfz
out 转移接续办理结果
q 转移后医保待遇会中断吗？|按规定办理转移接续的，缴费年限累计计算；职工医保中断缴费3个月内接续的，不设待遇等待期。

== 异地长期居住人员备案|BA|S|N|0/0
short 异地居住备案
net
law 《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》|第二部分|跨省长期居住人员包括异地安置退休人员、异地长期居住人员、常驻异地工作人员等长期在参保省外工作、居住、生活的人员。跨省异地长期居住人员可在备案地和参保地双向享受待遇。
if 本区参保人员退休后异地安置，或者长期在外地居住生活
m 跨省异地就医登记备案表|电|表
m 本人有效身份证件|@公安机关|#承诺制备案无需提交居住证明
out 备案结果
url https://fuwu.nhsa.gov.cn/
q 备案后回本地看病还能报销吗？|跨省长期居住人员备案后，在备案地和参保地双向享受医保待遇。

== 常驻异地工作人员备案|BA|S|N|0/0
net
law 《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》|第二部分|常驻异地工作人员是指用人单位派驻参保地外工作的人员。
if 本区参保单位派驻外地工作的职工
m 跨省异地就医登记备案表|电|表
m 本人有效身份证件|@公安机关
out 备案结果
url https://fuwu.nhsa.gov.cn/

== 异地转诊人员备案|BA|S|N|0/0
net
law 《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》|第二部分|异地转诊人员是指符合参保地转诊规定的人员。
if 因病情需要经参保地定点医疗机构转诊到外地就医
m 跨省异地就医登记备案表|电|表
m 参保地定点医疗机构开具的转诊证明|电|@定点医疗机构
out 备案结果
url https://fuwu.nhsa.gov.cn/

== 异地急诊抢救及临时外出就医备案|BA|S|N|0/0
short 临时外出就医备案
net
law 《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》|第二部分|临时外出就医人员包括异地转诊就医人员和因工作、旅游等原因异地急诊抢救人员以及其他跨省临时外出就医人员。
if 因工作、旅游、探亲等原因临时在外地需要就医
m 跨省异地就医登记备案表|电|表
out 备案结果
url https://fuwu.nhsa.gov.cn/
q 备案可以用手机办吗？|可以。通过“国家医保服务平台”APP或“豫事办”APP即可在线备案，实时生效。

== 门诊慢特病待遇认定|QR|P|N|30/15
short 慢特病认定
law 《中华人民共和国社会保险法》|第二十八条|符合基本医疗保险药品目录、诊疗项目、医疗服务设施标准以及急诊、抢救的医疗费用，按照国家规定从基本医疗保险基金中支付。
law 《国家医疗保障局办公室 财政部办公厅关于建立医疗保障待遇清单制度的意见》|第三部分|各地按规定将门诊慢性病、特殊疾病纳入基本医疗保险支付范围，实行门诊慢特病管理。
if 参保人员患有本省门诊慢性病、特殊疾病病种目录内的疾病，符合认定标准
m 门诊慢特病认定申请表|表
m 二级及以上医疗机构出具的病历和检查报告|复|@医疗机构
m $ybpz
out 门诊慢特病认定结果
q 慢特病认定后怎么报销？|认定通过后，在定点医疗机构或定点药店门诊治疗慢特病的费用，按规定比例直接结算，无需垫付。

== 门诊高血压糖尿病用药保障资格认定|QR|S|N|5/0
short 两病认定
law 《国家医保局 财政部 国家卫生健康委 国家药监局关于完善城乡居民高血压糖尿病门诊用药保障机制的指导意见》|第二部分|参加城乡居民基本医疗保险并采取药物治疗的“两病”患者，门诊发生的降血压、降血糖药品费用由统筹基金支付。
if 参加城乡居民医保，经二级及以上医疗机构确诊需要长期药物治疗的高血压、糖尿病患者
m 医疗机构出具的诊断证明|复|@医疗机构
m $ybpz
out 两病用药保障资格

== 零星医疗费用报销|JF|P|N|30/15
short 医疗费手工报销
law 《中华人民共和国社会保险法》|第二十八条|符合基本医疗保险药品目录、诊疗项目、医疗服务设施标准以及急诊、抢救的医疗费用，按照国家规定从基本医疗保险基金中支付。
if 参保人员因急诊抢救、未能直接结算等原因全额垫付医疗费用
m 医疗费用报销申请表|表
m 医疗费用票据|#电子票据可在线核验
m 费用明细清单和出院记录（或门诊病历）|复|
m $ybpz
m $yhzh
out 报销结算结果
q 垫付的医疗费多长时间内要报销？|应当在医疗费用发生之日起规定期限内申请，一般不超过次年年底，逾期不予受理。

== 生育医疗费用待遇核准|JF|P|N|20/10
short 生育报销
law 《中华人民共和国社会保险法》|第五十四条|用人单位已经缴纳生育保险费的，其职工享受生育保险待遇；职工未就业配偶按照国家规定享受生育医疗费用待遇。所需资金从生育保险基金中支付。
if 参保职工或其未就业配偶在定点医疗机构生育或实施计划生育手术，未能直接结算
m 生育医疗费用申请表|表
m 医疗费用票据及费用清单|
m 出院记录|复|
m $yhzh
out 待遇核定结果

== 生育津贴申领|JF|P|N|20/10
net
law 《中华人民共和国社会保险法》|第五十六条|职工有下列情形之一的，可以按照国家规定享受生育津贴：（一）女职工生育享受产假；（二）享受计划生育手术休假；（三）法律、法规规定的其他情形。生育津贴按照职工所在用人单位上年度职工月平均工资计发。
if 参加生育保险的女职工生育享受产假，或者职工享受计划生育手术休假
m 生育津贴申请表|表|#单位盖章
m 出生医学证明或出院记录|复|@医疗机构
m 单位银行账户信息|复|#生育津贴拨付至用人单位
out 生育津贴核定结果
q 灵活就业人员能领生育津贴吗？|按本省现行政策，灵活就业人员参加职工医保并按规定缴纳生育保险费的，可以享受生育医疗费用待遇，生育津贴按本省规定执行。

== 职工医保个人账户家庭共济备案|BA|S|N|0/0
short 医保家庭共济
net
law 《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》|第三部分|个人账户可以用于支付参保人员本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用，以及在定点零售药店购买药品、医疗器械、医用耗材发生的由个人负担的费用。
if 职工医保参保人员为配偶、父母、子女绑定个人账户共济使用
m 家庭共济绑定申请|电|#通过“国家医保服务平台”APP在线绑定
m 亲属关系信息|电|#系统通过户籍信息核验
out 绑定结果

== 医疗救助申请|JF|R|N|30/15
short 医疗救助
law 《社会救助暂行办法》|第二十八条|下列人员可以申请相关医疗救助：（一）最低生活保障家庭成员；（二）特困供养人员；（三）县级以上人民政府规定的其他特殊困难人员。
law 《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》|第二部分|医疗救助公平覆盖医疗费用负担较重的困难职工和城乡居民，根据救助对象类别实施分类救助。
if 低保对象、特困人员、低保边缘家庭成员、防止返贫监测对象以及因病致贫重病患者，经基本医保、大病保险报销后个人负担仍然较重
m 医疗救助申请表|表
m $sfz
m 医疗费用票据及结算单|复|#已“一站式”结算的无需提交
m 困难身份证明|复|#由民政等部门共享核验
m $yhzh
out 医疗救助审核结果
q 低保户住院还要先垫钱吗？|在定点医疗机构住院的，基本医保、大病保险、医疗救助“一站式”同步结算，只需支付个人自付部分。

== 城乡居民大病保险待遇核准|JF|P|N|30/15
short 大病保险
law 《国务院办公厅关于全面实施城乡居民大病保险的意见》|第二部分|大病保险对参保人员经基本医保按规定支付后的个人负担合规医疗费用给予保障。
if 参加城乡居民医保，一个年度内个人负担的合规医疗费用超过大病保险起付线
m 大病保险待遇申请表|表
m 医疗费用票据及结算单|复|
m $yhzh
out 待遇核定结果

== 职工医保退休人员待遇核定|QR|P|N|20/10
short 退休医保待遇核定
law 《中华人民共和国社会保险法》|第二十七条|参加职工基本医疗保险的个人，达到法定退休年龄时累计缴费达到国家规定年限的，退休后不再缴纳基本医疗保险费，按照国家规定享受基本医疗保险待遇；未达到国家规定年限的，可以缴费至国家规定年限。
if 参加职工基本医疗保险的人员办理退休手续
m 退休审批材料|复|@人力资源和社会保障部门
m $sfz
out 医保缴费年限核定结果
q 医保缴费年限不够怎么办？|未达到规定缴费年限的，可以按规定一次性补缴或者继续缴费至规定年限后享受退休人员医保待遇。

== 参保人员{}参保|QR|S|N|0/0|N=暂停 O=恢复
out 参保状态变更结果
short 医保暂停恢复
net
law 《中华人民共和国社会保险法》|第二十三条|职工应当参加职工基本医疗保险，由用人单位和职工按照国家规定共同缴纳基本医疗保险费。
if 参保人员因服兵役、出国（境）定居、重复参保等原因需要暂停参保[N]
if 暂停参保的原因消除，需要恢复参保[O]
m 本人有效身份证件|@公安机关
m 暂停或恢复原因的证明材料|复|

== 定点医疗机构申请|XK|P|L|90/60
short 医保定点医院
law 《医疗机构医疗保障定点管理暂行办法》|第九条|医疗机构向统筹地区经办机构提出医疗保障定点申请。
law 《医疗机构医疗保障定点管理暂行办法》|第十一条|统筹地区经办机构应组织评估小组或委托第三方机构，以书面、现场等形式开展评估。评估完成时限不超过3个月时间。
if 正式运营至少3个月，至少有1名取得医师执业证书、乡村医生执业证书或中医（专长）医师资格证书且第一注册地在该医疗机构的医师
if 主要负责人负责医保工作，配备专（兼）职医保管理人员，具有符合医保协议管理要求的医保管理制度和信息系统
m 定点医疗机构申请表|表|#加盖公章
m 医疗机构执业许可证或诊所备案凭证|复|@卫生健康部门
m 医保管理制度和财务制度|
m 医保信息系统建设情况说明|
site
out 医保定点协议
nomail

== 定点零售药店申请|XK|P|L|90/60
short 医保定点药店
law 《零售药店医疗保障定点管理暂行办法》|第五条|申请医保定点的零售药店应当同时具备在注册地址正式经营至少3个月、至少有1名取得执业药师资格证书或具有药学、临床药学、中药学专业技术资格证书的药学技术人员等基本条件。
law 《零售药店医疗保障定点管理暂行办法》|第八条|统筹地区经办机构应组织评估小组或委托符合规定的第三方机构，以书面、现场等形式开展评估。评估完成时限不超过3个月时间。
if 在注册地址正式经营至少3个月，有1名以上执业药师或药学技术人员，具有医保管理制度和信息系统
m 定点零售药店申请表|表|#加盖公章
m 药品经营许可证|复|@药品监督管理部门
m $yyzz
m 执业药师资格证书或药学技术人员资格证书|复|
site
out 医保定点协议
nomail

== 医保电子凭证激活|GG|S|N|0/0
net
law 《国家医疗保障局关于全面推广应用医保电子凭证的通知》|第一部分|医保电子凭证是参保人在线上线下办理医保业务的有效凭证。
if 已参加基本医疗保险的人员
m 本人有效身份证件|@公安机关|#通过“国家医保服务平台”APP、微信或支付宝实名激活
out 医保电子凭证
q 老人没有智能手机怎么用医保？|可以由家人代为激活并在“亲情账户”中添加，也可以继续使用社会保障卡或居民身份证就医结算。

== 参保缴费凭证开具|GG|S|N|0/0
short 医保缴费证明
net
law 《中华人民共和国社会保险法》|第七十四条|用人单位和个人可以免费向社会保险经办机构查询、核对其缴费和享受社会保险待遇记录，要求社会保险经办机构提供社会保险咨询等相关服务。
if 参保人员需要医保参保缴费证明
m 本人有效身份证件|@公安机关
out 参保缴费凭证

== 医疗保障基金违法违规行为举报|QT|P|NL|60/60
short 医保基金举报
law 《医疗保障基金使用监督管理条例》|第十八条|任何组织和个人有权对侵害医疗保障基金的违法违规行为进行举报、投诉。医疗保障行政部门应当畅通举报投诉渠道，依法及时处理有关举报投诉。
if 发现定点医药机构、参保人员等存在骗取、套取医保基金等违法违规行为
m 举报材料|#写明被举报对象、违法违规线索
m 相关证据|复|?有证据的
out 处理结果
ch WOA
q 举报有奖励吗？|举报经查证属实的，按照《违法违规使用医疗保障基金举报奖励办法》给予奖励，举报人信息严格保密。

@zfgjjglzx
sec 归集科
== 住房公积金单位{}|QR|S|L|0/0|N=缴存登记 C=信息变更登记 X=注销登记
short 公积金单位开户
net
law 《住房公积金管理条例》|第十四条|新设立的单位应当自设立之日起30日内向住房公积金管理中心办理住房公积金缴存登记，并自登记之日起20日内，为本单位职工办理住房公积金账户设立手续。
law 《住房公积金管理条例》|第十六条|单位合并、分立、撤销、解散或者破产的，应当自发生上述情况之日起30日内由原单位或者清算组织向住房公积金管理中心办理变更登记或者注销登记。[CX]
if 新设立的单位为职工建立住房公积金制度[N]
if 单位名称、地址、法定代表人、经办人等登记信息发生变化[C]
if 单位撤销、解散或破产，已为职工办理账户转移或封存[X]
m 住房公积金单位缴存登记表|电|表
m $yyzz
m 变更或注销事项的证明材料|复|[CX]
out 单位住房公积金账号

== 住房公积金个人账户设立|QR|S|N|0/0
short 公积金个人开户
net
law 《住房公积金管理条例》|第十五条|单位录用职工的，应当自录用之日起30日内向住房公积金管理中心办理缴存登记，并办理职工住房公积金账户的设立或者转移手续。
if 单位新录用职工，或者灵活就业人员申请自愿缴存
m 职工住房公积金账户设立清册|电|表
m 职工身份证件信息|电|
out 个人住房公积金账号

== 住房公积金个人账户{}|QR|S|N|0/0|N=封存 O=启封
short 公积金封存启封
net
law 《住房公积金管理条例》|第十五条|单位与职工终止劳动关系的，单位应当自劳动关系终止之日起30日内向住房公积金管理中心办理变更登记，并办理职工住房公积金账户转移或者封存手续。
if 职工与单位终止劳动关系，单位为其办理账户封存[N]
if 封存状态的职工重新就业，由新单位为其办理启封[O]
m 住房公积金个人账户封存（启封）清册|电|表
out 账户状态变更结果

== 住房公积金缴存基数调整|QR|S|L|0/0
net
law 《住房公积金管理条例》|第十六条|职工住房公积金的月缴存额为职工本人上一年度月平均工资乘以职工住房公积金缴存比例。
if 单位在年度基数调整期内调整职工缴存基数和缴存比例
m 住房公积金缴存基数调整清册|电|表
out 缴存基数调整结果

== 住房公积金{}|QR|P|L|10/5|N=缓缴 O=补缴
short 公积金缓缴补缴
law 《住房公积金管理条例》|第二十条|单位应当按时、足额缴存住房公积金，不得逾期缴存或者少缴。对缴存住房公积金确有困难的单位，经本单位职工代表大会或者工会讨论通过，并经住房公积金管理中心审核，报住房公积金管理委员会批准后，可以降低缴存比例或者缓缴；待单位经济效益好转后，再提高缴存比例或者补缴缓缴。
if 缴存住房公积金确有困难，经本单位职工代表大会或者工会讨论通过[N]
if 单位经济效益好转后补缴缓缴的住房公积金，或者少缴、漏缴需要补缴[O]
m 缓缴（补缴）申请书|#加盖公章
m 职工代表大会或工会讨论通过的决议|[N]
m 单位财务报表|复|[N]
m 补缴清册|电|[O]
out 缓缴（补缴）审批结果

== 灵活就业人员住房公积金自愿缴存|QR|S|N|0/0
net
law 《住房公积金管理条例》|第十五条|单位录用职工的，应当自录用之日起30日内向住房公积金管理中心办理缴存登记。
law 《住房和城乡建设部 财政部 中国人民银行关于改进住房公积金缴存机制进一步降低企业成本的通知》|第四条|缴存住房公积金确有困难的，可以申请降低缴存比例或缓缴。鼓励灵活就业人员参照执行。
if 在本市灵活就业的个体工商户、自由职业者等，年满16周岁且未达到法定退休年龄
m 灵活就业人员缴存登记表|电|表
m 本人有效身份证件|@公安机关
m 本人银行账户信息|复|#用于签订委托扣款协议
out 个人住房公积金账号

sec 提取科
== 购买自住住房提取住房公积金|JF|S|N|3/0
short 购房提取
net
law $gjj24
law $gjj25
if 职工本人或配偶在本市或户籍地购买自住住房，提取时间在购房合同签订或产权登记之日起两年内
m 本人有效身份证件|@公安机关
m 购房合同或不动产权证书|复|#能通过部门共享核验的免于提交
m 购房款发票或契税完税凭证|复|
m $jhz|?提取配偶住房公积金的
out 提取资金到账
q 购房提取可以提取多少？|提取额度不超过实际支付的购房款，本人及配偶提取总额不超过购房款总额。

== 偿还住房贷款本息提取住房公积金|JF|S|N|3/0
short 还贷提取
net
law $gjj24
law $gjj25
if 职工本人或配偶购买自住住房申请了商业住房贷款或住房公积金贷款，正常还款中
m 本人有效身份证件|@公安机关
m 借款合同及还款明细|复|#住房公积金贷款无需提交
out 提取资金到账
q 还公积金贷款可以按月自动提取吗？|可以。签订按月委托提取协议后，每月自动从公积金账户提取用于偿还住房公积金贷款。

== 租赁住房提取住房公积金|JF|S|N|3/0
short 租房提取
net
law $gjj24
law $gjj25
if 职工及配偶在本市无自有住房且租赁住房
m 本人有效身份证件|@公安机关
m 无房声明|电|#在线签署承诺，系统核验名下房产
m 房屋租赁合同|复|?提取额度超过无票据提取标准的|#经备案的租赁合同
out 提取资金到账
q 租房提取需要发票吗？|在规定的无票据提取额度内，凭无房承诺即可提取，无需提供租金发票。

== 离休退休提取住房公积金|JF|S|N|3/0
short 退休提取
net
law $gjj24
law $gjj25
if 职工离休、退休
m 本人有效身份证件|@公安机关
m 退休证明|复|@人力资源和社会保障部门|#能通过部门共享核验的免于提交
out 提取资金到账并销户

== 完全丧失劳动能力提取住房公积金|JF|S|N|3/0
law $gjj24
law $gjj25
if 职工完全丧失劳动能力，并与单位终止劳动关系
m 本人有效身份证件|@公安机关
m 劳动能力鉴定结论书|复|@劳动能力鉴定委员会
m 解除劳动关系证明|复|
out 提取资金到账

== 出境定居提取住房公积金|JF|S|N|3/0
law $gjj24
law $gjj25
if 职工出境定居，已注销户口
m 本人有效身份证件或护照|
m 户口注销证明|复|@公安机关
out 提取资金到账并销户

== 职工死亡或被宣告死亡提取住房公积金|JF|P|N|3/3
short 继承提取
law $gjj24
law 《住房公积金管理条例》|第二十四条|职工死亡或者被宣告死亡的，职工的继承人、受遗赠人可以提取职工住房公积金账户内的存储余额。
if 职工死亡或者被宣告死亡，由其继承人、受遗赠人申请提取
m 死亡证明或宣告死亡判决书|复|
m 继承权或受遗赠权证明|#继承公证书或人民法院生效法律文书
m 继承人、受遗赠人身份证件|@公安机关
out 提取资金到账
nomail

== 享受城镇最低生活保障提取住房公积金|JF|S|N|3/0
law $gjj25
law 《住房公积金管理条例》|第二十四条|职工享受城镇最低生活保障的，可以提取住房公积金账户内的存储余额。
if 职工本人及家庭享受城镇最低生活保障
m 本人有效身份证件|@公安机关
m 最低生活保障证明|复|@民政部门|#能通过部门共享核验的免于提交
out 提取资金到账

== 重大疾病医疗提取住房公积金|JF|S|N|3/0
short 大病提取
law $gjj25
law 《住房城乡建设部 财政部 中国人民银行关于住房公积金提取有关事项的通知》|第三条|职工本人及其配偶、父母、子女患重大疾病造成家庭生活严重困难的，可以提取住房公积金。
if 职工本人及配偶、父母、子女患重大疾病，个人负担医疗费用较重
m 本人有效身份证件|@公安机关
m 二级及以上医院出具的诊断证明|复|@医疗机构
m 医疗费用票据|复|
m 亲属关系证明|复|?为配偶、父母、子女提取的
out 提取资金到账

== 建造、翻建、大修自住住房提取住房公积金|JF|P|N|3/3
short 建房提取
law $gjj24
law $gjj25
if 职工在户籍地建造、翻建、大修自住住房，已取得规划审批或宅基地批准文件
m 本人有效身份证件|@公安机关
m 建房规划许可或宅基地批准文件|复|
m 建房预算及费用支出凭证|复|
out 提取资金到账
nomail

== 既有住宅加装电梯提取住房公积金|JF|S|N|3/0
short 加装电梯提取
law $gjj25
law 《住房和城乡建设部办公厅关于印发住房公积金支持既有住宅加装电梯的通知》|第二条|职工及其配偶可以提取住房公积金用于既有住宅加装电梯。
if 职工及配偶所有的既有住宅加装电梯，已经实施并出资
m 本人有效身份证件|@公安机关
m 加装电梯出资证明及分摊协议|复|
m $cqzs|复
out 提取资金到账

sec 信贷科
== 个人住房公积金贷款申请|JF|P|N|15/5
short 公积金贷款
law 《住房公积金管理条例》|第二十六条|缴存住房公积金的职工，在购买、建造、翻建、大修自住住房时，可以向住房公积金管理中心申请住房公积金贷款。住房公积金管理中心应当自受理申请之日起15日内作出准予贷款或者不准贷款的决定，并通知申请人；准予贷款的，由受委托银行办理贷款手续。
if 连续足额缴存住房公积金6个月以上，购买、建造、翻建、大修自住住房，具有较稳定的经济收入和偿还贷款能力
m 住房公积金个人贷款申请表|表
m 借款人及配偶身份证件和婚姻状况证明|复|
m 购房合同和首付款凭证|复|
m 借款人收入证明|
m 抵押物权属证明|复|?以所购住房以外的房产抵押的
site
out 贷款审批结果和借款合同
nomail
q 公积金贷款最高能贷多少？|贷款额度根据缴存余额、还款能力和房屋价格综合确定，并不超过本市规定的最高贷款额度，具体可通过公积金APP试算。

== 住房公积金贷款{}|JF|S|N|3/0|N=提前部分还款 O=提前结清
short 公积金提前还款
net
law 《住房公积金管理条例》|第二十六条|缴存住房公积金的职工，在购买、建造、翻建、大修自住住房时，可以向住房公积金管理中心申请住房公积金贷款。
if 住房公积金贷款借款人按合同正常还款，申请提前部分偿还贷款本金[N]
if 借款人申请一次性结清全部贷款本息[O]
m 借款人身份证件|@公安机关
m 提前还款申请|电|表
out 还款结果和还款计划[N]
out 贷款结清证明[O]

== 住房公积金贷款还款方式变更|JF|S|N|3/0
net
law 《住房公积金管理条例》|第二十六条|缴存住房公积金的职工，在购买、建造、翻建、大修自住住房时，可以向住房公积金管理中心申请住房公积金贷款。
if 借款人需要变更还款方式、还款账户或还款期限
m 借款人身份证件|@公安机关
m 还款方式变更申请|电|表
out 变更后的还款计划

== 异地贷款职工住房公积金缴存使用证明开具|GG|S|N|1/0
short 异地贷款缴存证明
net
law 《住房城乡建设部 财政部 中国人民银行关于异地贷款有关问题的通知》|第一条|职工向异地住房公积金管理中心申请住房公积金个人住房贷款的，应当由缴存地住房公积金管理中心出具缴存使用证明。
if 在本市缴存住房公积金、拟在外地申请住房公积金贷款的职工
m 本人有效身份证件|@公安机关
out 异地贷款职工住房公积金缴存使用证明

== 住房公积金异地转移接续|GG|S|N|3/0
short 公积金转移
net
law 《住房城乡建设部 财政部 中国人民银行关于住房公积金异地转移接续有关问题的通知》|第一条|缴存职工在异地就业的，可以通过全国住房公积金异地转移接续平台办理住房公积金转移接续。
if 职工跨市就业，在转入地已设立住房公积金个人账户
m 本人有效身份证件|@公安机关
out 转移接续结果
q 转移公积金需要回原单位吗？|不需要。在转入地公积金中心或手机公积金APP申请即可，通过全国转移接续平台办理。

== 住房公积金缴存证明开具|GG|S|N|0/0
short 公积金缴存证明
net
law 《住房公积金管理条例》|第十七条|住房公积金管理中心应当为缴存住房公积金的职工发放缴存住房公积金的有效凭证。
if 缴存职工需要住房公积金缴存证明或明细
m 本人有效身份证件|@公安机关
out 住房公积金缴存证明
""";

}

/** 民政局, 退役军人事务局, 残疾人联合会 (district level). */
final class T09 {

	static final String TEXT = """
defmat shzz 社会组织法定代表人（负责人）身份证件|复|@公安机关
@mzj
sec 婚姻登记处
== 内地居民结婚登记|QR|S|N|0/0
short 结婚登记
addr 平顶山高新区婚姻登记处（平顶山高新区行政服务中心二楼C区东侧）
win 婚姻登记处登记大厅
hours 周一至周五 上午8:30-12:00，下午14:30-17:30（夏季15:00-18:00）；法定节假日休息，“5月20日”“七夕”等特殊日期如逢周末另行公告
law 《中华人民共和国民法典》|第一千零四十九条|要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记。符合本法规定的，予以登记，发给结婚证。完成结婚登记，即确立婚姻关系。
law 《婚姻登记条例》|第五条|办理结婚登记的内地居民应当出具本人的居民身份证；办理结婚登记的当事人应当亲自到婚姻登记机关共同申请结婚登记。
if 男女双方完全自愿，男年满二十二周岁、女年满二十周岁，双方均无配偶
if 双方不是直系血亲或者三代以内的旁系血亲
m 双方本人的居民身份证|@公安机关|#核验原件
m 双方近期半身免冠合影照片|x3|#2寸，红色背景，也可现场拍照
m 本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明|表|#在婚姻登记员面前亲笔签署
s 受理|婚姻登记员|查验双方身份证件和照片，询问结婚意愿|0
s 审查|婚姻登记员|在婚姻登记信息系统中核查婚姻状况，双方在登记员面前签署声明|0
s 决定|婚姻登记员|符合结婚条件的当场予以登记|0
s 送达|婚姻登记员|当场颁发结婚证，可选择颁证仪式|0
out 结婚证
ch W
q 结婚登记还需要带户口簿吗？|按照2025年施行的《婚姻登记条例》，内地居民办理结婚登记只需出具本人居民身份证，不再需要户口簿，也不受户籍地限制。
q 可以预约特殊日期登记吗？|可以。通过“豫事办”APP或河南政务服务网预约登记时间，特殊日期预约人数较多，建议提前预约。

== 内地居民离婚登记|QR|S|N|30/0
short 离婚登记
visits 2
addr 平顶山高新区婚姻登记处（平顶山高新区行政服务中心二楼C区东侧）
win 婚姻登记处登记大厅
law 《中华人民共和国民法典》|第一千零七十六条|夫妻双方自愿离婚的，应当签订书面离婚协议，并亲自到婚姻登记机关申请离婚登记。离婚协议应当载明双方自愿离婚的意思表示和对子女抚养、财产以及债务处理等事项协商一致的意见。
law 《中华人民共和国民法典》|第一千零七十七条|自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以向婚姻登记机关撤回离婚登记申请。前款规定期限届满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证；未申请的，视为撤回离婚登记申请。
if 夫妻双方完全自愿离婚，对子女抚养、财产及债务处理等事项已经协商一致，并签订书面离婚协议
if 双方具有完全民事行为能力，婚姻登记在中国内地办理
m 双方本人的居民身份证|@公安机关|#核验原件
m 本人的结婚证|@婚姻登记机关
m 双方共同签署的离婚协议书|x3|#在婚姻登记员面前签署
m 双方近期半身免冠单人照片|x2|#2寸，也可现场拍照
s 受理|婚姻登记员|双方共同到场提交离婚登记申请，登记员发给《离婚登记申请受理回执单》|0
s 审查|婚姻登记员|离婚冷静期三十日届满后三十日内，双方再次共同到场，登记员询问意愿并审查离婚协议|0
s 决定|婚姻登记员|双方仍自愿离婚且协议一致的，当场予以登记|0
s 送达|婚姻登记员|当场发给离婚证|0
out 离婚证
ch W
q 离婚登记要跑几次？|需要两次到场：第一次双方共同提交离婚登记申请，冷静期届满后三十日内双方再次共同到场，材料齐全、符合条件的当场发给离婚证。
q 离婚登记收费吗？|不收费。
q 离婚冷静期是多长时间？|自婚姻登记机关收到离婚登记申请之日起30日为冷静期，冷静期内任何一方不愿离婚的可以撤回申请；冷静期届满后30日内，双方需亲自到场申请发给离婚证。

== {}|QR|S|N|0/0|N=补领结婚证 O=补领离婚证
short 补领婚姻证件
addr 平顶山高新区婚姻登记处（平顶山高新区行政服务中心二楼C区东侧）
law 《婚姻登记条例》|第十七条|结婚证、离婚证遗失或者损毁的，当事人可以持居民身份证向婚姻登记机关申请补领。婚姻登记机关对当事人的婚姻登记档案进行查证，确认属实的，应当为当事人补发结婚证、离婚证。
if 结婚证遗失或者损毁，婚姻登记档案可以查证[N]
if 离婚证遗失或者损毁，婚姻登记档案可以查证[O]
m 本人的居民身份证|@公安机关
m 本人近期半身免冠照片|x2|#补领结婚证的提交双方合影照片
m 补领婚姻登记证申请书|表|#本人签字
out 补发的结婚证（离婚证）
q 补领结婚证需要夫妻双方都到场吗？|不需要，一方持本人身份证即可申请补领。

== 婚姻登记档案查询|GG|S|N|0/0
short 婚姻档案查询
law 《婚姻登记档案管理办法》|第十六条|婚姻当事人及其代理人、人民法院、人民检察院、公安机关等可以按照规定查阅婚姻登记档案。
if 婚姻当事人、其代理人或有关国家机关依法查询婚姻登记档案
m 查询人身份证件|@公安机关
m $wts
out 婚姻登记记录证明
addr 平顶山高新区婚姻登记处（平顶山高新区行政服务中心二楼C区东侧）

sec 社会组织管理股
== 社会团体{}登记|QR|P|L|60/20 C=30/10 X=30/10|N=成立 C=变更 X=注销
cert 社会团体法人登记证书
law 《社会团体登记管理条例》|第九条|申请成立社会团体，应当经其业务主管单位审查同意，由发起人向登记管理机关申请登记。[N]
law 《社会团体登记管理条例》|第十二条|登记管理机关应当自收到完成筹备工作的社会团体的登记申请书及有关文件之日起30日内完成审查工作。[N]
law 《社会团体登记管理条例》|第十八条|社会团体的登记事项需要变更的，应当自业务主管单位审查同意之日起30日内，向登记管理机关申请变更登记。[C]
law 《社会团体登记管理条例》|第十九条|社会团体有下列情形之一的，应当在业务主管单位审查同意后，向登记管理机关申请注销登记：（一）完成社会团体章程规定的宗旨的；（二）自行解散的；（三）分立、合并的；（四）由于其他原因终止的。[X]
if 有50个以上的个人会员或者30个以上的单位会员，有规范的名称和相应的组织机构、固定的住所和与其业务活动相适应的专职工作人员[N]
if 有合法的资产和经费来源，本区性社会团体有1万元以上活动资金，有独立承担民事责任的能力[N]
if 名称、住所、宗旨、业务范围、法定代表人、活动资金等登记事项发生变化[C]
if 完成章程规定的宗旨、自行解散、分立合并或由于其他原因终止，已完成清算[X]
m 社会团体登记申请书|表|#负责人签字
m 业务主管单位的批准文件|复|[NCX]
m 验资报告和住所使用证明|复|[N]
m 发起人和拟任负责人的基本情况、身份证明|复|[N]
m 章程草案|[N]
m 会员（代表）大会或理事会关于变更的决议|[C]
m 清算报告|#业务主管单位审查同意[X]
m $wts
site
out 社会团体法人登记证书[N]

== 民办非企业单位{}登记|QR|P|L|60/20 C=30/10 X=30/10|N=成立 C=变更 X=注销
short 社会服务机构登记
cert 民办非企业单位登记证书
law 《民办非企业单位登记管理暂行条例》|第八条|申请登记民办非企业单位，应当具备下列条件：（一）经业务主管单位审查同意；（二）有规范的名称、必要的组织机构；（三）有与其业务活动相适应的从业人员；（四）有与其业务活动相适应的合法财产；（五）有必要的场所。[N]
law 《民办非企业单位登记管理暂行条例》|第十一条|登记管理机关应当自收到成立登记申请的全部有效文件之日起60日内作出准予登记或者不予登记的决定。[N]
law 《民办非企业单位登记管理暂行条例》|第十五条|民办非企业单位的登记事项需要变更的，应当自业务主管单位审查同意之日起30日内，向登记管理机关申请变更登记。[C]
law 《民办非企业单位登记管理暂行条例》|第十六条|民办非企业单位自行解散的，分立、合并的，或者由于其他原因需要注销登记的，应当向登记管理机关办理注销登记。[X]
if 经业务主管单位审查同意，有规范的名称、必要的组织机构、相适应的从业人员、合法财产和必要场所[N]
if 名称、住所、宗旨、业务范围、法定代表人、开办资金等登记事项发生变化[C]
if 自行解散、分立合并或由于其他原因终止，已完成清算[X]
m 民办非企业单位登记申请书|表|#法定代表人签字
m 业务主管单位的批准文件|复|
m 场所使用权证明和验资报告|复|[N]
m 拟任负责人的基本情况、身份证明|复|[N]
m 章程草案|[N]
m 理事会关于变更的决议|[C]
m 清算报告|[X]
m $wts
site

== 养老机构{}|BA|S|L|0/0|N=备案 C=备案变更 X=备案注销
short 养老机构备案
law 《中华人民共和国老年人权益保障法》|第四十三条|设立公益性养老机构，应当依法办理相应的登记。设立经营性养老机构，应当在市场监督管理部门办理登记。养老机构登记后即可开展服务活动，并向县级以上人民政府民政部门备案。
law 《养老机构管理办法》|第九条|设立养老机构，应当向民政部门备案。
if 已依法登记的养老机构，在收住老年人后10个工作日内向民政部门备案[N]
if 已备案的养老机构名称、地址、法定代表人、床位数等备案事项发生变化[C]
if 养老机构终止服务，已妥善安置收住的老年人[X]
m 养老机构备案书|表|#加盖公章
m 养老机构登记证书|复|@登记管理机关
m 养老机构服务场所的消防、食品安全等符合规定的承诺书|表|[N]
m 收住老年人安置方案及落实情况|[X]
out 养老机构备案回执

== 地名命名、更名|QT|R|L|60/40
short 地名命名
law 《地名管理条例》|第十条|地名的命名、更名应当按照规定的程序办理；县级以上地方人民政府民政部门负责本行政区域内的地名管理工作。
law 《地名管理条例》|第十三条|申报地名的命名、更名时，应当将包括命名、更名的理由，拟采用地名的含义、来源等内容的材料按照规定报送审批机关。
if 新建居民区、道路、街巷、桥梁等需要命名，或者原名称需要更名
m 地名命名（更名）申请书|表|#加盖公章
m 拟命名（更名）的理由及地名含义、来源说明|
m 地理位置示意图|
m 建设项目规划许可等批准文件|复|?建设项目命名的
dsec 区人民政府（管委会）
out 地名命名（更名）批复
nomail

== 社会组织年度检查|QT|P|L|30/20
short 社会组织年检
net
law 《社会团体登记管理条例》|第二十八条|社会团体应当于每年3月31日前向业务主管单位报送上一年度的工作报告，经业务主管单位初审同意后，于5月31日前报送登记管理机关，接受年度检查。
if 在本区登记的社会团体、民办非企业单位
m 年度工作报告书|电|表
m 年度财务审计报告|复|
out 年检结论

sec 社会救助股
== 最低生活保障审核确认|QR|P|N|30/20
short 低保审核确认
law 《社会救助暂行办法》|第九条|国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障。
law $shjz
if 共同生活的家庭成员人均收入低于本区最低生活保障标准，家庭财产状况符合规定
if 已由镇（街道）完成入户调查、民主评议和公示，并报送初审意见
m 镇（街道）报送的初审意见和调查材料|@镇人民政府（街道办事处）
m 家庭经济状况核对报告|@民政部门|#居民家庭经济状况核对系统出具
site
out 最低生活保障审批结果
ch W
q 低保审批多长时间？|县级民政部门应当自收到镇（街道）审核意见之日起在规定时限内作出审批决定，全流程一般不超过30个工作日，特殊情况可延长至45个工作日。

== 特困人员救助供养审核确认|QR|P|N|30/20
short 特困人员认定
law 《社会救助暂行办法》|第十四条|国家对无劳动能力、无生活来源且无法定赡养、抚养、扶养义务人，或者其法定赡养、抚养、扶养义务人无赡养、抚养、扶养能力的老年人、残疾人以及未满16周岁的未成年人，给予特困人员供养。
law 《特困人员认定办法》|第十八条|县级人民政府民政部门应当全面审查乡镇人民政府（街道办事处）上报的调查材料和审核意见，并随机抽查核实，在20个工作日内作出确认决定。
if 无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其义务人无履行能力的老年人、残疾人和未成年人
m 镇（街道）报送的审核意见和调查材料|@镇人民政府（街道办事处）
m 生活自理能力评估结果|@镇人民政府（街道办事处）
out 特困人员救助供养证
ch W

== 临时救助审批|JF|P|N|20/10
short 临时救助
law 《社会救助暂行办法》|第四十七条|国家对因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭，或者因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障家庭，以及遭遇其他特殊困难的家庭，给予临时救助。
law 《国务院关于全面建立临时救助制度的通知》|第二部分|救助金额较大的，由县级人民政府民政部门审批；对于救助金额较小的，可以委托乡镇人民政府（街道办事处）审批。
if 因意外事件、突发重大疾病等原因导致基本生活暂时出现严重困难，救助金额超过镇（街道）审批权限
m 临时救助申请书|表
m $sfz
m 困难情况证明材料|复|#医疗费用票据、事故证明等
m $jyzm
m $yhzh
site
out 临时救助审批结果

== 孤儿基本生活费给付|JF|R|N|30/20
short 孤儿基本生活费
law 《国务院办公厅关于加强孤儿保障工作的意见》|第二部分|建立孤儿基本生活保障制度，中央财政安排专项资金，对地方支付孤儿基本生活费给予补助。
if 失去父母或者查找不到生父母的未满18周岁的未成年人，户籍在本区
m 孤儿基本生活费申请表|表|#由监护人填写
m 孤儿的居民户口簿|@公安机关
m 父母死亡证明或宣告死亡、失踪的法律文书|复|
m 监护人身份证件及银行账户|复|
dsec 民政局儿童福利股
out 孤儿基本生活费核定结果
q 孤儿基本生活费标准是多少？|散居孤儿和机构集中养育孤儿的基本生活费按照省、市确定的标准按月发放，并随经济社会发展适时调整。

== 事实无人抚养儿童基本生活补贴给付|JF|R|N|30/20
short 事实无人抚养儿童补贴
law 《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》|第二部分|事实无人抚养儿童是指父母双方均符合重残、重病、服刑在押、强制隔离戒毒、被执行其他限制人身自由的措施、失联情形之一的儿童。
if 父母双方均符合重残、重病、服刑在押、强制隔离戒毒、失联等情形之一的儿童
m 事实无人抚养儿童认定申请表|表
m 儿童的居民户口簿|@公安机关
m 父母情形证明材料|复|#残疾人证、诊断证明、服刑证明等
dsec 民政局儿童福利股

== 困难残疾人生活补贴和重度残疾人护理补贴审核|JF|P|N|20/10
short 残疾人两项补贴审核
law 《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》|第二部分|困难残疾人生活补贴对象为低保家庭中的残疾人；重度残疾人护理补贴对象为残疾等级被评定为一级、二级且需要长期照护的重度残疾人。
if 已由镇（街道）受理初审，低保家庭中的残疾人或者残疾等级一级、二级且需要长期照护的重度残疾人
m 镇（街道）报送的申请材料和初审意见|@镇人民政府（街道办事处）
m $cjz|复
out 补贴核定结果
ch W

== 经济困难的高龄、失能等老年人补贴审核|JF|P|N|20/10
short 老年人补贴审核
law 《中华人民共和国老年人权益保障法》|第三十三条|国家建立和完善老年人福利制度，根据经济社会发展水平和老年人的实际需要，增加老年人的社会福利。国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。
if 经济困难的高龄、失能老年人，已由镇（街道）受理初审
m 镇（街道）报送的申请材料和初审意见|@镇人民政府（街道办事处）
m 老年人能力评估结果|?申请失能补贴的
out 补贴核定结果
ch W

== 基本殡葬服务费用减免|JF|S|N|5/0
short 惠民殡葬补贴
law 《殡葬管理条例》|第二条|殡葬管理的方针是：积极地、有步骤地实行火葬，改革土葬，节约殡葬用地，革除丧葬陋俗，提倡文明节俭办丧事。
law 《民政部 国家发展改革委 财政部等关于全面推行惠民殡葬政策的指导意见》|第二部分|对城乡困难群众等重点救助对象免除遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用。
if 逝者户籍在本区，属于城乡低保对象、特困人员、重点优抚对象、重度残疾人等惠民殡葬对象，或按本区规定享受基本殡葬服务费用减免的居民
m 逝者死亡证明|复|@医疗机构或公安机关
m 逝者居民户口簿或身份证|复|@公安机关
m 困难身份证明|复|?属于困难群众的|#能通过部门共享核验的免于提交
m 经办人身份证件|@公安机关
out 殡葬费用减免结算
addr 平顶山高新区行政服务中心二楼C区民政窗口，也可在殡仪馆结算时直接减免

== 公益性公墓建设审批|XK|P|L|20/15
out 公益性公墓建设批准文件
law 《殡葬管理条例》|第八条|建设殡仪馆、火葬场，由县级人民政府和设区的市、自治州人民政府的民政部门提出方案，报本级人民政府审批；……农村为村民设置公益性墓地，经乡级人民政府审核同意后，报县级人民政府民政部门审批。
if 农村集体经济组织为村民设置公益性墓地，选址符合国土空间规划，已经镇（街道）审核同意
m 公益性公墓建设申请书|表
m 镇（街道）审核意见|@镇人民政府（街道办事处）
m 建设用地批准文件及选址图|复|@自然资源主管部门
m 公墓建设规划和管理制度|
site

== 生活无着流浪乞讨人员救助|JF|S|N|1/0
short 流浪乞讨救助
law 《城市生活无着的流浪乞讨人员救助管理办法》|第二条|县级以上城市人民政府应当根据需要设立流浪乞讨人员救助站。救助站对流浪乞讨人员的救助是一项临时性社会救助措施。
law 《城市生活无着的流浪乞讨人员救助管理办法》|第七条|救助站应当根据受助人员的需要提供食物、住处，对在站内突发急病的及时送医院救治，帮助与其亲属或者所在单位联系，对没有交通费返回其住所地或者所在单位的，提供乘车凭证。
if 自身无力解决食宿，无亲友投靠，不享受城市最低生活保障或者农村五保供养，正在城市流浪乞讨度日的人员
m 求助人员身份证件或身份信息|?能够提供的|#无法提供的由救助站通过公安机关协助查询
out 救助登记
addr 平顶山市救助管理站及高新区民政窗口
ch W
q 遇到流浪乞讨人员可以怎么帮助？|可以拨打110或12345，也可以联系民政部门或救助站，由工作人员引导护送其到救助站接受救助。

== 慈善组织认定|QR|P|L|20/10
law 《中华人民共和国慈善法》|第十条|设立慈善组织，应当向县级以上人民政府民政部门申请登记……本法公布前已经设立的基金会、社会团体、社会服务机构等非营利性组织，可以向办理其登记的民政部门申请认定为慈善组织，民政部门应当自受理申请之日起二十日内作出决定。
if 已在本区登记的社会团体、社会服务机构，以开展慈善活动为宗旨，不以营利为目的，有健全的财务制度
m 慈善组织认定申请书|表
m 按照慈善法要求修改的章程|
m 关于申请认定慈善组织的会议纪要|
m 上一年度财务审计报告|复|
out 慈善组织认定决定书

@tyjrswj
sec 优抚安置股
== 退役军人优待证{}|GG|P|N|60/30|N=申领 B=补领
short 优待证
law 《中华人民共和国退役军人保障法》|第六十三条|国家逐步建立退役军人优待制度。退役军人凭退役军人优待证等有效证件享受公共交通、文化和旅游等优待。
law 《退役军人、其他优抚对象优待证管理办法（试行）》|第九条|优待证申领采取线上申请与线下申请相结合的方式，申请人可以通过户籍地县级退役军人服务中心、乡镇（街道）退役军人服务站或者线上渠道提出申请。
if 户籍在本区的退役军人和烈士遗属、因公牺牲军人遗属、病故军人遗属等其他优抚对象[N]
if 优待证遗失或损毁[B]
m 本人有效身份证件|@公安机关
m 退役证件或优抚对象身份证明|复|@部队或退役军人事务部门|[N]
m 本人近期免冠照片|电|#线上上传或现场采集
out 退役军人优待证
q 优待证有什么用？|持证可以享受公共交通、文化旅游、医疗服务等方面的优待，部分银行、商户还提供专属优惠。

== 退役士兵安置报到|QR|S|N|5/0
short 退役报到
law 《退役士兵安置条例》|第十四条|退役士兵应当自被批准退出现役之日起30日内，持退役证件到安置地县级人民政府退役士兵安置工作主管部门报到。
if 经批准退出现役、安置地为本区的退役士兵
m 退出现役证|@部队
m 退役士兵安置介绍信|@部队
m 本人有效身份证件|@公安机关
out 报到登记及安置去向告知
q 报到后可以享受哪些安置政策？|自主就业的发给一次性退役金和一次性经济补助金，符合安排工作条件的按规定安排工作，并可以参加免费职业教育和技能培训。

== 自主就业退役士兵一次性经济补助金给付|JF|P|N|30/15
law 《退役士兵安置条例》|第十九条|对自主就业的退役士兵，由部队发给一次性退役金……地方人民政府可以根据当地实际情况给予经济补助。
if 选择自主就业、安置地为本区的退役士兵，已按时报到
m 本人有效身份证件|@公安机关
m 退出现役证|复|@部队
m $yhzh
out 一次性经济补助金核定结果

== 义务兵家庭优待金给付|JF|P|N|30/15
law 《军人抚恤优待条例》|第五十一条|义务兵服现役期间，其家庭由批准入伍地县级人民政府按照规定发给优待金。
if 从本区批准入伍的义务兵，服现役期间
m 入伍批准书|复|@征兵办公室
m 义务兵家庭户主身份证件和银行账户|复|
out 优待金发放结果

== 残疾等级评定|QR|P|N|60/40
short 伤残评定
law 《军人抚恤优待条例》|第二十五条|退出现役的军人和移交政府安置的军队离休退休干部、退休士官本人（家属）提出评定残疾等级申请的，由户籍所在地县级人民政府退役军人工作主管部门受理，经审查后报省级人民政府退役军人工作主管部门审批。
law 《伤残抚恤管理办法》|第五条|申请人（精神病患者由其利害关系人）申请评定残疾等级，应当向所在单位提出书面申请。没有工作单位的或者以原致残部队退役军人身份申请补办评定残疾等级的，向户籍所在地县级人民政府退役军人事务部门提出书面申请。
if 退役军人因战、因公致残，或者义务兵和初级士官因病致残，且未评定残疾等级
m 评定残疾等级申请表|表
m 本人有效身份证件和退役证件|复|
m 因战、因公致残的原始证明材料|复|#部队出具的致残经过证明、医疗诊断等
dsec 省退役军人事务厅
site
out 残疾军人证

== 伤残抚恤金给付|JF|P|N|30/15
law 《军人抚恤优待条例》|第三十条|退出现役的残疾军人，按照残疾等级享受残疾抚恤金。
if 已评定残疾等级、户籍在本区的退役残疾军人
m 残疾军人证|复|@退役军人事务部门
m 本人有效身份证件|@公安机关
m $yhzh
out 伤残抚恤金核定结果

== 烈士遗属定期抚恤金给付|JF|P|N|30/15
law 《烈士褒扬条例》|第十六条|符合下列条件之一的烈士遗属，享受定期抚恤金：（一）烈士的父母（抚养人）、配偶无劳动能力、无生活费来源，或者收入水平低于当地居民平均生活水平的……
if 户籍在本区、符合条件的烈士父母（抚养人）、配偶、子女
m 定期抚恤金申请表|表
m 烈士证明书|复|@退役军人事务部门
m 申请人身份证件及与烈士关系证明|复|
m $yhzh

== 因公牺牲军人遗属、病故军人遗属定期抚恤金给付|JF|P|N|30/15
law 《军人抚恤优待条例》|第十九条|对符合条件的因公牺牲军人遗属、病故军人遗属，发给定期抚恤金。
if 户籍在本区、符合条件的因公牺牲军人遗属、病故军人遗属
m 定期抚恤金申请表|表
m 军人因公牺牲证明书或病故证明书|复|
m 申请人身份证件及亲属关系证明|复|
m $yhzh

== 在乡复员军人定期定量补助给付|JF|P|N|30/15
law 《军人抚恤优待条例》|第四十一条|在乡复员军人享受定期定量补助。
if 户籍在本区农村、符合条件的在乡复员军人
m 复员军人证明材料|复|
m 本人有效身份证件|@公安机关
m $yhzh

== 带病回乡退伍军人生活补助给付|JF|P|N|30/15
law 《军人抚恤优待条例》|第四十一条|带病回乡退役军人享受定期定量补助。
if 在服役期间患病、尚未达到评定残疾等级条件并有军队医院证明，从部队退伍的本区户籍退役军人
m 带病回乡退伍军人认定材料|复|#部队出具的患病证明等
m 本人有效身份证件|@公安机关
m $yhzh

== 参战参试退役人员生活补助给付|JF|P|N|30/15
law 《民政部 财政部关于给部分原8023部队及其他参加核试验军队退役人员发放生活补助的通知》|第一条|对参加核试验军队退役人员，按规定发给生活补助。
law 《军人抚恤优待条例》|第四十一条|国家对参战退役军人、参加核试验退役军人等给予生活补助。
if 户籍在本区、经认定的参战退役人员和参加核试验军队退役人员
m 参战或参试经历证明材料|复|#档案记载、部队证明等
m 本人有效身份证件|@公安机关
m $yhzh

== 部分农村籍退役士兵老年生活补助给付|JF|P|N|30/15
law 《民政部 财政部关于给部分农村籍退役士兵发放老年生活补助的通知》|第一条|对1954年11月1日试行义务兵役制后至《退役士兵安置条例》实施前入伍、年龄在60周岁以上（含60周岁）、未享受到国家定期抚恤补助的农村籍退役士兵，给予老年生活补助。
if 年满60周岁、未享受国家定期抚恤补助的农村籍退役士兵
m 退役证件或档案记载的服役证明|复|
m 本人有效身份证件和户口簿|@公安机关
m $yhzh

== 光荣牌悬挂|GG|S|N|5/0
law 《军人抚恤优待条例》|第九条|国家实行悬挂光荣牌制度，光荣牌由县级人民政府退役军人工作主管部门组织发放和悬挂。
law 《为烈属、军属和退役军人等家庭悬挂光荣牌工作实施办法》|第三条|为烈士遗属、因公牺牲军人遗属、病故军人遗属家庭，现役军人家庭，退役军人家庭悬挂光荣牌。
if 户籍在本区的烈属、军属和退役军人家庭，尚未悬挂光荣牌
m 本人有效身份证件|@公安机关
m 现役军人、退役军人或烈士遗属的身份证明|复|
out 光荣牌
q 光荣牌由谁来挂？|由镇（街道）、村（社区）组织统一上门悬挂，一般在重大节日集中开展。

== 退役军人创业贷款贴息|JF|P|N|30/15
law 《中华人民共和国退役军人保障法》|第四十九条|国家鼓励和扶持退役军人创业……退役军人创业，享受创业担保贷款贴息等扶持政策。
if 退役军人在本区创办小微企业或从事个体经营，已取得创业担保贷款
m 贴息申请表|表
m 借款合同和还款付息凭证|复|
m 退役证件|复|
m $yyzz
out 贴息核定结果

@cjrlhh
sec 康复就业部
== 残疾人证{}|QR|P|N|30/15 X=30/1|N=新办 C=等级变更 B=补办 O=换领 X=注销
short 残疾人证办理
cert 中华人民共和国残疾人证|残疾人联合会
law 《中华人民共和国残疾人保障法》|第二条|残疾人是指在心理、生理、人体结构上，某种组织、功能丧失或者不正常，全部或者部分丧失以正常方式从事某种活动能力的人。
law 《中华人民共和国残疾人证管理办法》|第八条|申请残疾人证，应当向户口所在地县级残联提出申请，提交申请表、居民身份证或户口簿、照片，并到指定的评定机构进行残疾评定。
if 户籍在本区，符合残疾标准的视力、听力、言语、肢体、智力、精神及多重残疾人[N]
if 残疾状况发生变化，需要重新评定残疾等级[C]
if 残疾人证有效期届满或者证件损坏需要换领[O]
if 持证人死亡、残疾状况消失或者户口迁出本省[X]
m 残疾人证申请表|表|#本人或监护人签字
m 居民身份证或户口簿|@公安机关
m 本人近期免冠照片|x2|电|#窗口可现场采集[NCBO]
m 残疾评定结果|@指定评定医疗机构|#由评定医院出具，窗口联网获取[NC]
m 原残疾人证|@残疾人联合会|[O]
m 死亡证明或其他注销事由证明|复|[X]
m $wts
q 残疾评定要去哪家医院？|由区残联指定的二级以上医疗机构进行评定，评定费用按规定减免，困难家庭可以申请免除。[N]

== 残疾人证迁移|QR|P|N|30/10
law 《中华人民共和国残疾人证管理办法》|第十八条|持证人户口迁移的，应当到迁入地县级残联办理残疾人证迁移手续。
if 持证残疾人户籍迁入或迁出本区
m 残疾人证迁移申请表|表
m 原残疾人证|@残疾人联合会
m 迁移后的户口簿|@公安机关
out 迁移后的残疾人证

== 残疾儿童康复救助|JF|P|N|20/10
law 《国务院关于建立残疾儿童康复救助制度的意见》|第二部分|救助对象为符合条件的0-6岁视力、听力、言语、肢体、智力等残疾儿童和孤独症儿童，包括城乡最低生活保障家庭、建档立卡贫困户家庭的残疾儿童、儿童福利机构收留抚养的残疾儿童、残疾孤儿、纳入特困人员供养范围的残疾儿童，以及其他经济困难家庭的残疾儿童。
if 户籍在本区、0-6岁的视力、听力、言语、肢体、智力残疾儿童和孤独症儿童，有康复需求
m 残疾儿童康复救助申请表|表|#监护人签字
m 儿童户口簿或身份证|@公安机关
m 医疗机构出具的诊断证明或残疾人证|复|
m 监护人身份证件|复|
out 康复救助审核结果
q 康复救助可以选哪些机构？|可以在省、市残联确定的定点康复机构中自主选择，康复费用按标准直接结算。

== 残疾人辅助器具适配补贴|JF|P|N|20/10
law 《中华人民共和国残疾人保障法》|第二十条|政府有关部门应当组织和扶持残疾人康复器械、辅助器具的研制、生产、供应、维修服务。
law 《国务院关于加快发展康复辅助器具产业的若干意见》|第三部分|对符合条件的残疾人配置基本型康复辅助器具给予补贴。
if 持证残疾人有适配基本型辅助器具需求
m 辅助器具适配申请表|表
m 残疾人证|复|@残疾人联合会
m 辅助器具适配评估意见|@辅助器具适配机构
out 补贴审核结果

== 残疾人职业技能培训|GG|P|N|20/10
law 《中华人民共和国残疾人保障法》|第三十七条|政府有关部门设立的公共就业服务机构，应当为残疾人免费提供就业服务。
law 《残疾人就业条例》|第十九条|国家建立残疾人职业培训制度，各级人民政府应当加强残疾人职业培训工作。
if 就业年龄段内有培训意愿的持证残疾人
m 培训报名表|表
m 残疾人证|复|@残疾人联合会
out 培训安排通知

== 残疾人自主创业扶持|JF|P|N|30/15
law 《残疾人就业条例》|第十七条|国家对从事个体经营的残疾人，免除行政事业性收费。县级以上地方人民政府及其有关部门应当确定适合残疾人生产、经营的产品、项目，优先安排残疾人福利性单位生产或者经营。
if 持证残疾人在本区自主创业或从事个体经营，正常经营6个月以上
m 创业扶持申请表|表
m 残疾人证|复|@残疾人联合会
m $yyzz
m $yhzh
out 扶持资金审核结果

== 贫困重度残疾人家庭无障碍改造|GG|P|N|30/20
law 《中华人民共和国无障碍环境建设法》|第二十三条|县级以上人民政府及其有关部门应当采取措施，为困难家庭中的残疾人、失能老年人提供家庭无障碍改造补助。
law 《中华人民共和国残疾人保障法》|第五十三条|无障碍设施的建设和改造，应当符合残疾人的实际需要。
if 户籍在本区的低保、低保边缘家庭中的持证重度残疾人，有家庭无障碍改造需求
m 无障碍改造申请表|表
m 残疾人证|复|@残疾人联合会
m 家庭困难情况证明|复|#能通过部门共享核验的免于提交
site
out 改造审核结果

== 重度残疾人托养服务补贴|JF|P|N|20/10
law 《中华人民共和国残疾人保障法》|第四十八条|各级人民政府对生活确有困难的残疾人，通过多种渠道给予生活、教育、住房和其他社会救助。
law 《国务院关于加快推进残疾人小康进程的意见》|第二部分|加强残疾人托养服务，对接受托养服务的困难残疾人给予补贴。
if 户籍在本区、接受机构托养或居家托养服务的困难重度残疾人
m 托养服务补贴申请表|表
m 残疾人证|复|@残疾人联合会
m 托养服务协议|复|?机构托养的
out 补贴审核结果

== 残疾人大学生及残疾人家庭子女助学补贴|JF|P|N|30/15
short 残疾人助学补贴
law 《中华人民共和国残疾人保障法》|第二十五条|普通教育机构对具有接受普通教育能力的残疾人实施教育，并为其学习提供便利和帮助。
law 《残疾人教育条例》|第四十六条|国家、社会鼓励和帮助残疾人自学成才。县级以上地方人民政府对接受教育的残疾学生给予资助。
if 户籍在本区，当年考入全日制普通高等院校的持证残疾人或贫困残疾人家庭子女
m 助学补贴申请表|表
m 录取通知书|复|
m 残疾人证|复|@残疾人联合会
m $yhzh
out 助学补贴审核结果

== 用人单位安排残疾人就业情况审核|QR|S|L|0/0
short 按比例就业审核
net
law 《残疾人就业条例》|第八条|用人单位应当按照一定比例安排残疾人就业，并为其提供适当的工种、岗位。用人单位安排残疾人就业的比例不得低于本单位在职职工总数的1.5%。
law 《残疾人就业保障金征收使用管理办法》|第十条|用人单位应当于每年规定时间内，向残疾人就业服务机构申报上年度本单位安排的残疾人就业人数。
if 安排残疾人就业的用人单位，申报上年度安排残疾人就业情况
m 用人单位安排残疾人就业情况申报表|电|表
m 残疾职工的残疾人证|复|@残疾人联合会
m 残疾职工劳动合同和社会保险缴费记录|复|
out 审核结果
""";

}

/** 卫生健康委员会, 教育局, 文化广电和旅游局. */
final class T10 {

	static final String TEXT = """
@wsjkwyh
sec 医政医管股
== 医疗机构设置审批|XK|P|L|30/15
short 医院设置审批
law 《医疗机构管理条例》|第九条|单位或者个人设置医疗机构，按照国务院的规定应当办理设置医疗机构批准书的，应当经县级以上地方人民政府卫生行政部门审查批准，并取得设置医疗机构批准书。
law 《医疗机构管理条例》|第十一条|县级以上地方人民政府卫生行政部门应当自受理设置申请之日起30日内，作出批准或者不批准的书面答复。
if 拟设置的医疗机构符合本区医疗机构设置规划和医疗机构基本标准
if 设置人具有完全民事行为能力，不属于不得申请设置医疗机构的情形
m 设置医疗机构申请书|表
m 设置可行性研究报告|
m 选址报告和建筑设计平面图|
m 设置人的资质证明|复|
site
out 设置医疗机构批准书

== 医疗机构执业{}|XK|P|L|45/15 C=45/10 X=45/5|N=登记 C=变更登记 X=注销登记
short 医疗机构执业登记
cert 医疗机构执业许可证
site
law 《医疗机构管理条例》|第十四条|医疗机构执业，必须进行登记，领取《医疗机构执业许可证》；诊所按照国务院卫生行政部门的规定向所在地的县级人民政府卫生行政部门备案后，可以执业。
law 《医疗机构管理条例》|第十六条|执业登记机关应当自受理执业登记申请之日起45日内，根据本条例和医疗机构基本标准进行审核。
law 《医疗机构管理条例》|第十九条|医疗机构改变名称、场所、主要负责人、诊疗科目、床位，必须向原登记机关办理变更登记。[C]
if 按照规定应当办理设置医疗机构批准书的，已取得设置医疗机构批准书[N]
if 符合医疗机构的基本标准，有适合的名称、组织机构和场所，有与其开展的业务相适应的经费、设施、设备和专业卫生技术人员[N]
if 医疗机构名称、场所、主要负责人、诊疗科目、床位等登记事项发生变化[C]
if 医疗机构歇业或者终止执业[X]
m 医疗机构执业登记申请书|表|#法定代表人签字并加盖公章
m 设置医疗机构批准书|复|?按规定需要设置审批的|@卫生健康部门|[N]
m 医疗机构用房产权证明或者使用证明|复|[N]
m 医疗机构建筑设计平面图|[N]
m 验资证明和资产评估报告|复|[N]
m 医疗机构规章制度|[N]
m 医疗机构法定代表人或者主要负责人以及各科室负责人名录和有关资格证书、执业证书复印件|复|[N]
m 变更事项的证明材料|复|[C]
m $wts

== 医疗机构校验|QT|P|L|30/10
law 《医疗机构管理条例》|第二十二条|床位不满100张的医疗机构，其《医疗机构执业许可证》每年校验1次；床位在100张以上的医疗机构，其《医疗机构执业许可证》每3年校验1次。校验由原登记机关办理。
if 持有医疗机构执业许可证的医疗机构在校验期满前3个月
m 医疗机构校验申请书|表
m 医疗机构执业许可证副本|@卫生健康部门
m 校验期内的执业情况、医疗质量和安全管理情况报告|
site
out 校验结论

== 诊所{}|BA|S|LN|0/0|N=备案 C=备案变更 X=备案注销
short 诊所备案
law 《医疗机构管理条例》|第十五条|诊所按照国务院卫生行政部门的规定向所在地的县级人民政府卫生行政部门备案后，可以执业。
law 《诊所备案管理暂行办法》|第六条|诊所备案人应当向诊所所在地县级人民政府卫生健康行政部门提交备案材料，卫生健康行政部门对材料齐全、符合形式要求的，当场发放诊所备案凭证。
if 诊所符合诊所基本标准，主要负责人取得医师执业证书且经注册后在医疗、保健机构中执业满五年[N]
if 诊所名称、地址、负责人、诊疗科目等备案事项发生变化[C]
if 诊所停止执业[X]
m 诊所备案信息表|表
m 诊所房屋产权证明或者租赁使用合同|复|[N]
m 诊所人员名单及资格证书、执业证书|复|[NC]
m 诊所规章制度和诊疗科目、设备清单|[N]
m $wts
out 诊所备案凭证
q 开诊所还需要审批吗？|不需要审批。诊所实行备案管理，材料齐全、符合形式要求的当场发放备案凭证，备案后即可执业，卫生健康部门事后核查。

== 中医诊所{}|BA|S|LN|0/0|N=备案 C=备案变更 X=备案注销
short 中医诊所备案
law 《中华人民共和国中医药法》|第十四条|举办中医诊所的，将诊所的名称、地址、诊疗范围、人员配备情况等报所在地县级人民政府中医药主管部门备案后即可开展执业活动。
law 《中医诊所备案管理暂行办法》|第六条|县级中医药主管部门收到备案材料后，对材料齐全且符合备案要求的予以备案，并当场发放《中医诊所备案证》。
if 个人或者单位举办只提供传统中医药服务的中医诊所[N]
if 中医诊所备案事项发生变化[C]
if 中医诊所停止执业[X]
m 中医诊所备案信息表|表
m 中医医师资格证书和执业证书|复|[NC]
m 诊所房屋产权证明或租赁合同|复|[N]
m 诊所规章制度|[N]
m $wts
out 中医诊所备案证

== 医师执业{}|XK|P|N|20/5 X=20/1|N=注册 C=变更注册 X=注销注册 O=多机构备案
short 医师执业注册
cert 医师执业证书
net
visits 0
law 《中华人民共和国医师法》|第十三条|国家实行医师执业注册制度。取得医师资格的，可以向所在地县级以上地方人民政府卫生健康主管部门申请注册。医师执业注册管理的具体办法，由国务院卫生健康主管部门制定。
law 《中华人民共和国医师法》|第十四条|医师经注册后，可以在医疗卫生机构中按照注册的执业地点、执业类别、执业范围执业，从事相应的医疗卫生服务。
law 《医师执业注册管理办法》|第十条|卫生健康行政部门应当自收到注册申请之日起20个工作日内，对申请人提交的申请材料进行审核。
if 取得医师资格，拟在本区医疗卫生机构执业[N]
if 医师变更执业地点、执业类别、执业范围等注册事项[C]
if 医师死亡、受刑事处罚、中止执业活动满二年等应当注销注册的情形[X]
if 医师在主要执业机构以外的其他医疗机构执业[O]
m 医师执业注册申请审核表|电|表
m 医师资格证书|复|@卫生健康部门|[N]
m 健康体检证明|复|@医疗机构|[N]
m 拟执业机构的聘用证明|复|[NCO]
m 变更执业注册申请材料|[C]
q 医师注册可以网上办吗？|可以。通过国家医师、护士电子化注册系统在线申请，审核通过后即可获得电子化注册证书，无需到现场。

== 护士执业{}|XK|P|N|20/5 X=20/1|N=首次注册 C=变更注册 R=延续注册 X=注销注册
short 护士执业注册
cert 护士执业证书
net
visits 0
law 《护士条例》|第七条|护士执业，应当经执业注册取得护士执业证书。
law 《护士条例》|第八条|申请护士执业注册的，应当向拟执业地省、自治区、直辖市人民政府卫生主管部门提出申请。收到申请的卫生主管部门应当自收到申请之日起20个工作日内做出决定。
law 《护士条例》|第十条|护士执业注册有效期届满需要继续执业的，应当在护士执业注册有效期届满前30日向执业地省、自治区、直辖市人民政府卫生主管部门申请延续注册。[R]
if 通过护士执业资格考试，符合健康标准，拟在本区医疗卫生机构执业[N]
if 护士变更执业地点[C]
if 护士执业注册有效期届满前30日[R]
if 护士执业注册有效期届满未延续、死亡或者被依法吊销护士执业证书[X]
m 护士执业注册申请审核表|电|表
m 护士执业资格考试成绩合格证明|复|[N]
m 健康体检证明|复|@医疗机构|[NR]
m 拟执业机构的聘用证明|复|[NC]

== 乡村医生执业{}|XK|P|N|20/10|N=注册 R=再注册 C=变更
short 乡村医生注册
cert 乡村医生执业证书
law 《乡村医生从业管理条例》|第十条|具有县级以上地方人民政府卫生行政主管部门颁发的乡村医生证书，符合条件的，可以向县级人民政府卫生行政主管部门申请乡村医生执业注册，取得乡村医生执业证书后，继续在村医疗卫生机构执业。
law 《乡村医生从业管理条例》|第十六条|乡村医生执业证书有效期为5年。乡村医生执业证书有效期满需要继续执业的，应当在有效期满前3个月申请再注册。[R]
if 具有乡村医生证书或者中等以上医学专业学历，在村卫生室执业[N]
if 乡村医生执业证书有效期满前3个月[R]
if 乡村医生变更执业的村医疗卫生机构[C]
m 乡村医生执业注册申请表|表
m 乡村医生证书或医学专业学历证书|复|[N]
m 健康证明|复|@医疗机构
m 村卫生室出具的聘用证明|复|[NC]
renew 3个月

== 放射诊疗许可|XK|P|L|20/15|N=新办 C=变更 O=校验 X=注销
cert 放射诊疗许可证
site
law 《放射诊疗管理规定》|第十一条|医疗机构设置放射诊疗项目，应当按照其开展的放射诊疗工作的类别，分别向相应的卫生行政部门提出建设项目卫生审查、竣工验收和设置放射诊疗项目申请。
law 《放射诊疗管理规定》|第十三条|卫生行政部门应当自受理之日起20日内作出审查决定，对合格的予以批准，发给《放射诊疗许可证》。
if 医疗机构开展X射线影像诊断等放射诊疗工作，具有相应的放射诊疗场所、设备、人员和防护措施[N]
if 放射诊疗项目、设备或场所发生变化[C]
if 已取得放射诊疗许可证，每2年校验一次[O]
m 放射诊疗许可申请表|表
m 医疗机构执业许可证|复|@卫生健康部门
m 放射诊疗设备清单和检测报告|复|@职业卫生技术服务机构|[NCO]
m 放射工作人员资格证书和个人剂量监测、健康检查资料|复|[NO]
m 放射防护管理组织和规章制度|[N]
m 放射诊疗许可证副本|@卫生健康部门|[O]

sec 卫生监督所
== 公共场所卫生许可|XK|P|L|20/5 X=20/1 B=20/1|N=新办 C=变更 R=延续 X=注销 B=补办
cert 公共场所卫生许可证
site
law 《公共场所卫生管理条例》|第八条|除公园、体育场（馆）、公共交通工具外的公共场所，经营单位应当及时向卫生行政部门申请办理《卫生许可证》。
law 《公共场所卫生管理条例实施细则》|第二十二条|国家对公共场所实行卫生许可证管理。公共场所经营者应当按照规定向县级以上地方人民政府卫生计生行政部门申请卫生许可证。
law 《公共场所卫生管理条例实施细则》|第二十四条|县级以上地方人民政府卫生计生行政部门应当自受理公共场所卫生许可申请之日起20日内，对申报资料进行审查，对现场进行审核，符合规定条件的，作出准予公共场所卫生许可的决定。
if 宾馆、美容美发、沐浴、游泳场所等公共场所，卫生设施和从业人员符合规定[N]
m 卫生许可证申请表|表
m $yyzz
m 公共场所地址方位示意图、平面图和卫生设施平面布局图|[NR]
m 公共场所卫生检测或者评价报告|@检测机构|[NR]
m 公共场所卫生管理制度|[N]
m 从业人员健康合格证明|复|@医疗机构|[NR]
m 变更事项的证明材料|复|[C]
m $wts
q 理发店需要办卫生许可证吗？|按照国家“证照分离”改革要求，对理发店、美容店等实行告知承诺或取消许可的，以本省最新公布的公共场所卫生许可目录为准。[N]

== 饮用水供水单位卫生许可|XK|P|L|20/10 X=20/1|N=新办 C=变更 R=延续 X=注销
cert 饮用水供水单位卫生许可证
site
law 《中华人民共和国传染病防治法》|第二十九条|饮用水供水单位从事生产或者供应活动，应当依法取得卫生许可证。
law 《生活饮用水卫生监督管理办法》|第七条|集中式供水单位取得工商行政管理部门颁发的营业执照后，还应当取得县级以上地方人民政府卫生计生主管部门颁发的卫生许可证，方可供水。
if 集中式供水单位、二次供水单位的水源、供水设施和水质符合卫生标准[N]
m 饮用水供水单位卫生许可申请书|表
m $yyzz
m 水质检测报告|@检测机构|[NR]
m 供水设施平面图和工艺流程|[N]
m 直接从事供、管水人员的健康证明|复|[NR]
m 变更事项的证明材料|复|[C]
m $wts

sec 人口家庭股
== 母婴保健技术服务执业许可|XK|P|L|20/15|N=新办 C=变更 R=校验
cert 母婴保健技术服务执业许可证
site
law 《中华人民共和国母婴保健法》|第三十二条|医疗保健机构依照本法规定开展婚前医学检查、遗传病诊断、产前诊断以及施行结扎手术和终止妊娠手术的，必须符合国务院卫生行政部门规定的条件和技术标准，并经县级以上地方人民政府卫生行政部门许可。
if 医疗保健机构开展婚前医学检查、助产技术、结扎手术和终止妊娠手术等母婴保健技术服务[N]
m 母婴保健技术服务执业许可申请登记书|表
m 医疗机构执业许可证|复|@卫生健康部门
m 开展母婴保健技术服务的人员资格证明|复|[NR]
m 相关设备设施清单和规章制度|[N]

== 出生医学证明{}|QR|S|N|20/0|O=首次签发（院外分娩） C=换发 B=补发
short 出生医学证明
law 《中华人民共和国母婴保健法》|第二十三条|医疗保健机构和从事家庭接生的人员按照国务院卫生行政部门的规定，出具统一制发的新生儿出生医学证明。
law 《国家卫生健康委 公安部关于加强出生医学证明管理的通知》|第三部分|出生医学证明遗失的，可以申请补发；信息有误或者破损的，可以申请换发。
if 在医疗机构外分娩的新生儿需要首次签发出生医学证明[O]
if 出生医学证明登记内容有误或者证件污损、残缺，需要换发[C]
if 出生医学证明遗失，需要补发[B]
m 出生医学证明首次签发（换发、补发）申请表|表|#父母签字
m 父母双方的居民身份证|@公安机关
m 亲子鉴定证明|@具备资质的鉴定机构|[O]
m 原出生医学证明|?换发的|[C]
m 新生儿已落户的户口簿|?补发的|@公安机关|[B]
out 出生医学证明
addr 平顶山高新区行政服务中心二楼D区卫健窗口（由区妇幼保健院出具）

== 生育登记|QR|S|N|0/0
short 生育登记
net
visits 0
law 《中华人民共和国人口与计划生育法》|第十八条|国家提倡适龄婚育、优生优育。一对夫妻可以生育三个子女。
law 《河南省人口与计划生育条例》|第十七条|实行生育登记服务制度。生育子女的，可以在孕前或者怀孕后到户籍所在地或者现居住地乡级人民政府、街道办事处进行生育登记，也可以通过网络进行登记。
if 夫妻双方或一方户籍在本区、在本区居住的育龄夫妻，生育子女
m 夫妻双方的居民身份证|@公安机关
m 结婚证|@婚姻登记机关|#未婚生育的，提交本人身份证明即可登记
out 生育登记信息
q 生育登记有什么用？|生育登记后可以享受孕产期保健、生育保险等相关服务，也是申请育儿补贴等政策的依据之一，可通过“豫事办”APP在线登记。

== 计划生育家庭特别扶助金审核|JF|R|N|60/40
short 计生特扶
law 《中华人民共和国人口与计划生育法》|第三十一条|独生子女发生意外伤残、死亡，其父母不再生育和收养子女的，地方人民政府应当给予必要的帮助。
law 《全国独生子女伤残死亡家庭扶助制度试点方案》|第三部分|扶助对象为独生子女死亡或伤残后未再生育或收养子女、女方年满49周岁的夫妻。
if 独生子女死亡或伤残（三级以上）后未再生育或收养子女，女方年满49周岁
m 特别扶助对象申请表|表
m 夫妻双方身份证件和户口簿|@公安机关
m 独生子女死亡证明或残疾人证|复|
dsec 卫健委人口家庭股
out 特别扶助资格确认结果

== 托育机构{}|BA|S|L|0/0|N=备案 C=备案变更 X=备案注销
short 托育机构备案
law 《托育机构管理规范（试行）》|第三条|托育机构应当在登记机关登记后，及时向机构所在地的县级卫生健康部门备案。
law 《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》|第三部分|举办营利性婴幼儿照护服务机构的，在市场监督管理部门登记后，向当地卫生健康部门备案。
if 已依法登记、为3岁以下婴幼儿提供照护服务的托育机构[N]
if 托育机构名称、地址、负责人、托位数等备案事项发生变化[C]
if 托育机构终止服务[X]
m 托育机构备案书|表
m 营业执照或事业单位法人证书、民办非企业单位登记证书|复|
m 场地证明和消防安全检查合格证明|复|[N]
m 工作人员专业资格证明和健康合格证明|复|[N]
out 托育机构备案回执

== 预防接种证补办|GG|S|N|0/0
law 《中华人民共和国疫苗管理法》|第四十七条|国家对儿童实行预防接种证制度。在儿童出生后一个月内，其监护人应当到儿童居住地承担预防接种工作的接种单位或者出生医院为其办理预防接种证。
if 儿童预防接种证遗失或损毁
m 儿童户口簿或出生医学证明|@公安机关或医疗机构
m 监护人身份证件|@公安机关
out 补发的预防接种证
addr 儿童居住地所属社区卫生服务中心或乡镇卫生院预防接种门诊

@jyj
sec 基础教育股
== 民办幼儿园{}|XK|P|L|90/30 C=30/15 X=30/15|N=设立 C=变更 X=终止
short 民办幼儿园审批
cert 办学许可证
site
law 《中华人民共和国民办教育促进法》|第十二条|举办实施学历教育、学前教育、自学考试助学及其他文化教育的民办学校，由县级以上人民政府教育行政部门按照国家规定的权限审批。
law 《中华人民共和国民办教育促进法》|第十七条|审批机关对筹设民办学校的申请，应当自受理之日起三十日内以书面形式作出是否同意的决定。……审批机关对批准正式设立的民办学校发给办学许可证。
law 《中华人民共和国民办教育促进法》|第五十六条|民办学校有下列情形之一的，应当终止……[X]
if 符合本区学前教育布局规划，有符合规定的园舍、场地、设施设备和教职工[N]
if 举办者、名称、园址、法定代表人等事项发生变化[C]
if 举办者要求终止且已妥善安置在园幼儿，完成财务清算[X]
m 民办幼儿园设立（变更、终止）申请书|表
m 举办者资格证明|复|[N]
m 园舍、场地产权证明或租赁合同|复|[N]
m 资产及经费来源的证明文件|复|[N]
m 拟任园长、教师、保育员、保健人员的资格证明|复|[N]
m 幼儿园章程和首届理事会（董事会）组成人员名单|[N]
m 变更事项的证明材料及理事会决议|[C]
m 幼儿安置方案和财务清算报告|[X]
m $wts

== 民办义务教育学校{}|XK|P|L|90/30 C=30/15 X=30/15|N=设立 C=变更 X=终止
short 民办学校审批
cert 办学许可证
site
law 《中华人民共和国民办教育促进法》|第十二条|举办实施学历教育、学前教育、自学考试助学及其他文化教育的民办学校，由县级以上人民政府教育行政部门按照国家规定的权限审批。
law 《中华人民共和国民办教育促进法实施条例》|第二十五条|审批机关应当自受理之日起规定期限内作出是否批准的决定。
if 符合本区教育发展规划和学校设置标准，有符合规定的校舍、设施和师资[N]
if 举办者、名称、校址、法定代表人等事项发生变化[C]
if 学校终止办学，已妥善安置在校学生并完成财务清算[X]
m 民办学校设立（变更、终止）申请书|表
m 举办者资格证明|复|[N]
m 校舍产权证明或租赁合同|复|[N]
m 学校章程和资产来源证明|[N]
m 拟任校长、教师资格证明|复|[N]
m 变更事项证明材料及理事会决议|[C]
m 学生安置方案和财务清算报告|[X]
m $wts

== 面向中小学生的非学科类校外培训机构设立审批|XK|P|L|30/20
short 校外培训机构审批
site
law 《中华人民共和国民办教育促进法》|第十二条|举办实施以职业技能为主的职业资格培训、职业技能培训的民办学校，由县级以上人民政府人力资源社会保障行政部门按照国家规定的权限审批。
law 《中共中央办公厅 国务院办公厅关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》|第四部分|对非学科类校外培训机构，各地要区分体育、文化艺术、科技等类别，明确相应主管部门，分类制定标准、严格审批。
if 面向中小学生开展科技类非学科类培训，场所、师资、课程符合本省设置标准
m 设立申请书|表
m 举办者资格证明和资产证明|复|
m 培训场所产权证明或租赁合同及消防安全证明|复|
m 培训内容、课程设置说明|
m 培训人员资格证明|复|
out 办学许可证

== 中小学教师资格认定|QR|P|N|30/20
short 教师资格认定
net
visits 0
law 《中华人民共和国教师法》|第十条|国家实行教师资格制度。中国公民凡遵守宪法和法律，热爱教育事业，具有良好的思想品德，具备本法规定的学历或者经国家教师资格考试合格，有教育教学能力，经认定合格的，可以取得教师资格。
law 《教师资格条例》|第十三条|幼儿园、小学和初级中学教师资格，由申请人户籍所在地或者申请人任教学校所在地的县级人民政府教育行政部门认定。
if 户籍或居住证、就读学校在本区，取得中小学教师资格考试合格证明，具备规定学历和普通话水平
m 教师资格认定申请表|电|表
m 中小学教师资格考试合格证明|电|@教育部考试中心
m 学历证书|电|#学信网在线核验
m 普通话水平测试等级证书|电|#在线核验
m 体检合格证明|@指定医疗机构
out 教师资格证书
url https://www.jszg.edu.cn/
q 认定可以网上办吗？|通过中国教师资格网（https://www.jszg.edu.cn/）在线申请，材料全部在线核验的无需到现场，证书可邮寄。

== 幼儿园教师资格认定|QR|P|N|30/20
net
visits 0
law 《教师资格条例》|第十三条|幼儿园、小学和初级中学教师资格，由申请人户籍所在地或者申请人任教学校所在地的县级人民政府教育行政部门认定。
law 《中华人民共和国教师法》|第十一条|取得幼儿园教师资格，应当具备幼儿师范学校毕业及其以上学历。
if 户籍或居住证、就读学校在本区，取得幼儿园教师资格考试合格证明，具备规定学历
m 教师资格认定申请表|电|表
m 幼儿园教师资格考试合格证明|电|@教育部考试中心
m 学历证书|电|#学信网在线核验
m 体检合格证明|@指定医疗机构
out 教师资格证书
url https://www.jszg.edu.cn/

== 教师资格证书{}|QR|P|N|30/10|B=补发 O=换发
short 教师资格证补换
law 《〈教师资格条例〉实施办法》|第二十七条|教师资格证书遗失或者损毁影响使用的，由本人向原发证机关报告，申请补发。
if 教师资格证书遗失[B]
if 教师资格证书损毁影响使用，或者姓名、身份证号码等信息更正需要换发[O]
m 教师资格证书补发（换发）申请表|表
m 本人有效身份证件|@公安机关
m 损毁的教师资格证书|[O]
m 遗失声明|[B]
out 教师资格证书

== 义务教育阶段适龄儿童入学报名|GG|S|N|0/0
short 小学入学
net
law 《中华人民共和国义务教育法》|第十二条|适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学。父母或者其他法定监护人在非户籍所在地工作或者居住的适龄儿童、少年，在其父母或者其他法定监护人工作或者居住地接受义务教育的，当地人民政府应当为其提供平等接受义务教育的条件。
if 年满六周岁的本区户籍适龄儿童或者随父母在本区居住的适龄儿童
m 儿童户口簿|@公安机关
m 房产证明或居住证明|复|#不动产权证书、购房合同或居住证
m 父母务工就业证明|复|?随迁子女入学的
out 入学学校告知
url https://www.hnzwfw.gov.cn/
q 随迁子女怎么报名？|父母在本区有合法稳定就业和居住的，可以凭居住证等材料在报名期内通过网上报名平台登记，由教育局统筹安排入学。

== 中小学转学|GG|P|N|10/5
law 《中华人民共和国义务教育法》|第十二条|适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学。
law 《中小学生学籍管理办法》|第十五条|学生转学，由转入学校在学籍系统中发起申请，转出学校及双方学籍主管部门核办。
if 因户籍迁移、父母工作调动、居所变更等原因需要转学的中小学生
m 转学申请表|表|#监护人签字
m 学生户口簿或居住证明|复|
m 转入学校同意接收证明|@转入学校
out 转学办理结果

== 普通高中国家助学金申请|JF|P|N|30/20
law 《普通高中国家助学金管理办法》|第四条|普通高中国家助学金资助对象为具有正式注册学籍的普通高中在校生中的家庭经济困难学生。
if 具有正式注册学籍的普通高中家庭经济困难学生
m 国家助学金申请表|表
m 家庭经济困难情况说明|#学校认定
out 资助审核结果

== 义务教育家庭经济困难学生生活补助申请|JF|P|N|30/20
short 寄宿生生活补助
law 《中华人民共和国义务教育法》|第四十四条|各级人民政府对家庭经济困难的适龄儿童、少年免费提供教科书并补助寄宿生生活费。
if 义务教育阶段家庭经济困难的学生
m 生活补助申请表|表
m 家庭经济困难证明材料|复|#低保、特困、残疾等证明，能共享核验的免于提交
out 资助审核结果

== 学前教育资助申请|JF|P|N|30/20
law 《中华人民共和国学前教育法》|第七十三条|国家建立学前教育资助制度，为家庭经济困难的适龄儿童等接受普惠性学前教育提供资助。
if 在本区普惠性幼儿园就读的家庭经济困难儿童、孤儿和残疾儿童
m 学前教育资助申请表|表
m 家庭经济困难证明材料|复|
out 资助审核结果

== 生源地信用助学贷款|JF|P|N|30/15
short 助学贷款
law 《财政部 教育部 人民银行 银保监会关于进一步完善国家助学贷款政策的通知》|第一条|全日制普通本专科学生每人每年申请贷款额度不超过20000元，全日制研究生每人每年申请贷款额度不超过25000元。
if 户籍在本区、被全日制普通高等学校录取或在读的家庭经济困难学生
m 生源地信用助学贷款申请表|表|#在国家开发银行学生在线系统申请
m 学生和共同借款人身份证件及户口簿|@公安机关
m 录取通知书或学生证|复|
out 借款合同
url https://www.csls.cdb.com.cn/
q 助学贷款要付利息吗？|学生在校期间的利息由财政全额补贴，毕业后开始由本人支付利息，按合同约定还本付息。

== 校车使用许可|XK|J|L|20/15|N=新办 C=变更 X=注销
cert 校车标牌
site
law 《校车安全管理条例》|第十四条|使用校车应当依照本条例的规定取得许可。取得校车使用许可应当符合下列条件：（一）车辆符合校车安全国家标准，取得机动车检验合格证明，并已经在公安机关交通管理部门办理注册登记；（二）有取得校车驾驶资格的驾驶人；……
law 《校车安全管理条例》|第十五条|学校或者校车服务提供者申请取得校车使用许可，应当向县级或者设区的市级人民政府教育行政部门提交书面申请和证明其符合本条例第十四条规定条件的材料。教育行政部门应当自收到申请材料之日起3个工作日内，分别送同级公安机关交通管理部门、交通运输部门征求意见，公安机关交通管理部门和交通运输部门应当在1个工作日内回复意见。教育行政部门应当自收到回复意见之日起5个工作日内提出审查意见，报本级人民政府。本级人民政府决定批准的，由公安机关交通管理部门发给校车标牌。
if 车辆符合校车安全国家标准并已注册登记，有取得校车驾驶资格的驾驶人，有包括行驶线路、开行时间和停靠站点的合理可行的校车运行方案[N]
m 校车使用许可申请书|表
m 机动车行驶证和检验合格证明|复|@公安机关交通管理部门
m 校车驾驶人驾驶资格证明|复|@公安机关交通管理部门
m 校车运行方案和安全管理制度|
m 机动车承运人责任保险凭证|复|

@whgdhlyj
sec 文化市场管理股
== 娱乐场所经营许可|XK|P|L|20/10 X=20/1|N=新办 C=变更 R=延续 X=注销
cert 娱乐经营许可证
site
law 《娱乐场所管理条例》|第九条|娱乐场所申请从事娱乐场所经营活动，应当向所在地县级人民政府文化主管部门提出申请。
law 《娱乐场所管理条例》|第十一条|文化主管部门应当自收到申请之日起20日内作出决定。
if 歌舞、游艺娱乐场所的场所面积、设施设备、消防安全符合规定，地址不在居民住宅楼、博物馆、图书馆和被核定为文物保护单位的建筑物内[N]
m 娱乐场所经营活动申请书|表
m $yyzz
m 投资人、法定代表人、主要负责人的身份证明和无违法犯罪记录证明|复|[N]
m 营业场所产权证明或租赁合同|复|[NR]
m 场所平面图、消防安全检查合格证明|复|[NR]
m 变更事项的证明材料|复|[C]
m $wts

== 互联网上网服务营业场所经营许可|XK|P|L|20/10 X=20/1|N=新办 C=变更 R=延续 X=注销
short 网吧许可
cert 网络文化经营许可证
site
law 《互联网上网服务营业场所管理条例》|第十一条|文化行政部门应当自收到申请之日起20个工作日内作出决定；经审查，符合条件的，发给同意筹建的批准文件。
law 《互联网上网服务营业场所管理条例》|第七条|国家对互联网上网服务营业场所经营单位的经营活动实行许可制度。未经许可，任何组织和个人不得从事互联网上网服务经营活动。
if 营业场所面积、计算机台数、消防安全和信息网络安全管理符合规定，与中小学校距离符合要求[N]
m 互联网上网服务营业场所经营许可申请表|表
m $yyzz
m 营业场所产权证明或租赁合同|复|[NR]
m 法定代表人或主要负责人身份证明|复|[N]
m 信息网络安全审核意见和消防安全检查意见|复|[NR]
m 变更事项的证明材料|复|[C]
m $wts
q 网吧离学校要多远？|中学、小学校园周围200米范围内和居民住宅楼（院）内不得设立互联网上网服务营业场所。[N]

== 文艺表演团体设立审批|XK|P|L|20/15
law 《营业性演出管理条例》|第六条|文艺表演团体申请从事营业性演出活动，应当有与其业务相适应的专职演员和器材设备，并向县级人民政府文化主管部门提出申请。文化主管部门应当自受理申请之日起20日内作出决定。
if 有与其业务相适应的专职演员和器材设备
m 营业性演出许可证申请登记表|表
m $yyzz
m 演员的身份证明和演职人员名单|复|
m 器材设备清单|
out 营业性演出许可证

== 营业性演出审批|XK|P|L|20/10
law 《营业性演出管理条例》|第十三条|举办营业性演出，应当向演出所在地县级人民政府文化主管部门提出申请。县级人民政府文化主管部门应当自受理申请之日起3日内作出决定。
if 演出举办单位具有营业性演出许可证，演出内容不含法律法规禁止的内容
m 营业性演出申请登记表|表
m 演出举办单位营业性演出许可证|复|
m 演出节目内容材料和演职员名单|
m 演出场所合法使用证明|复|
out 营业性演出批准文件

== 出版物零售业务经营许可|XK|P|L|20/10 X=20/1|N=新办 C=变更 X=注销
short 书店许可
cert 出版物经营许可证
law 《出版管理条例》|第三十七条|从事出版物零售业务的单位和个体工商户，应当经县级人民政府出版行政主管部门审核许可，取得出版物经营许可证。
law 《出版物市场管理规定》|第九条|县级人民政府出版行政主管部门应当自受理申请之日起20个工作日内作出批准或者不予批准的决定。
if 已取得营业执照，有确定的经营场所[N]
m 出版物经营许可申请表|表
m $yyzz
m 经营场所使用证明|复|[N]
m 变更事项的证明材料|复|[C]
m $wts

== 艺术品经营单位备案|BA|S|L|15/0
law 《艺术品经营管理办法》|第五条|设立从事艺术品经营活动的经营单位，应当到其住所地县级以上人民政府工商行政管理部门申领营业执照，并在领取营业执照之日起15日内，到其住所地县级以上人民政府文化行政部门备案。
if 从事艺术品收购、销售、租赁、经纪、进出口经营、鉴定、评估等经营活动的单位
m 艺术品经营单位备案表|表
m $yyzz
m 法定代表人身份证明|复|
out 备案证明

== 旅行社服务网点备案|BA|S|L|0/0
law 《旅行社条例》|第十一条|旅行社设立专门招徕旅游者、提供旅游咨询的服务网点应当依法向工商行政管理部门办理设立登记手续，并向所在地的旅游行政管理部门备案。
if 旅行社在本区设立服务网点
m 服务网点备案登记表|表
m 服务网点营业执照|复|@市场监督管理部门
m 旅行社业务经营许可证|复|@文化和旅游部门
out 备案证明

== 经营高危险性体育项目许可|XK|P|L|30/15 X=30/1|N=新办 C=变更 R=延续 X=注销
short 游泳馆等高危体育项目许可
cert 高危险性体育项目经营许可证
site
law 《全民健身条例》|第三十二条|企业、个体工商户经营高危险性体育项目的，应当符合下列条件，并向县级以上地方人民政府体育主管部门提出申请。
law 《经营高危险性体育项目许可管理办法》|第九条|县级以上地方人民政府体育主管部门应当自收到申请之日起30日内进行实地核查，作出批准或者不予批准的决定。
if 相关体育设施符合国家标准，具有达到规定数量的取得国家职业资格证书的社会体育指导人员和救助人员，具有安全生产岗位责任制和事故应急处理预案[N]
m 经营高危险性体育项目申请书|表
m $yyzz
m 体育设施符合国家标准的说明和检测报告|[NR]
m 社会体育指导人员、救助人员的职业资格证明|复|[NR]
m 安全生产岗位责任制度和事故应急处理预案|[N]
m 变更事项的证明材料|复|[C]
m $wts
q 哪些属于高危险性体育项目？|目前包括游泳、高山滑雪、自由式滑雪、单板滑雪、潜水、攀岩等项目，以国家体育总局公布的目录为准。

== 公共图书馆读者证办理|GG|S|N|0/0
short 借书证
law 《中华人民共和国公共图书馆法》|第三十三条|公共图书馆应当按照平等、开放、共享的要求向社会公众提供服务。公共图书馆应当免费向社会公众提供文献信息查询、借阅，阅览室、自习室等公共空间设施场地开放等服务。
if 持有效身份证件的社会公众
m 本人有效身份证件|@公安机关|#未成年人由监护人陪同办理
out 读者证
addr 平顶山高新区图书馆服务台，或在行政服务中心文广旅窗口办理
net
visits 0
q 办借书证需要押金吗？|不需要押金，凭身份证即可免费办理，也可以通过微信公众号在线办理电子读者证。
""";

}

/** 住房和城乡建设局, 自然资源和规划分局, 生态环境分局. */
final class T11 {

	static final String TEXT = """
defmat jsdw 建设单位营业执照或法人证书|复|@登记机关|#加盖公章
@zfhcxjsj
sec 建筑业管理股
== 建筑工程施工许可证核发|XK|P|L|7/3|N=新办 C=变更 O=延期
short 施工许可
cert 建筑工程施工许可证
law 《中华人民共和国建筑法》|第七条|建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证。
law 《中华人民共和国建筑法》|第八条|申请领取施工许可证，应当具备下列条件：（一）已经办理该建筑工程用地批准手续；（二）依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证；（三）需要拆迁的，其拆迁进度符合施工要求；（四）已经确定建筑施工企业；（五）有满足施工需要的资金安排、施工图纸及技术资料；（六）有保证工程质量和安全的具体措施。建设行政主管部门应当自收到申请之日起七日内，对符合条件的申请颁发施工许可证。
law 《中华人民共和国建筑法》|第九条|建设单位应当自领取施工许可证之日起三个月内开工。因故不能按期开工的，应当向发证机关申请延期；延期以两次为限，每次不超过三个月。[O]
if 已办理用地批准手续和建设工程规划许可证，已确定施工企业，有满足施工需要的资金安排、施工图纸及技术资料，有保证工程质量和安全的具体措施[N]
if 建设单位、施工单位、监理单位、项目负责人等许可内容发生变化[C]
if 因故不能在领取施工许可证之日起三个月内开工，在期满前申请延期[O]
m 建筑工程施工许可证申请表|表|#建设单位盖章
m 建设工程用地批准手续和建设工程规划许可证|复|@自然资源和规划主管部门|#可通过工程建设项目审批管理系统共享[N]
m 施工合同和监理合同|复|[NC]
m 施工图设计文件审查合格书|电|@施工图审查机构|[N]
m 建设资金已经落实承诺书|表|[N]
m 质量安全保证措施承诺书|表|[N]
m 延期申请书及原施工许可证|[O]
m $wts
url https://gcjs.henan.gov.cn/
q 哪些工程不需要办施工许可证？|工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请办理施工许可证。[N]

== 房屋建筑和市政基础设施工程质量安全监督手续办理|QT|S|L|5/0
short 质量安全监督登记
law 《建设工程质量管理条例》|第十三条|建设单位在开工前，应当按照国家有关规定办理工程质量监督手续，工程质量监督手续可以与施工许可证或者开工报告合并办理。
law 《建设工程安全生产管理条例》|第十条|建设单位在申请领取施工许可证时，应当提供建设工程有关安全施工措施的资料。
if 房屋建筑和市政基础设施工程在开工前办理质量安全监督手续，与施工许可合并办理
m 工程质量安全监督登记表|电|表
m 施工图设计文件审查合格书|电|
m 施工、监理单位项目管理机构人员名单及资格证书|复|
out 质量安全监督告知书
url https://gcjs.henan.gov.cn/

== 房屋建筑和市政基础设施工程竣工验收备案|BA|P|L|15/5
short 竣工验收备案
law 《建设工程质量管理条例》|第四十九条|建设单位应当自建设工程竣工验收合格之日起15日内，将建设工程竣工验收报告和规划、公安消防、环保等部门出具的认可文件或者准许使用文件报建设行政主管部门或者其他有关部门备案。
law 《房屋建筑和市政基础设施工程竣工验收备案管理办法》|第四条|建设单位应当自工程竣工验收合格之日起15日内，依照本办法规定，向工程所在地的县级以上地方人民政府建设主管部门备案。
if 房屋建筑和市政基础设施工程已竣工验收合格
m 工程竣工验收备案表|表|x2
m 工程竣工验收报告|#建设单位组织，参建各方签署
m 规划、消防、人防等部门出具的认可或准许使用文件|复|
m 施工单位签署的工程质量保修书|
m 住宅质量保证书和住宅使用说明书|?商品住宅工程的
out 竣工验收备案证明
url https://gcjs.henan.gov.cn/

== 建设工程消防设计审查|XK|P|L|15/10
short 消防设计审查
law 《中华人民共和国消防法》|第十一条|国务院住房和城乡建设主管部门规定的特殊建设工程，建设单位应当将消防设计文件报送住房和城乡建设主管部门审查，住房和城乡建设主管部门依法对审查的结果负责。
law 《建设工程消防设计审查验收管理暂行规定》|第十五条|消防设计审查验收主管部门应当自受理消防设计审查申请之日起十五个工作日内出具书面审查意见。
if 属于特殊建设工程，消防设计文件符合国家工程建设消防技术标准
m 消防设计审查申请表|表
m 消防设计文件|电|#包括设计说明、图纸等
m 依法需要批准的临时性建筑的批准文件|复|?临时性建筑的
m 特殊消防设计技术资料|?采用特殊消防设计的
out 特殊建设工程消防设计审查意见书
url https://gcjs.henan.gov.cn/

== 建设工程消防验收|XK|P|L|15/10
law 《中华人民共和国消防法》|第十三条|国务院住房和城乡建设主管部门规定应当申请消防验收的建设工程竣工，建设单位应当向住房和城乡建设主管部门申请消防验收。
law 《建设工程消防设计审查验收管理暂行规定》|第二十九条|消防设计审查验收主管部门应当自受理消防验收申请之日起十五日内出具消防验收意见。
if 特殊建设工程竣工，已完成工程竣工验收消防查验
m 消防验收申请表|表
m 工程竣工验收报告和消防查验报告|
m 涉及消防的建设工程竣工图纸|电|
site
out 特殊建设工程消防验收意见书
url https://gcjs.henan.gov.cn/

== 建设工程消防验收备案|BA|S|L|5/0
law 《中华人民共和国消防法》|第十三条|前款规定以外的其他建设工程，建设单位在验收后应当报住房和城乡建设主管部门备案，住房和城乡建设主管部门应当进行抽查。
if 特殊建设工程以外的其他建设工程竣工验收合格
m 消防验收备案表|表
m 工程竣工验收报告|
m 涉及消防的建设工程竣工图纸|电|
out 消防验收备案凭证
url https://gcjs.henan.gov.cn/

== 建设工程招标投标情况书面报告备案|BA|S|L|15/0
short 招投标备案
law 《中华人民共和国招标投标法》|第四十七条|依法必须进行招标的项目，招标人应当自确定中标人之日起十五日内，向有关行政监督部门提交招标投标情况的书面报告。
if 依法必须进行招标的房屋建筑和市政基础设施工程项目已确定中标人
m 招标投标情况书面报告|
m 中标通知书|复|
m 评标委员会评标报告|复|
out 备案回执

== 建筑起重机械{}|BA|S|L|7/0|N=使用登记 X=使用登记注销
short 塔吊使用登记
law 《建设工程安全生产管理条例》|第三十五条|施工单位应当自施工起重机械和整体提升脚手架、模板等自升式架设设施验收合格之日起30日内，向建设行政主管部门或者其他有关部门登记。
law 《建筑起重机械安全监督管理规定》|第十七条|使用单位应当自建筑起重机械安装验收合格之日起30日内，将建筑起重机械安装验收资料、建筑起重机械安全管理制度、特种作业人员名单等，向工程所在地县级以上地方人民政府建设主管部门办理建筑起重机械使用登记。
if 塔式起重机、施工升降机等建筑起重机械已安装验收合格[N]
if 建筑起重机械拆除或者不再使用[X]
m 建筑起重机械使用登记申请表|表
m 安装验收资料和检验检测报告|复|[N]
m 建筑起重机械安全管理制度和特种作业人员名单|[N]
m 拆卸告知及拆卸完成证明|[X]
out 使用登记证明

== 建筑起重机械{}|BA|S|L|7/0|N=产权备案 X=产权备案注销
short 建筑起重机械产权备案
law 《建筑起重机械安全监督管理规定》|第五条|出租单位在建筑起重机械首次出租前，自购建筑起重机械的使用单位在建筑起重机械首次安装前，应当到本单位工商注册所在地县级以上地方人民政府建设主管部门办理备案。
if 建筑起重机械首次出租或首次安装前[N]
if 建筑起重机械报废或者转让[X]
m 建筑起重机械备案申请表|表
m 特种设备制造许可证、产品合格证和制造监督检验证明|复|[N]
m 购销合同和发票|复|[N]
m 报废或转让证明|复|[X]
out 备案证明

== 施工劳务企业资质备案|BA|S|L|5/0
law 《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》|附件|建筑业企业施工劳务资质由审批制改为备案制，企业取得营业执照后即可承接劳务作业。
if 已取得营业执照、从事施工劳务作业的企业
m 施工劳务企业备案表|电|表
m $yyzz
m 技术负责人和技术工人证明|复|
out 施工劳务资质备案证书

== 农民工工资保证金{}|QT|S|L|5/0|N=存储 O=返还
short 工资保证金
law 《保障农民工工资支付条例》|第三十二条|施工总承包单位应当按照有关规定存储工资保证金，专项用于支付为所承包工程提供劳动的农民工被拖欠的工资。
law 《工程建设领域农民工工资保证金规定》|第十四条|工程完工且未拖欠农民工工资的，施工总承包单位可以申请返还工资保证金。[O]
if 施工总承包单位在工程开工前存储工资保证金，可以用银行保函替代[N]
if 工程完工、未拖欠农民工工资并在项目所在地公示30日无异议[O]
m 工资保证金存储（返还）申请表|表
m 施工合同|复|[N]
m 银行保函或存储凭证|复|[N]
m 工程完工证明及公示材料|[O]
out 工资保证金存储（返还）确认书

sec 房地产市场管理股
== 商品房预售许可|XK|P|L|10/5|N=新办 C=变更
cert 商品房预售许可证
site
law 《中华人民共和国城市房地产管理法》|第四十五条|商品房预售，应当符合下列条件：（一）已交付全部土地使用权出让金，取得土地使用权证书；（二）持有建设工程规划许可证；（三）按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的百分之二十五以上，并已经确定施工进度和竣工交付日期；（四）向县级以上人民政府房产管理部门办理预售登记，取得商品房预售许可证明。
law 《城市商品房预售管理办法》|第七条|房地产管理部门应当自受理之日起10日内，依法作出准予预售的行政许可书面决定。
if 已交付全部土地出让金，取得土地使用权证和建设工程规划许可证，投入开发建设资金达到规定比例，确定施工进度和竣工交付日期[N]
if 预售项目的开发企业名称、预售范围、监管账户等发生变化[C]
m 商品房预售许可申请表|表
m $yyzz
m 房地产开发企业资质证书|复|
m 土地使用权证书、建设工程规划许可证和施工许可证|复|[N]
m 工程施工合同及关于施工进度的说明|复|[N]
m 商品房预售方案和预售资金监管协议|[N]
m 变更事项的证明材料|复|[C]
m $wts

== 商品房现售备案|BA|S|L|5/0
law 《商品房销售管理办法》|第八条|房地产开发企业应当在商品房现售前将房地产开发项目手册及符合商品房现售条件的有关证明文件报送房地产开发主管部门备案。
if 房地产开发项目已竣工验收合格，具备现售条件
m 商品房现售备案申请表|表
m 房地产开发项目手册|
m 竣工验收备案证明和不动产首次登记证明|复|
out 现售备案证明

== 商品房买卖合同网签备案|BA|S|LN|1/0
short 新房网签备案
net
law 《中华人民共和国城市房地产管理法》|第四十五条|商品房预售人应当按照国家有关规定将预售合同报县级以上人民政府房产管理部门和土地管理部门登记备案。
law 《城市商品房预售管理办法》|第十条|商品房预售，开发企业应当与承购人签订商品房预售合同。开发企业应当自签约之日起30日内，向房地产管理部门和市、县人民政府土地管理部门办理商品房预售合同登记备案手续。
if 房地产开发企业与购房人签订商品房买卖合同
m 商品房买卖合同|电|#通过网签系统在线签订
m 买受人身份证明|@公安机关
out 合同备案编号
q 网签备案后可以退房吗？|经双方协商一致解除合同的，可以申请注销网签备案，具体以合同约定为准。

== 存量房买卖合同网签备案|BA|S|N|1/0
short 二手房网签
law 《住房和城乡建设部关于进一步规范和加强房屋网签备案工作的指导意见》|第二部分|全面推行房屋交易合同网签备案制度，新建商品房和存量房买卖合同、房屋租赁合同等均应当进行网签备案。
if 存量房买卖双方签订买卖合同，房屋已办理不动产登记且不存在查封、抵押等限制交易情形
m 存量房买卖合同|电|
m 买卖双方身份证明|@公安机关
m $cqzs|复
out 合同备案编号
addr 平顶山市不动产登记中心高新分中心综合窗口（平顶山高新区行政服务中心一楼A区）

== 房屋租赁登记备案|BA|S|NL|3/0
short 租房合同备案
net
visits 0
law 《商品房屋租赁管理办法》|第十四条|房屋租赁合同订立后三十日内，房屋租赁当事人应当到租赁房屋所在地直辖市、市、县人民政府建设（房地产）主管部门办理房屋租赁登记备案。
if 在本区出租、承租房屋，签订房屋租赁合同
m 房屋租赁合同|电|
m 房屋租赁当事人身份证明|@公安机关
m 房屋所有权证书或者其他合法权属证明|复|
out 房屋租赁登记备案证明
q 租赁备案后有什么用？|租赁合同备案后可以用于办理居住证、随迁子女入学、住房公积金提取等事项。

== 公共租赁住房申请|JF|R|N|60/40
short 公租房申请
law 《公共租赁住房管理办法》|第七条|申请公共租赁住房，应当符合以下条件：（一）在本地无住房或者住房面积低于规定标准；（二）收入、财产低于规定标准；（三）申请人为外来务工人员的，在本地稳定就业达到规定年限。
law 《公共租赁住房管理办法》|第九条|市、县级人民政府住房保障主管部门应当会同有关部门，对申请人提交的申请材料进行审核。
if 本区城镇中等偏下收入住房困难家庭、新就业无房职工和在本区稳定就业的外来务工人员
m 公共租赁住房申请表|表
m 家庭成员身份证件和户口簿|@公安机关
m 住房情况证明|#系统核验名下房产
m 收入和财产情况证明|#家庭经济状况核对
m 劳动合同和社会保险缴费证明|复|?外来务工人员申请的
site
dsec 住建局住房保障股
out 公共租赁住房保障资格
q 公租房审核通过后多久能住上？|审核通过后纳入轮候库，按照轮候顺序和房源情况公开摇号配租。

== 城镇住房困难家庭租赁补贴申请|JF|R|N|60/40
short 住房租赁补贴
law 《公共租赁住房管理办法》|第三条|公共租赁住房可以是成套住房，也可以是宿舍型住房；对符合条件的住房困难家庭，也可以实行租赁补贴。
if 本区城镇低保、低收入住房困难家庭，在市场租房居住
m 租赁补贴申请表|表
m 家庭成员身份证件和户口簿|@公安机关
m 房屋租赁合同|复|
m 收入和财产情况证明|#家庭经济状况核对
site
dsec 住建局住房保障股
out 租赁补贴核定结果

== 保障性租赁住房项目认定|QR|P|L|30/15
law 《国务院办公厅关于加快发展保障性租赁住房的意见》|第二部分|城市人民政府组织有关部门对保障性租赁住房项目进行联合审查，出具保障性租赁住房项目认定书。
if 利用集体经营性建设用地、企事业单位自有闲置土地、产业园区配套用地或存量闲置房屋建设、改建保障性租赁住房
m 保障性租赁住房项目认定申请表|表
m 项目土地权属证明|复|
m 项目建设方案和租金方案|
case J
out 保障性租赁住房项目认定书

== 前期物业服务合同备案|BA|S|L|15/0
law 《物业管理条例》|第二十一条|在业主、业主大会选聘物业服务企业之前，建设单位选聘物业服务企业的，应当签订书面的前期物业服务合同。
law 《前期物业管理招标投标管理暂行办法》|第三十八条|招标人应当在中标通知书发出之日起30日内，与中标人签订前期物业服务合同，并向物业项目所在地的房地产行政主管部门备案。
if 建设单位与物业服务企业签订前期物业服务合同
m 前期物业服务合同|复|
m 临时管理规约|复|
m 物业服务企业营业执照|复|@市场监督管理部门
out 备案回执

== 业主大会成立和业主委员会备案|BA|S|N|30/0
short 业委会备案
law 《物业管理条例》|第十六条|业主委员会应当自选举产生之日起30日内，向物业所在地的区、县人民政府房地产行政主管部门和街道办事处、乡镇人民政府备案。
if 业主大会已依法成立并选举产生业主委员会
m 业主委员会备案申请书|表
m 业主大会会议记录和决定|
m 管理规约和业主大会议事规则|
m 业主委员会委员名单及身份证明|复|
out 备案证明

== 住宅专项维修资金{}|QT|P|LN|15/5|N=交存 O=使用
short 维修资金
law 《物业管理条例》|第五十三条|住宅物业、住宅小区内的非住宅物业或者与单幢住宅楼结构相连的非住宅物业的业主，应当按照国家有关规定交纳专项维修资金。专项维修资金属于业主所有，专项用于物业保修期满后物业共用部位、共用设施设备的维修和更新、改造，不得挪作他用。
law 《住宅专项维修资金管理办法》|第二十二条|住宅专项维修资金划转业主大会管理前，需要使用住宅专项维修资金的，按照规定程序办理。[O]
if 购买商品住宅办理交房手续前交存首期维修资金[N]
if 物业保修期满后共用部位、共用设施设备需要维修、更新、改造，经专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意[O]
m 维修资金交存申请|表|[N]
m 商品房买卖合同|复|[N]
m 维修资金使用申请表和维修方案|[O]
m 业主表决结果及公示材料|[O]
m 维修工程预算和施工合同|复|[O]
out 交存凭证[N]
out 维修资金使用核准意见[O]
nomail

== 既有住宅加装电梯审核|QT|J|L|20/10
short 老楼加装电梯
site
law 《中华人民共和国民法典》|第二百七十八条|改建、重建建筑物及其附属设施，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。
law 《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》|第二部分|支持加装电梯，在尊重居民意愿的前提下，鼓励有条件的既有住宅加装电梯，相关部门简化审批、并联办理。
if 本区城镇范围内已建成投入使用、未设电梯的四层及以上既有住宅，加装电梯的表决符合法定比例
m 既有住宅加装电梯申请表|表
m 业主表决结果及书面协议|#含出资分摊和运行维护约定
m 加装电梯设计方案|
m 公示材料及无异议证明|#在小区公示不少于10日
out 联合审查意见
q 加装电梯有补贴吗？|符合条件的按本市政策给予财政补贴，业主还可以提取住房公积金用于加装电梯出资。

== 房屋安全鉴定申请|GG|P|NL|30/15
short 危房鉴定
law 《城市危险房屋管理规定》|第五条|房屋所有人或使用人向当地鉴定机构提供鉴定申请时，必须持有证明其具备相关民事权利的合法证件。
law 《城市危险房屋管理规定》|第六条|鉴定机构接到鉴定申请后，应及时进行房屋安全鉴定。
if 房屋所有人或使用人认为房屋存在安全隐患，需要进行安全鉴定
m 房屋安全鉴定申请书|表
m $cqzs|复
m 申请人身份证明|@公安机关
site
out 房屋安全鉴定报告

== 城市建设档案查询|GG|S|NL|1/0
short 城建档案查询
law 《城市建设档案管理规定》|第八条|城建档案馆应当对城建档案进行科学管理，为城市规划、建设和管理提供服务。
if 建设单位、产权人或有关单位依法查询城市建设档案
m 查询申请表|表
m 查询人身份证明或单位介绍信|
out 档案查询结果

@zrzyhghj
sec 规划管理股
== 建设项目用地预审与选址意见书核发|XK|P|L|20/10|N=新办 C=变更 R=延续
short 用地预审与选址
cert 建设项目用地预审与选址意见书
law 《中华人民共和国城乡规划法》|第三十六条|按照国家规定需要有关部门批准或者核准的建设项目，以划拨方式提供国有土地使用权的，建设单位在报送有关部门批准或者核准前，应当向城乡规划主管部门申请核发选址意见书。
law 《中华人民共和国土地管理法》|第五十二条|建设项目可行性研究论证时，自然资源主管部门可以根据土地利用总体规划、土地利用年度计划和建设用地标准，对建设用地有关事项进行审查，并提出意见。
if 建设项目符合国土空间规划和用途管制要求，需要审批、核准的建设项目在报批前申请[N]
if 建设项目名称、用地范围、建设规模等发生变化[C]
if 用地预审与选址意见书有效期3年届满前，项目仍需继续推进[R]
m 建设项目用地预审与选址申请表|表
m 建设项目拟选址位置及用地范围示意图|[NC]
m 建设项目可行性研究或项目建议书|复|[N]
m 变更情况说明及相关材料|[C]
m $wts
url https://gcjs.henan.gov.cn/

== 建设用地规划许可证核发|XK|P|L|20/7|N=新办 C=变更
short 用地规划许可
cert 建设用地规划许可证
law 《中华人民共和国城乡规划法》|第三十七条|在城市、镇规划区内以划拨方式提供国有土地使用权的建设项目，经有关部门批准、核准、备案后，建设单位应当向城市、县人民政府城乡规划主管部门提出建设用地规划许可申请，由城市、县人民政府城乡规划主管部门依据控制性详细规划核定建设用地的位置、面积、允许建设的范围，核发建设用地规划许可证。
law 《中华人民共和国城乡规划法》|第三十八条|以出让方式取得国有土地使用权的建设项目，建设单位在取得建设项目的批准、核准、备案文件和签订国有土地使用权出让合同后，向城市、县人民政府城乡规划主管部门领取建设用地规划许可证。
if 以划拨方式取得土地的项目已经批准、核准或备案，或者以出让方式取得土地已签订出让合同[N]
if 建设单位名称、项目名称等非规划条件事项发生变化[C]
m 建设用地规划许可申请表|表
m 建设项目批准、核准或备案文件|复|[N]
m 国有土地使用权出让合同|复|?以出让方式取得土地的|[N]
m 变更情况说明及相关材料|[C]
m $wts
url https://gcjs.henan.gov.cn/

== 建设工程规划许可证核发|XK|P|L|20/10|N=新办 C=变更 R=延续
short 工程规划许可
cert 建设工程规划许可证
law $cxgh
law 《中华人民共和国城乡规划法》|第四十三条|建设单位应当按照规划条件进行建设；确需变更的，必须向城市、县人民政府城乡规划主管部门提出申请。[C]
if 已取得建设用地规划许可证或不动产权证书，建设工程设计方案符合控制性详细规划和规划条件[N]
if 建设工程设计方案或建设单位等许可内容需要变更，变更内容符合控制性详细规划[C]
if 建设工程规划许可证有效期内未开工，需要延续[R]
m 建设工程规划许可申请表|表
m 使用土地的有关证明文件|复|@自然资源主管部门|[N]
m 建设工程设计方案|电|#总平面图、建筑单体平面、立面、剖面图等[NC]
m 变更情况说明|[C]
m $wts
url https://gcjs.henan.gov.cn/
q 建设工程规划许可证有效期多长？|一般为一年，建设单位应在有效期内开工建设；不能按期开工的，应在有效期届满30日前申请延续。

== 乡村建设规划许可证核发|XK|P|LN|20/10|N=新办 C=变更
short 乡村建设规划许可
cert 乡村建设规划许可证
law 《中华人民共和国城乡规划法》|第四十一条|在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设的，建设单位或者个人应当向乡、镇人民政府提出申请，由乡、镇人民政府报城市、县人民政府城乡规划主管部门核发乡村建设规划许可证。
if 在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设，已经镇人民政府审核[N]
if 建设单位、建设内容等许可事项发生变化[C]
m 乡村建设规划许可申请表|表
m 镇人民政府审核意见|@镇人民政府|[N]
m 建设工程设计方案或建设项目平面图|[N]
m 变更情况说明|[C]
m $wts

== 临时建设工程规划许可|XK|P|L|20/10
law 《中华人民共和国城乡规划法》|第四十四条|在城市、镇规划区内进行临时建设的，应当经城市、县人民政府城乡规划主管部门批准。临时建设影响近期建设规划或者控制性详细规划的实施以及交通、市容、安全等的，不得批准。临时建筑物、构筑物应当在批准的使用期限内自行拆除。
if 因建设工程施工、临时办公等需要进行临时建设，不影响近期建设规划和控制性详细规划实施
m 临时建设工程规划许可申请表|表
m 临时建设用地的有关证明|复|
m 临时建筑设计图|
m 到期自行拆除承诺书|表
out 临时建设工程规划许可证

== 建设工程规划核实|QR|P|L|15/5
short 规划验收
site
law 《中华人民共和国城乡规划法》|第四十五条|县级以上地方人民政府城乡规划主管部门按照国务院规定对建设工程是否符合规划条件予以核实。未经核实或者经核实不符合规划条件的，建设单位不得组织竣工验收。
if 建设工程已按建设工程规划许可证及附图施工完成
m 建设工程规划核实申请表|表
m 建设工程竣工测量成果报告|@测绘机构
m 建设工程规划许可证及附图|复|@自然资源和规划主管部门
out 建设工程规划核实合格证明
url https://gcjs.henan.gov.cn/

== 规划条件出具|QT|P|L|20/10
law 《中华人民共和国城乡规划法》|第三十八条|在城市、镇规划区内以出让方式提供国有土地使用权的，在国有土地使用权出让前，城市、县人民政府城乡规划主管部门应当依据控制性详细规划，提出出让地块的位置、使用性质、开发强度等规划条件，作为国有土地使用权出让合同的组成部分。
if 拟出让的国有建设用地地块需要确定规划条件
m 规划条件申请函|#由土地储备机构或土地出让部门提出
m 地块红线图|
out 规划条件通知书
ch W

sec 土地利用股
== 临时用地审批|XK|P|LN|20/10|N=新办 O=期满延续
short 临时用地
law 《中华人民共和国土地管理法》|第五十七条|建设项目施工和地质勘查需要临时使用国有土地或者农民集体所有的土地的，由县级以上人民政府自然资源主管部门批准。临时使用土地的使用者应当按照临时使用土地合同约定的用途使用土地，并不得修建永久性建筑物。临时使用土地期限一般不超过二年。
law 《中华人民共和国土地管理法实施条例》|第二十条|临时用地期限一般不超过二年；建设周期较长的能源、交通、水利等基础设施建设使用的临时用地，期限不超过四年。
if 建设项目施工、地质勘查需要临时使用土地，不修建永久性建筑物，并编制土地复垦方案[N]
if 临时用地期满仍需使用，且符合延续条件[O]
m 临时用地申请表|表
m 临时用地合同|复|#与土地权利人签订
m 土地复垦方案和复垦费用预存凭证|[N]
m 勘测定界图|@测绘机构|[N]
m 原临时用地批准文件|复|[O]
site
out 临时用地批准文件

== 设施农业用地备案|BA|S|LN|5/0
lv T town
isec 镇农业农村服务中心
law 《自然资源部 农业农村部关于设施农业用地管理有关问题的通知》|第四条|设施农业用地由农村集体经济组织或经营者向乡镇政府备案，乡镇政府定期汇总情况后汇交至县级自然资源主管部门。
if 从事规模化种植养殖需要建设生产设施、辅助设施，用地符合规定
m 设施农业用地备案表|表
m 设施农业用地协议|复|#与农村集体经济组织签订
m 设施建设方案及用地范围图|
out 备案回执

== 国有建设用地使用权划拨审批|XK|P|L|30/20
short 土地划拨
law 《中华人民共和国土地管理法》|第五十四条|建设单位使用国有土地，应当以出让等有偿使用方式取得；但是，国家机关用地和军事用地、城市基础设施用地和公益事业用地、国家重点扶持的能源、交通、水利等基础设施用地等，经县级以上人民政府依法批准，可以以划拨方式取得。
if 属于国家机关用地、城市基础设施用地、公益事业用地等划拨用地目录范围内的项目
m 划拨用地申请书|表
m 建设项目批准文件|复|
m 建设用地规划许可证|复|@自然资源和规划主管部门
m 勘测定界图|@测绘机构
dsec 区人民政府（管委会）
out 国有建设用地划拨决定书
nomail

== 建设项目农用地转用和土地征收审查报批|QT|R|L|60/45
short 用地报批
law 《中华人民共和国土地管理法》|第四十四条|建设占用土地，涉及农用地转为建设用地的，应当办理农用地转用审批手续。
law 《中华人民共和国土地管理法》|第四十七条|国家征收土地的，依照法定程序批准后，由县级以上地方人民政府予以公告并组织实施。
if 建设项目需要占用农用地或征收集体土地，符合国土空间规划和年度计划
m 建设用地申请表|表
m 建设项目批准文件和用地预审意见|复|
m 勘测定界图和权属调查资料|@测绘机构
m 征地补偿安置方案和社会稳定风险评估报告|
dsec 省人民政府
out 用地批复文件
ch W

== 土地权属争议调处|CJ|P|NL|60/45
short 土地纠纷调处
law 《中华人民共和国土地管理法》|第十四条|土地所有权和使用权争议，由当事人协商解决；协商不成的，由人民政府处理。单位之间的争议，由县级以上人民政府处理；个人之间、个人与单位之间的争议，由乡级人民政府或者县级以上人民政府处理。
law 《土地权属争议调查处理办法》|第十四条|国土资源行政主管部门应当自受理之日起，于规定期限内提出调查处理意见。
if 单位之间或个人与单位之间发生土地所有权、使用权争议，协商不成
m 土地权属争议调查处理申请书|表
m 申请人身份证明|复|
m 土地权属来源证明及相关证据|复|
m 争议地块示意图|
site
out 土地权属争议处理决定书
ch W

== 测绘地理信息成果提供|GG|P|NL|10/5
short 测绘成果提供
law 《中华人民共和国测绘法》|第三十四条|县级以上人民政府测绘地理信息主管部门应当及时获取、处理、更新基础测绘成果，通过提供公共服务满足国家和社会对测绘成果的需求。
law 《中华人民共和国测绘成果管理条例》|第十七条|使用财政资金的测绘项目和使用财政资金的建设工程测绘项目，有关部门在批准立项前应当征求本级人民政府测绘地理信息主管部门的意见。
if 单位或个人因工程建设、科研等需要使用基础测绘成果
m 测绘成果使用申请表|表
m 申请单位证明及用途说明|
out 测绘成果

@sthjfj
sec 环评与排污许可股
== 建设项目环境影响报告书审批|XK|P|L|60/20
short 环评报告书审批
law 《中华人民共和国环境影响评价法》|第二十二条|建设项目的环境影响报告书、报告表，由建设单位按照国务院的规定报有审批权的生态环境主管部门审批。审批部门应当自收到环境影响报告书之日起六十日内，收到环境影响报告表之日起三十日内，分别作出审批决定并书面通知建设单位。
law 《建设项目环境保护管理条例》|第九条|依法应当编制环境影响报告书、环境影响报告表的建设项目，建设单位应当在开工建设前将环境影响报告书、环境影响报告表报有审批权的环境保护行政主管部门审批。
if 可能造成重大环境影响、按照分类管理名录应当编制环境影响报告书的建设项目
m 建设项目环境影响报告书审批申请书|表
m 建设项目环境影响报告书|电|#由建设单位或委托的技术单位编制
m 公众参与说明|
m 建设项目环境影响报告书全本公开情况说明|
out 环境影响报告书批复
url https://gcjs.henan.gov.cn/

== 建设项目环境影响报告表审批|XK|P|L|30/10
short 环评报告表审批
law 《中华人民共和国环境影响评价法》|第二十二条|审批部门应当自收到环境影响报告表之日起三十日内作出审批决定并书面通知建设单位。
law 《建设项目环境保护管理条例》|第九条|依法应当编制环境影响报告书、环境影响报告表的建设项目，建设单位应当在开工建设前将环境影响报告书、环境影响报告表报有审批权的环境保护行政主管部门审批。
if 可能造成轻度环境影响、按照分类管理名录应当编制环境影响报告表的建设项目
m 建设项目环境影响报告表审批申请书|表
m 建设项目环境影响报告表|电|
out 环境影响报告表批复
url https://gcjs.henan.gov.cn/
q 环评审批可以和其他手续并联办理吗？|可以。环评审批与项目核准、备案、规划许可等实行并联审批，通过工程建设项目审批管理系统一网通办。

== 建设项目环境影响评价文件重新报批|XK|P|L|30/10
law 《中华人民共和国环境影响评价法》|第二十四条|建设项目的环境影响评价文件经批准后，建设项目的性质、规模、地点、采用的生产工艺或者防治污染、防止生态破坏的措施发生重大变动的，建设单位应当重新报批建设项目的环境影响评价文件。
if 建设项目的性质、规模、地点、生产工艺或者污染防治措施发生重大变动，或者环评文件批准之日起超过五年方开工建设
m 重新报批申请书|表
m 重新编制的环境影响评价文件|电|
m 原环评批复文件|复|@生态环境主管部门
out 重新审批意见

== 建设项目环境影响登记表备案|BA|S|L|0/0
short 环评登记表备案
net
law 《中华人民共和国环境影响评价法》|第二十二条|国家对环境影响登记表实行备案管理。
law 《建设项目环境影响登记表备案管理办法》|第七条|建设项目环境影响登记表备案采用网上备案方式。
if 对环境影响很小、不需要进行环境影响评价、按照分类管理名录应当填报环境影响登记表的建设项目
m 建设项目环境影响登记表|电|表|#在建设项目环境影响登记表备案系统在线填报
out 备案回执
url https://beian.china-eia.com/

== 排污许可证{}|XK|P|L|20/10 X=20/1|N=核发 C=变更 R=延续 X=注销
short 排污许可
cert 排污许可证
net
law 《排污许可管理条例》|第二条|依照法律规定实行排污许可管理的企业事业单位和其他生产经营者，应当依照本条例规定申请取得排污许可证；未取得排污许可证的，不得排放污染物。
law 《排污许可管理条例》|第十三条|审批部门应当自受理申请之日起20日内作出审批决定；对符合条件的颁发排污许可证，对实行排污许可简化管理的，应当自受理申请之日起10日内作出审批决定。
law 《排污许可管理条例》|第十四条|排污许可证有效期为5年。排污许可证有效期届满，排污单位需要继续排放污染物的，应当于排污许可证有效期届满60日前向审批部门提出申请。[R]
if 依法取得建设项目环境影响报告书（表）批准文件或已办理环境影响登记表备案，污染物排放符合排放标准和重点污染物排放总量控制要求[N]
if 排污单位名称、地址、法定代表人等事项变化，或者排放污染物的种类、浓度等发生变化[C]
m 排污许可证申请表|电|表|#通过全国排污许可证管理信息平台填报
m 自行监测方案|电|[NR]
m 守法承诺书|电|表|#法定代表人签字[NR]
m 建设项目环境影响评价审批文件|复|@生态环境主管部门|[N]
m 变更事项的证明材料|电|[C]
renew 60日
url https://permit.mee.gov.cn/
q 排污许可可以网上全程办理吗？|可以。通过全国排污许可证管理信息平台申请、审批、打印证书，无需到现场。

== 固定污染源排污登记|BA|S|L|0/0
short 排污登记
net
law 《排污许可管理条例》|第二十四条|污染物产生量、排放量和对环境的影响程度都很小的企业事业单位和其他生产经营者，应当填报排污登记表，不需要申请取得排污许可证。
if 污染物产生量、排放量和对环境的影响程度都很小，列入排污登记管理的排污单位
m 固定污染源排污登记表|电|表
out 排污登记回执
url https://permit.mee.gov.cn/

== 建设项目竣工环境保护验收报备|BA|S|L|0/0
short 环保验收报备
net
law 《建设项目环境保护管理条例》|第十七条|编制环境影响报告书、环境影响报告表的建设项目竣工后，建设单位应当按照国务院环境保护行政主管部门规定的标准和程序，对配套建设的环境保护设施进行验收，编制验收报告。
law 《建设项目竣工环境保护验收暂行办法》|第十二条|除按照国家需要保密的情形外，建设单位应当通过其网站或其他便于公众知晓的方式向社会公开验收报告，并登录全国建设项目竣工环境保护验收信息平台填报相关信息。
if 编制环境影响报告书（表）的建设项目，建设单位已完成自主验收并公示
m 验收报告|电|
m 验收意见和其他需要说明的事项|电|
out 验收信息填报回执
url https://gcjs.henan.gov.cn/

== 突发环境事件应急预案备案|BA|S|L|20/0
law 《中华人民共和国突发事件应对法》|第二十六条|矿山、建筑施工单位和易燃易爆物品、危险化学品、放射性物品等危险物品的生产、经营、储运、使用单位，应当制定具体应急预案。
law 《企业事业单位突发环境事件应急预案备案管理办法（试行）》|第十四条|受理部门收到企业提交的环境应急预案备案文件后，应当在5个工作日内进行核对。文件齐全的，出具加盖行政机关印章的突发环境事件应急预案备案表。
if 可能发生突发环境事件的污染物排放企业、生产储存运输使用危险化学品的企业等
m 突发环境事件应急预案备案表|表
m 环境应急预案及编制说明|
m 环境风险评估报告和环境应急资源调查报告|
m 环境应急预案评审意见|
out 突发环境事件应急预案备案表

== 夜间连续施工作业证明|QT|S|L|3/0
short 夜间施工证明
law 《中华人民共和国噪声污染防治法》|第四十三条|在噪声敏感建筑物集中区域，禁止夜间进行产生噪声的建筑施工作业，但抢修、抢险施工作业，因生产工艺要求或者其他特殊需要必须连续施工作业的除外。因特殊需要必须连续施工作业的，应当取得地方人民政府住房和城乡建设、生态环境主管部门或者地方人民政府指定的部门的证明，并在施工现场显著位置公示或者以其他方式公告附近居民。
if 因生产工艺要求或者其他特殊需要必须在夜间连续施工作业
m 夜间连续施工作业申请表|表
m 施工工艺要求的证明材料|#如混凝土浇筑连续作业的技术说明
m 噪声污染防治措施和周边居民告知方案|
out 夜间连续施工作业证明
q 夜间施工证明要公示吗？|要。取得证明后应当在施工现场显著位置公示，或以其他方式公告附近居民。

== 防治污染设施拆除或闲置报告|QT|P|L|10/5
law 《中华人民共和国大气污染防治法》|第二十条|禁止通过偷排、篡改或者伪造监测数据、以逃避现场检查为目的的临时停产、非紧急情况下开启应急排放通道、不正常运行大气污染防治设施等逃避监管的方式排放大气污染物。
law 《中华人民共和国水污染防治法》|第二十一条|排放水污染物的企业事业单位和其他生产经营者应当保证水污染防治设施的正常使用；拆除或者闲置水污染防治设施的，应当事先报县级以上地方人民政府生态环境主管部门批准。
if 因生产工艺调整、设备更新等原因需要拆除或闲置污染防治设施
m 拆除或闲置污染防治设施申请报告|
m 替代措施或停产说明|
site
out 审查意见

== 生态环境违法行为举报受理|QT|P|NL|60/15
short 环境污染举报
law 《中华人民共和国环境保护法》|第五十七条|公民、法人和其他组织发现任何单位和个人有污染环境和破坏生态行为的，有权向环境保护主管部门或者其他负有环境保护监督管理职责的部门举报。
if 发现单位或个人存在超标排放、偷排偷放等污染环境、破坏生态的行为
m 举报材料|#写明污染地点、时间和行为
m 照片、视频等证据|电|?有证据的
out 处理结果
ch WOA
q 还能怎么举报？|可以拨打12345或12369环保举报热线，也可以通过“12369环保举报”微信公众号举报。
""";

}

/** 交通运输局, 水利局, 农业农村局. */
final class T12 {

	static final String TEXT = """
defmat clxsz 车辆行驶证|复|@公安机关交通管理部门
@jtysj
sec 运输管理股
== 道路货物运输经营许可|XK|P|L|20/5 X=20/1 B=20/1|N=新办 C=变更 X=注销 B=补证
short 货运经营许可
cert 道路运输经营许可证
law $dlys
law 《道路货物运输及站场管理规定》|第十条|交通运输主管部门应当按照《中华人民共和国道路运输条例》和《交通行政许可实施程序规定》规范的程序实施道路货物运输经营的行政许可。
if 有与其经营业务相适应并经检测合格的车辆，有符合规定条件的驾驶人员，有健全的安全生产管理制度[N]
if 经营者名称、法定代表人、经营范围、经营地址等许可事项发生变化[C]
m 道路货物运输经营申请表|表
m $yyzz
m 负责人身份证明和经办人身份证明|复|
m 车辆行驶证或拟投入车辆承诺书|复|[N]
m 驾驶人员从业资格证|复|@交通运输主管部门|[N]
m 安全生产管理制度文本|[N]
m 变更事项的证明材料|复|[C]
m $wts
q 用总质量4.5吨以下的车拉货要办许可吗？|使用总质量4.5吨及以下普通货运车辆从事普通货物运输经营的，无需办理道路运输经营许可证和车辆营运证。[N]

== 道路旅客运输经营许可|XK|P|L|20/15 X=20/1|N=新办 C=变更 R=延续 X=注销
short 客运经营许可
cert 道路运输经营许可证
site
law 《中华人民共和国道路运输条例》|第八条|申请从事客运经营的，应当具备下列条件：（一）有与其经营业务相适应并经检测合格的车辆；（二）有符合本条例第九条规定条件的驾驶人员；（三）有健全的安全生产管理制度。
law 《中华人民共和国道路运输条例》|第十条|从事县级行政区域内和毗邻县行政区域间客运经营的，向所在地县级人民政府交通运输主管部门提出申请。
if 有与其经营业务相适应并经检测合格的客车，有符合条件的驾驶人员和健全的安全生产管理制度[NR]
m 道路旅客运输经营申请表|表
m $yyzz
m 拟投入车辆承诺书及车辆技术等级评定结论|[NR]
m 驾驶人员从业资格证和3年内无重大以上交通责任事故证明|复|[NR]
m 安全生产管理制度文本|[N]
m 变更事项的证明材料|复|[C]
m $wts
renew 30日

== 道路运输证{}|XK|S|L|5/0|N=配发 O=换发 B=补发 X=注销
short 车辆营运证
cert 道路运输证
noauto
law 《中华人民共和国道路运输条例》|第二十四条|运输经营者应当使用符合国家规定标准的车辆从事道路运输经营，车辆应当随车携带车辆营运证。
law 《道路货物运输及站场管理规定》|第十五条|道路运输管理机构应当为道路货物运输经营者投入运输的车辆配发道路运输证。
if 已取得道路运输经营许可证，新增营运车辆经检测合格[N]
if 道路运输证有效期届满或者车辆信息发生变化[O]
if 道路运输证遗失或损毁[B]
if 营运车辆报废、转出或者停止经营[X]
m $clxsz
m 车辆技术等级评定结论|@机动车检验检测机构|[NO]
m 原道路运输证|@交通运输主管部门|[OX]
m 道路运输证遗失说明|[B]
m $yyzz
q 道路运输证还需要年审吗？|已取消道路运输证年审，车辆按规定进行综合性能检测和技术等级评定即可。

== 机动车维修经营{}|BA|S|LN|5/0|N=备案 C=备案变更 X=备案注销
short 汽修厂备案
law 《中华人民共和国道路运输条例》|第四十二条|从事机动车维修经营业务的，应当在依法向市场监督管理部门办理有关登记手续后，向所在地县级人民政府交通运输主管部门进行备案。
law 《机动车维修管理规定》|第十条|从事机动车维修经营的，应当向所在地的县级交通运输主管部门进行备案，提交机动车维修经营备案表，并附送符合规定条件的相关材料。
if 有与其经营业务相适应的维修车辆停车场和生产厂房、设备设施和技术人员[N]
if 维修经营者名称、地址、法定代表人、经营类别等备案事项发生变化[C]
if 维修经营者终止经营[X]
m 机动车维修经营备案表|表
m $yyzz
m 维修场地和停车场的产权证明或租赁合同|复|[N]
m 维修设备设施清单和检测设备检定合格证明|复|[N]
m 技术负责人、质量检验员等人员的资格证明|复|[N]
m 变更事项的证明材料|复|[C]
out 备案回执

== 机动车驾驶员培训经营{}|BA|S|L|5/0|N=备案 C=备案变更 X=备案注销
short 驾校备案
law 《中华人民共和国道路运输条例》|第四十三条|从事机动车驾驶员培训业务的，应当在依法向市场监督管理部门办理有关登记手续后，向所在地县级人民政府交通运输主管部门进行备案。
law 《机动车驾驶员培训管理规定》|第十一条|从事机动车驾驶员培训业务的，应当依法向市场监督管理部门办理有关登记手续后，最迟不晚于开始经营活动的15日内，向所在地县级交通运输主管部门办理备案。
if 有健全的培训机构和管理制度，有与培训业务相适应的教学人员、管理人员、教学车辆和教学场地[N]
if 备案事项发生变化[C]
if 驾驶员培训机构终止经营[X]
m 机动车驾驶员培训备案表|表
m $yyzz
m 教学场地使用证明和平面图|复|[N]
m 教学车辆行驶证和教练员资格证明|复|[N]
m 变更事项的证明材料|复|[C]
out 备案回执

== 经营性道路客货运输驾驶员从业资格证{}|QR|S|N|10/0|R=换证 B=补证 C=变更 X=注销
short 从业资格证
cert 道路运输从业人员从业资格证
net
law 《道路运输从业人员管理规定》|第六条|经营性道路客货运输驾驶员应当经考试合格，取得相应的从业资格证件。
law 《道路运输从业人员管理规定》|第二十三条|道路运输从业人员从业资格证件有效期为6年。道路运输从业人员应当在从业资格证件有效期届满30日前到原发证机关办理换证手续。
if 从业资格证有效期届满前30日[R]
if 从业资格证登记信息发生变化[C]
m 道路运输从业人员从业资格证申请表|表
m 本人有效身份证件|@公安机关
m 机动车驾驶证|复|@公安机关交通管理部门|[RC]

== 巡游出租汽车经营许可|XK|P|L|20/15
short 出租车经营许可
law 《巡游出租汽车经营服务管理规定》|第九条|申请从事巡游出租汽车经营的，应当根据经营区域向相应的县级以上地方人民政府出租汽车行政主管部门提出申请。
law 《巡游出租汽车经营服务管理规定》|第八条|申请巡游出租汽车经营，应当有符合条件的车辆或者提供保证满足车辆条件的承诺书，有取得从业资格证的驾驶员，有健全的经营管理制度、安全生产管理制度和服务质量保障制度，有固定的经营场所和停车场地。
if 取得巡游出租汽车车辆经营权，有符合条件的车辆、驾驶员、经营场所和管理制度
m 巡游出租汽车经营申请表|表
m $yyzz
m 投资人、负责人身份证明|复|
m 巡游出租汽车车辆经营权证明|复|
m 拟投入车辆承诺书和驾驶员从业资格证|复|
m 经营场所、停车场地的使用证明|复|
out 道路运输经营许可证

== 网络预约出租汽车运输证{}|XK|P|N|10/5 X=10/1|N=核发 X=注销
short 网约车运输证
law 《网络预约出租汽车经营服务管理暂行办法》|第十二条|拟从事网约车经营的车辆，应当符合7座及以下乘用车、安装具有行驶记录功能的车辆卫星定位装置和应急报警装置、车辆技术性能符合运营安全相关标准要求等条件。
law 《网络预约出租汽车经营服务管理暂行办法》|第十三条|服务所在地出租汽车行政主管部门依车辆所有人或者网约车平台公司申请，按第十二条规定的条件审核后，对符合条件并登记为预约出租客运的车辆，发放《网络预约出租汽车运输证》。
if 车辆为7座及以下乘用车，安装卫星定位装置和应急报警装置，车辆技术性能和车龄符合本市规定，已登记为预约出租客运[N]
if 车辆退出网约车经营[X]
m 网约车运输证申请表|表
m $clxsz
m 车辆所有人身份证明|@公安机关
m 车辆技术等级评定和安装卫星定位装置证明|[N]
m 原网络预约出租汽车运输证|[X]
out 网络预约出租汽车运输证

== 网络预约出租汽车驾驶员证核发|XK|P|N|20/10
short 网约车驾驶员证
law 《网络预约出租汽车经营服务管理暂行办法》|第十四条|从事网约车服务的驾驶员，应当取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历，无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，最近连续3个记分周期内没有记满12分记录，无暴力犯罪记录。
if 取得相应准驾车型驾驶证并具有3年以上驾驶经历，无相关犯罪和不良记录，经考核合格
m 网约车驾驶员从业资格申请表|表
m 本人有效身份证件和机动车驾驶证|复|
m 无犯罪记录证明|@公安机关|#可通过部门共享核验
out 网络预约出租汽车驾驶员证

sec 路政管理股
== 公路超限运输许可|XK|S|LN|5/0
short 大件运输许可
net
visits 0
law 《中华人民共和国公路法》|第五十条|超过公路、公路桥梁、公路隧道或者汽车渡船的限载、限高、限宽、限长标准的车辆，不得在有限定标准的公路、公路桥梁上或者公路隧道内行驶，不得使用汽车渡船。超过公路或者公路桥梁限载标准确需行驶的，必须经县级以上地方人民政府交通主管部门批准。
law 《超限运输车辆行驶公路管理规定》|第十条|公路管理机构应当自受理申请之日起，对一类超限运输申请在2个工作日内作出行政许可决定。
if 载运不可解体物品的车辆超过公路限载、限高、限宽、限长标准，确需在公路上行驶
m 公路超限运输申请表|电|表
m 承运人道路运输经营许可证和车辆行驶证|复|
m 货物名称、外廓尺寸和质量说明|
m 车货总体外廓尺寸、总质量、轴荷数据和车辆轮廓图|
out 超限运输车辆通行证
url https://www.gjdljg.net/

== 涉路施工许可|XK|P|L|20/10
short 涉路施工
site
law 《中华人民共和国公路法》|第四十五条|跨越、穿越公路修建桥梁、渡槽或者架设、埋设管线等设施的，以及在公路用地范围内架设、埋设管线、电缆等设施的，应当事先经有关交通主管部门同意，影响交通安全的，还须征得有关公安机关的同意。
law 《公路安全保护条例》|第二十七条|进行跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施，在公路用地范围内架设、埋设管道、电缆等设施等涉路施工活动，建设单位应当向公路管理机构提出申请。
if 跨越、穿越公路或在公路用地范围内修建设施，施工方案符合公路安全要求
m 涉路施工申请书|表
m 设计和施工方案|
m 保障公路、公路附属设施质量和安全的技术评价报告|
m 处置施工险情和意外事故的应急方案|
out 涉路施工许可决定书

== 占用、挖掘公路或者使公路改线审批|XK|P|L|20/10
law 《中华人民共和国公路法》|第四十四条|因修建铁路、机场、电站、通信设施、水利工程和进行其他建设工程需要占用、挖掘公路或者使公路改线的，建设单位应当事先征得有关交通主管部门的同意。
if 因建设工程确需占用、挖掘公路或使公路改线
m 占用挖掘公路申请书|表
m 建设项目批准文件|复|
m 施工方案和交通组织方案|
m 修复或改建方案及费用承诺|
site

== 公路增设或改造平面交叉道口审批|XK|P|L|20/10
law 《中华人民共和国公路法》|第五十五条|在公路上增设平面交叉道口，必须按照国家有关规定经过批准，并按照国家规定的技术标准建设。
if 在公路上增设或改造平面交叉道口，符合公路技术标准
m 增设平面交叉道口申请书|表
m 平面交叉道口设计图纸|
m 交通安全评价报告|
site

== 公路建筑控制区内埋设管道、电缆等设施许可|XK|P|L|20/10
law 《公路安全保护条例》|第十三条|在公路建筑控制区内，除公路保护需要外，禁止修建建筑物和地面构筑物；公路建筑控制区划定前已经合法修建的不得扩建，因公路建设或者保障公路运行安全等原因需要拆除的应当依法给予补偿。
law 《公路安全保护条例》|第二十七条|在公路建筑控制区内埋设管道、电缆等设施，建设单位应当向公路管理机构提出申请。
if 在公路建筑控制区内埋设管道、电缆等设施，不影响公路安全
m 申请书|表
m 设计和施工方案|
m 公路安全技术评价报告|
site

== 设置非公路标志审批|XK|P|LN|20/10
short 公路广告牌审批
law 《中华人民共和国公路法》|第五十四条|任何单位和个人未经县级以上地方人民政府交通主管部门批准，不得在公路用地范围内设置公路标志以外的其他标志。
if 在公路用地范围内设置非公路标志，不影响公路通行和交通安全
m 设置非公路标志申请书|表
m 设置位置图、标志规格和结构设计图|
m 标志的安全保证措施|
site

== 更新砍伐公路用地上的护路林审批|XK|P|L|20/10
law 《中华人民共和国公路法》|第四十二条|公路绿化工作，由公路管理机构按照公路工程技术标准组织实施。公路用地上的树木，不得任意砍伐；需要更新砍伐的，应当经县级以上地方人民政府交通主管部门同意后，依照《中华人民共和国森林法》的规定办理审批手续，并完成更新补种任务。
if 公路用地上的护路林需要更新砍伐，有更新补种方案
m 更新砍伐护路林申请书|表
m 砍伐树木位置、数量和树种说明|
m 更新补种方案|
site

== 交通建设工程质量监督手续办理|QT|S|L|5/0
law 《建设工程质量管理条例》|第十三条|建设单位在开工前，应当按照国家有关规定办理工程质量监督手续。
law 《公路水运工程质量监督管理规定》|第十三条|交通运输主管部门或者其委托的质量监督机构应当对公路水运工程质量监督手续进行审查。
if 农村公路等交通建设工程开工前
m 工程质量监督申请书|表
m 施工图设计批复文件和施工、监理合同|复|
m 参建单位资质和人员资格证明|复|
out 质量监督通知书

@slj
sec 水资源管理股
== 取水许可|XK|P|L|45/15 X=45/1|N=新办 C=变更 R=延续 X=注销
cert 取水许可证
site
law 《中华人民共和国水法》|第四十八条|直接从江河、湖泊或者地下取用水资源的单位和个人，应当按照国家取水许可制度和水资源有偿使用制度的规定，向水行政主管部门或者流域管理机构申请领取取水许可证，并缴纳水资源费，取得取水权。
law 《取水许可和水资源费征收管理条例》|第二十条|审批机关应当自受理取水申请之日起45个工作日内决定批准或者不批准。
law 《取水许可和水资源费征收管理条例》|第二十五条|取水许可证有效期限一般为5年，最长不超过10年。有效期届满，需要延续的，取水单位或者个人应当在有效期届满45日前向原审批机关提出申请。[R]
if 取水符合水资源规划和用水总量控制指标，已编制取水水源论证报告（表）[N]
if 取水单位名称变更、取水权转让等[C]
m 取水申请书|表
m 建设项目水资源论证报告（表）|[NR]
m 与第三者利害关系的相关说明|[N]
m 取水计量设施安装证明|复|[R]
m 变更事项的证明材料|复|[C]
m $wts
renew 45日
q 打井取用地下水需要办许可吗？|需要。直接从地下取水的单位和个人应当申请取水许可，家庭生活和零星散养、圈养畜禽饮用等少量取水的除外。[N]

== 生产建设项目水土保持方案审批|XK|P|L|20/10|N=新办 C=变更
short 水保方案审批
law 《中华人民共和国水土保持法》|第二十五条|在山区、丘陵区、风沙区以及水土保持规划确定的容易发生水土流失的其他区域开办可能造成水土流失的生产建设项目，生产建设单位应当编制水土保持方案，报县级以上人民政府水行政主管部门审批，并按照经批准的水土保持方案，采取水土流失预防和治理措施。
law 《中华人民共和国水土保持法》|第二十六条|依法应当编制水土保持方案的生产建设项目，生产建设单位未编制水土保持方案或者水土保持方案未经水行政主管部门批准的，生产建设项目不得开工建设。
if 可能造成水土流失的生产建设项目，征占地面积在0.5公顷以上或者挖填土石方总量在1000立方米以上[N]
if 生产建设项目的地点、规模发生重大变化，或者水土保持措施需要作出重大变更[C]
m 水土保持方案审批申请表|表
m 水土保持方案报告书（表）|电|
m 变更情况说明及变更后的方案|[C]
out 水土保持方案批复
url https://gcjs.henan.gov.cn/
q 小项目也要编水保方案吗？|征占地面积在0.5公顷以上5公顷以下或者挖填土石方总量在1千立方米以上5万立方米以下的项目，编制水土保持方案报告表；不足的，实行承诺制，无需审批。[N]

== 生产建设项目水土保持设施自主验收报备|BA|S|L|0/0
short 水保验收报备
net
law 《中华人民共和国水土保持法》|第二十七条|依法应当编制水土保持方案的生产建设项目中的水土保持设施，应当与主体工程同时设计、同时施工、同时投产使用；生产建设项目竣工验收，应当验收水土保持设施。
if 已编制水土保持方案的生产建设项目，生产建设单位完成水土保持设施自主验收并公示
m 水土保持设施验收鉴定书|电|
m 水土保持设施验收报告和监测总结报告|电|
out 报备回执
url https://gcjs.henan.gov.cn/

== 洪水影响评价类审批|XK|P|L|20/10
short 河道内建设项目审批
site
law 《中华人民共和国防洪法》|第二十七条|建设跨河、穿河、穿堤、临河的桥梁、码头、道路、渡口、管道、缆线、取水、排水等工程设施，应当符合防洪标准、岸线规划、航运要求和其他技术要求，不得危害堤防安全、影响河势稳定、妨碍行洪畅通；其工程建设方案未经有关水行政主管部门根据前述防洪要求审查同意的，建设单位不得开工建设。
law 《中华人民共和国河道管理条例》|第十一条|修建开发水利、防治水害、整治河道的各类工程和跨河、穿河、穿堤、临河的桥梁、码头、道路、渡口、管道、缆线等建筑物及设施，建设单位必须按照河道管理权限，将工程建设方案报送河道主管机关审查同意。
if 在河道管理范围内建设跨河、穿河、穿堤、临河工程设施
m 洪水影响评价类审批申请书|表
m 建设项目所依据的文件|复|
m 洪水影响评价报告|
m 建设项目涉及河道与防洪部分的方案|
out 审批决定书

== 河道采砂许可|XK|P|LN|20/10
law 《中华人民共和国水法》|第三十九条|国家实行河道采砂许可制度。河道采砂许可制度实施办法，由国务院规定。
law 《河南省河道采砂管理办法》|第十条|在河道管理范围内采砂，应当向有管辖权的水行政主管部门申请办理河道采砂许可证。
if 在河道采砂规划确定的可采区和可采期内采砂，有符合要求的采砂设备和技术人员
m 河道采砂申请书|表
m $yyzz
m 采砂设备和作业方式说明|
m 采砂影响评价报告|?采砂量较大的
m 采砂作业安全和弃料处理方案|
site
out 河道采砂许可证

== 占用农业灌溉水源、灌排工程设施审批|XK|P|L|20/15
law 《中华人民共和国水法》|第三十五条|从事工程建设，占用农业灌溉水源、灌排工程设施，或者对原有灌溉用水、供水水源有不利影响的，建设单位应当采取相应的补救措施；造成损失的，依法给予补偿。
law 《国务院对确需保留的行政审批项目设定行政许可的决定》|附件|占用农业灌溉水源、灌排工程设施审批，实施机关为各级人民政府水行政主管部门。
if 工程建设确需占用农业灌溉水源、灌排工程设施，有补救措施和补偿方案
m 占用申请书|表
m 占用方案和补救措施|
m 与灌区管理单位签订的补偿协议|复|
site

== 水利基建项目初步设计文件审批|XK|P|L|20/15
law 《政府投资条例》|第十一条|投资主管部门或者其他有关部门应当根据国民经济和社会发展规划、相关领域专项规划、产业政策等，从下列方面对政府投资项目进行审查，作出是否批准的决定……初步设计提出的投资概算超过经批准的可行性研究报告提出的投资估算10%的，项目单位应当向投资主管部门或者其他有关部门报告。
if 本区管理权限内的水利基本建设项目，可行性研究报告已批复
m 初步设计审批申请文件|
m 初步设计报告及图纸|
m 可行性研究报告批复文件|复|
out 初步设计批复

== 水利工程质量监督手续办理|QT|S|L|5/0
law 《建设工程质量管理条例》|第十三条|建设单位在开工前，应当按照国家有关规定办理工程质量监督手续。
law 《水利工程质量管理规定》|第十一条|项目法人应当在工程开工前到相应的水利工程质量监督机构办理监督手续。
if 水利工程开工前
m 质量监督申请书|表
m 项目批复文件和参建单位合同|复|
out 质量监督书

== 取水工程（设施）验收|QR|P|L|20/10
law 《取水许可和水资源费征收管理条例》|第二十三条|取水工程或者设施竣工后，申请人应当按照国务院水行政主管部门的规定，向取水审批机关报送取水工程或者设施试运行情况等相关材料；经验收合格的，由审批机关核发取水许可证。
if 取水工程或者设施已竣工并试运行
m 取水工程验收申请书|表
m 取水工程试运行情况报告|
m 取水计量设施安装和检定证明|复|
site
out 取水许可证

@nyncj
sec 畜牧兽医股
== 动物防疫条件合格证|XK|P|L|20/10 X=20/1 B=20/1|N=核发 C=变更 X=注销 B=补发
cert 动物防疫条件合格证
site
law $dwfy
law 《动物防疫条件审查办法》|第十五条|县级人民政府农业农村主管部门应当自受理申请之日起十五个工作日内完成材料审核，并结合选址综合评估结果完成现场核查，审查合格的，颁发动物防疫条件合格证。
if 动物饲养场、屠宰加工场所、无害化处理场所等选址、布局、设施设备和管理制度符合动物防疫条件[N]
if 单位名称、法定代表人等发生变化，或者场所位置、布局、设施设备、经营范围等发生变化[C]
m 动物防疫条件审查申请表|表
m 场所地理位置图、各功能区布局平面图|[N]
m 设施设备清单|[N]
m 管理制度文本|[N]
m 人员情况|[N]
m 变更事项的证明材料|复|[C]
m $wts
q 养猪场多大规模需要办动物防疫条件合格证？|动物饲养场（养殖小区）应当取得动物防疫条件合格证，具体规模标准按本省规定执行，规模以下养殖户按规定做好防疫即可。[N]

== 动物诊疗许可|XK|P|L|20/10 X=20/1 B=20/1|N=新办 C=变更 X=注销 B=补发
short 宠物医院许可
cert 动物诊疗许可证
site
law 《中华人民共和国动物防疫法》|第六十一条|从事动物诊疗活动的机构，应当具备下列条件：（一）有与动物诊疗活动相适应并符合动物防疫条件的场所；（二）有与动物诊疗活动相适应的执业兽医；（三）有与动物诊疗活动相适应的兽医器械和设备；（四）有完善的管理制度。
law 《动物诊疗机构管理办法》|第九条|发证机关受理申请后，应当在十五个工作日内完成对申请材料的审核和对动物诊疗场所的实地考查。
if 有符合动物防疫条件的场所、相适应的执业兽医、兽医器械设备和完善的管理制度[N]
if 动物诊疗机构名称、诊疗活动范围、从业地点或者法定代表人（负责人）发生变化[C]
m 动物诊疗许可证申请表|表
m 动物诊疗场所使用权证明和平面图|复|[N]
m 执业兽医资格证书|复|[N]
m 设施设备清单和管理制度|[N]
m 变更事项的证明材料|复|[C]
m $wts

== 兽药经营许可|XK|P|L|30/15 X=30/1|N=新办 C=变更 R=换证 X=注销
cert 兽药经营许可证
site
law 《兽药管理条例》|第二十二条|经营兽药的企业，应当具备与所经营的兽药相适应的兽药技术人员、营业场所、设备、仓库设施、质量管理机构或者人员等条件。
law 《兽药管理条例》|第二十三条|县级以上地方人民政府兽医行政管理部门，应当自收到申请之日起30个工作日内完成审查。审查合格的，发给兽药经营许可证。
if 有与所经营兽药相适应的兽药技术人员、营业场所、设备、仓库设施和质量管理制度[NR]
m 兽药经营许可证申请表|表
m $yyzz
m 兽药技术人员资格证明|复|[NR]
m 营业场所、仓库设施平面图和产权证明|复|[NR]
m 质量管理制度文件|[N]
m 变更事项的证明材料|复|[C]
renew 6个月

== 农药经营许可|XK|P|L|20/10 X=20/1|N=新办 C=变更 R=延续 X=注销
cert 农药经营许可证
site
law 《农药管理条例》|第二十四条|国家实行农药经营许可制度，但经营卫生用农药的除外。农药经营者应当具备有农学、植保、农药等相关专业中专以上学历或者专业教育培训机构五十六学时以上的学习经历，熟悉农药管理规定，掌握农药和病虫害防治专业知识，能够指导安全合理使用农药的经营人员等条件，并向县级以上地方人民政府农业主管部门申请农药经营许可证。
law 《农药经营许可管理办法》|第十条|县级以上地方农业部门应当自受理申请之日起二十个工作日内作出审批决定。
if 有符合条件的经营人员、营业场所和仓储场所，有可追溯电子信息码扫描识别设备和管理制度[NR]
m 农药经营许可申请表|表
m $yyzz
m 经营人员学历或培训证明|复|[NR]
m 营业场所和仓储场所地址、面积、平面图说明|[NR]
m 农药经营质量管理制度和岗位操作规程|[N]
m 变更事项的证明材料|复|[C]
renew 90日
q 农药经营许可证有效期多长？|有效期为5年，有效期届满需要继续经营的，应当在有效期届满90日前向原发证机关申请延续。

== 农作物种子生产经营许可|XK|P|L|20/10 X=20/1|N=新办 C=变更 R=延续 X=注销
cert 农作物种子生产经营许可证
site
law 《中华人民共和国种子法》|第三十一条|从事种子进出口业务的种子生产经营许可证，由国务院农业农村、林业草原主管部门核发。从事主要农作物杂交种子及其亲本种子……以外的其他种子生产经营许可证，由生产经营者所在地县级以上地方人民政府农业农村、林业草原主管部门核发。
law 《农作物种子生产经营许可管理办法》|第二十一条|审核机关应当自受理申请之日起二十个工作日内完成审核。
if 有与种子生产经营相适应的生产经营设施、设备及专业技术人员，以及法规和国务院农业农村主管部门规定的其他条件[NR]
m 种子生产经营许可证申请表|表
m $yyzz
m 种子生产经营相适应的设施设备清单及产权证明|复|[NR]
m 种子检验人员、贮藏保管人员资质证明|复|[NR]
m 变更事项的证明材料|复|[C]
renew 6个月

== 种畜禽生产经营许可|XK|P|L|20/10|N=新办 C=变更 R=换证
cert 种畜禽生产经营许可证
site
law 《中华人民共和国畜牧法》|第二十四条|从事种畜禽生产经营或者生产经营商品代仔畜、雏禽的单位、个人，应当取得种畜禽生产经营许可证。申请取得生产家畜卵子、精液、胚胎等遗传材料的生产经营许可证，应当向省级人民政府畜牧兽医行政主管部门提出申请。
if 生产经营的种畜禽是通过国家畜禽遗传资源委员会审定或者鉴定的品种、配套系，有与生产经营规模相适应的畜牧兽医技术人员和繁育设施设备[NR]
m 种畜禽生产经营许可证申请表|表
m $yyzz
m 种畜禽来源证明和系谱资料|复|[NR]
m 畜牧兽医技术人员资格证明|复|[NR]
m 动物防疫条件合格证|复|@农业农村主管部门|[NR]
m 变更事项的证明材料|复|[C]
renew 6个月

== 执业兽医备案|BA|S|N|5/0
law 《中华人民共和国动物防疫法》|第六十九条|执业兽医，是指具备兽医相关技能，取得国家执业兽医统一考试或者授权具有兽医执业资格，依法从事动物诊疗和动物保健等经营活动的兽医。……执业兽医应当向所在地县级人民政府农业农村主管部门备案。
law 《执业兽医和乡村兽医管理办法》|第十三条|执业兽医应当向其执业的动物诊疗机构所在地县级人民政府农业农村主管部门备案。
if 取得执业兽医资格证书，在本区动物诊疗机构等单位执业
m 执业兽医备案表|表
m 执业兽医资格证书|复|@农业农村主管部门
m 聘用单位出具的聘用证明|复|
out 备案回执
net

== 乡村兽医备案|BA|S|N|5/0
law 《执业兽医和乡村兽医管理办法》|第二十条|乡村兽医应当向其从业所在地县级人民政府农业农村主管部门备案。
if 具有中专以上兽医、畜牧（畜牧兽医）专业学历或者取得相关技能培训证书，在乡村从事动物诊疗活动
m 乡村兽医备案表|表
m 学历证明或培训证明|复|
m 本人有效身份证件|@公安机关
out 备案回执

== 动物检疫申报|GG|S|NL|1/0
net
law 《中华人民共和国动物防疫法》|第四十九条|屠宰、出售或者运输动物以及出售或者运输动物产品前，货主应当按照国务院农业农村主管部门的规定向所在地动物卫生监督机构申报检疫。
if 出售或者运输动物、动物产品前
m 检疫申报单|电|表
m 畜禽养殖档案和强制免疫记录|复|
out 动物检疫合格证明
ch WOA
q 卖猪之前要提前几天申报检疫？|出售或运输动物的，应当提前3天申报检疫；可以通过手机“牧运通”等系统在线申报。

== 生鲜乳收购站许可|XK|P|L|20/10
site
law 《乳品质量安全监督管理条例》|第二十条|生鲜乳收购站应当由取得工商登记的乳制品生产企业、奶畜养殖场、奶农专业生产合作社开办，并具备下列条件，取得所在地县级人民政府畜牧兽医主管部门颁发的生鲜乳收购许可证。
if 符合生鲜乳收购站建设规划布局，有符合环保和卫生要求的收购场所、与收奶量相适应的冷却设备和检测仪器
m 生鲜乳收购许可证申请表|表
m $yyzz
m 收购场所平面图和设施设备清单|
m 检测人员资质证明和质量管理制度|
out 生鲜乳收购许可证

sec 农业综合股
== 拖拉机和联合收割机{}|QR|S|NL|2/0|N=注册登记 C=变更登记 O=转移登记 X=注销登记 B=补领号牌行驶证
short 农机上牌
law 《农业机械安全监督管理条例》|第二十一条|拖拉机、联合收割机投入使用前，其所有人应当按照国务院农业机械化主管部门的规定，持本人身份证明和机具来源证明，向所在地县级人民政府农业机械化主管部门申请登记。
law 《拖拉机和联合收割机登记规定》|第五条|初次申领拖拉机、联合收割机号牌、行驶证的，应当在申请注册登记前，对拖拉机、联合收割机进行安全检验，取得安全检验合格证明。[N]
if 新购拖拉机、联合收割机投入使用前，已经安全检验合格[N]
if 改变机身颜色、更换发动机或机身，或者所有人住所迁出本区[C]
if 拖拉机、联合收割机所有权发生转移[O]
if 报废、灭失或者所有人申请注销[X]
if 号牌、行驶证丢失或损毁[B]
m 拖拉机和联合收割机登记申请表|表
m 所有人身份证明|@公安机关
m 机具来源证明和出厂合格证明|复|[N]
m 安全检验合格证明|@农业机械安全监理机构|[N]
m 登记证书|@农业机械化主管部门|[COX]
m 所有权转移证明|复|[O]
out 拖拉机和联合收割机号牌、行驶证

== 拖拉机和联合收割机驾驶证{}|QR|S|N|2/0|N=申领 R=换证 B=补证
short 农机驾驶证
law 《农业机械安全监督管理条例》|第二十二条|拖拉机、联合收割机操作人员经过培训后，应当按照国务院农业机械化主管部门的规定，参加县级人民政府农业机械化主管部门组织的考试。考试合格的，农业机械化主管部门应当在2个工作日内核发相应的操作证件。
if 年满18周岁、身体条件符合规定，经培训并考试合格[N]
if 驾驶证有效期届满前3个月内[R]
if 驾驶证遗失或损毁[B]
m 拖拉机和联合收割机驾驶证申请表|表
m 本人有效身份证件|@公安机关
m 身体条件证明|@医疗机构|[NR]
m 原驾驶证|[R]
out 拖拉机和联合收割机驾驶证

== 农机购置与应用补贴申领|JF|P|NL|30/15
short 农机补贴
net
law 《中华人民共和国农业机械化促进法》|第二十七条|中央财政、省级财政应当分别安排专项资金，对农民和农业生产经营组织购买国家支持推广的先进适用的农业机械给予补贴。
law 《农业农村部办公厅 财政部办公厅关于印发〈2024—2026年农机购置与应用补贴实施意见〉的通知》|第四部分|补贴对象为从事农业生产的个人和农业生产经营组织，实行自主购机、定额补贴、县级结算、直补到卡（户）。
if 从事农业生产的个人和农业生产经营组织，购买补贴范围内的农业机械
m 农机购置补贴申请表|电|表
m 购机发票|电|
m 申请人身份证明和银行账户|复|
m 机具铭牌和人机合影照片|电|
site
out 补贴资金兑付结果

== 水产苗种生产许可|XK|P|L|20/10
site
law 《中华人民共和国渔业法》|第十六条|水产苗种的生产由县级以上地方人民政府渔业行政主管部门审批。但是，渔业生产者自育、自用水产苗种的除外。
if 有与水产苗种生产规模相适应的场地、水源和设施设备，有相应的技术人员
m 水产苗种生产申请表|表
m $yyzz
m 生产场地使用证明和水质检测报告|复|
m 技术人员资格证明|复|
out 水产苗种生产许可证

== 林木采伐许可|XK|P|NL|20/10
short 砍树审批
site
law 《中华人民共和国森林法》|第五十六条|采伐林地上的林木应当申请采伐许可证，并按照采伐许可证的规定进行采伐；采伐自然保护区以外的竹林，不需要申请采伐许可证，但应当符合林木采伐技术规程。农村居民采伐自留地和房前屋后个人所有的零星林木，不需要申请采伐许可证。
law 《中华人民共和国森林法》|第五十八条|申请采伐许可证，应当提出申请，并提交采伐范围、采伐方式、采伐树种、采伐株数、采伐蓄积量、更新措施等内容的采伐作业设计。
if 采伐林地上的林木，采伐符合森林经营方案和年度采伐限额
m 林木采伐申请书|表
m 林木权属证明|复|#不动产权证书或林权证
m 采伐作业设计|#采伐范围、方式、树种、株数、蓄积量、更新措施
out 林木采伐许可证
q 砍自家院子里的树要办证吗？|农村居民采伐自留地和房前屋后个人所有的零星林木，不需要申请采伐许可证。

== 植物检疫证书核发|XK|S|NL|1/0
law 《植物检疫条例》|第七条|调运植物和植物产品，属于下列情况的，必须经过检疫：列入应施检疫的植物、植物产品名单的，运出发生疫情的县级行政区域之前，必须经过检疫。
if 调运列入应施检疫名单的植物和植物产品出本县（区）
m 植物检疫申请书|表
m 产地检疫合格证或检疫要求书|复|
m 调运植物、植物产品的名称、品种、数量|
out 植物检疫证书

== 家庭农场名录登记|GG|S|N|5/0
law 《农业农村部关于实施家庭农场培育计划的指导意见》|第二部分|完善家庭农场名录管理制度，把符合条件的种养大户、专业大户纳入家庭农场范围。
if 以家庭成员为主要劳动力，以家庭为基本经营单元，从事农业规模化、标准化、集约化生产经营
m 家庭农场名录登记表|表
m 经营者身份证件|@公安机关
m 土地承包或流转合同|复|
out 家庭农场名录登记结果
net
""";

}

/** 城管局, 应急管理局, 发展改革委, 财政局, 司法局, 商务局, 人防办, 气象局, 烟草专卖局, 消防救援大队, 供电公司. */
final class T13 {

	static final String TEXT = """
@csglhzhzfj
sec 市政公用股
== 城市建筑垃圾处置核准|XK|P|L|20/5|N=新办 C=变更
short 建筑垃圾处置
cert 城市建筑垃圾处置核准证
law 《城市建筑垃圾管理规定》|第七条|处置建筑垃圾的单位，应当向城市人民政府市容环境卫生主管部门提出申请，获得城市建筑垃圾处置核准后，方可处置。城市人民政府市容环境卫生主管部门应当在接到申请后的20日内作出是否核准的决定。
if 有建筑垃圾分类处置方案和对废混凝土、金属、木材等回收利用方案，有符合要求的运输车辆和消纳场所[N]
if 建设项目、运输单位、运输线路或消纳场所等核准内容发生变化[C]
m 建筑垃圾处置核准申请表|表
m 建设工程施工许可证或拆除工程备案证明|复|[N]
m 建筑垃圾运输合同和消纳场所证明|复|[NC]
m 运输车辆行驶证和密闭装置证明|复|[N]
m 变更事项的证明材料|复|[C]

== 户外广告设施设置审批|XK|P|LN|20/10|N=新办 R=延续
short 户外广告审批
site
law 《城市市容和环境卫生管理条例》|第十一条|在城市中设置户外广告、标语牌、画廊、橱窗等，应当内容健康、外型美观，并定期维修、油饰或者拆除。大型户外广告的设置必须征得城市人民政府市容环境卫生行政主管部门同意后，按照有关规定办理审批手续。
if 户外广告设施设置符合本区户外广告设置规划，结构安全[N]
if 户外广告设施设置期限届满需要继续设置[R]
m 户外广告设施设置申请表|表
m $yyzz
m 设置地点的场地使用证明|复|[N]
m 设计效果图和结构安全证明|[NR]
m 原批准文件|复|[R]
out 户外广告设施设置许可决定书
q 门头招牌需要审批吗？|按本区规定，在自有经营场所设置的门头招牌实行备案或告知承诺管理，大型户外广告设施需要审批。

== 临时占用城市道路审批|XK|P|NL|10/3|N=新办 R=延期
short 占道审批
law 《城市道路管理条例》|第三十一条|因特殊情况需要临时占用城市道路的，须经市政工程行政主管部门和公安交通管理部门批准，方可按照规定占用。
if 因建设施工、临时活动等特殊情况需要临时占用城市道路，不影响交通和市容[N]
if 批准的占用期限届满需要延期[R]
m 临时占用城市道路申请表|表
m 申请人身份证明或营业执照|复|
m 占用位置示意图和安全文明措施|[N]
m 原批准文件|复|[R]
case J
out 临时占用城市道路许可决定书

== 挖掘城市道路审批|XK|P|L|10/5
law 《城市道路管理条例》|第三十条|未经市政工程行政主管部门和公安交通管理部门批准，任何单位或者个人不得占用或者挖掘城市道路。
law 《城市道路管理条例》|第三十三条|因工程建设需要挖掘城市道路的，应当持城市规划部门批准签发的文件和有关设计文件，到市政工程行政主管部门和公安交通管理部门办理审批手续，方可按照规定挖掘。
if 因工程建设确需挖掘城市道路，有规划批准文件和施工方案
m 挖掘城市道路申请表|表
m 规划批准文件和设计文件|复|
m 施工方案、交通组织方案和修复方案|
case J
site

== 依附于城市道路建设各种管线、杆线等设施审批|XK|P|L|10/5
law 《城市道路管理条例》|第二十九条|依附于城市道路建设各种管线、杆线等设施的，应当经市政工程行政主管部门批准，方可建设。
if 依附于城市道路建设管线、杆线等设施，方案符合市政设施管理要求
m 申请书|表
m 设施设计图和施工方案|
m 规划批准文件|复|
site

== 城市桥梁上架设各类市政管线审批|XK|P|L|10/5
law 《城市桥梁检测和养护维修管理办法》|第二十条|在城市桥梁上架设各类市政管线、电力线、电信线等，应当先经原设计单位提出技术安全意见，报城市人民政府市政工程设施行政主管部门批准后，方可实施。
if 在城市桥梁上架设市政管线，已取得原设计单位技术安全意见
m 申请书|表
m 原设计单位技术安全意见|
m 管线架设设计和施工方案|
site

== 特殊车辆在城市道路上行驶审批|XK|S|NL|3/0
law 《城市道路管理条例》|第二十八条|履带车、铁轮车或者超重、超高、超长车辆需要在城市道路上行驶的，事先须征得市政工程行政主管部门同意，并按照公安交通管理部门指定的时间、路线行驶。
if 履带车、铁轮车或者超重、超高、超长车辆确需在城市道路上行驶
m 特殊车辆行驶申请表|表
m 车辆行驶证和车辆技术参数|复|
m 行驶路线和时间说明|
out 特殊车辆行驶审批意见

== 临时占用城市绿地审批|XK|P|NL|10/5
law 《城市绿化条例》|第十九条|任何单位和个人都不得擅自占用城市绿化用地；占用的城市绿化用地，应当限期归还。因建设或者其他特殊需要临时占用城市绿化用地，须经城市人民政府城市绿化行政主管部门同意，并按照有关规定办理临时用地手续。
if 因建设或其他特殊需要确需临时占用城市绿地，有恢复方案
m 临时占用城市绿地申请表|表
m 占用位置图和占用期限说明|
m 绿地恢复方案和承诺书|
site

== 砍伐、移植城市树木审批|XK|P|NL|10/5
short 城市树木砍伐
law 《城市绿化条例》|第二十条|任何单位和个人都不得损坏城市树木花草和绿化设施。砍伐城市树木，必须经城市人民政府城市绿化行政主管部门批准，并按照国家有关规定补植树木或者采取其他补救措施。
if 因建设、树木死亡或危及安全等原因确需砍伐、移植城市树木
m 砍伐（移植）城市树木申请表|表
m 树木位置、品种、数量和胸径说明|
m 补植方案|
site
out 砍伐（移植）城市树木许可决定书

== 改变绿化规划、绿化用地使用性质审批|XK|P|L|20/15
law 《城市绿化条例》|第十九条|任何单位和个人都不得擅自改变城市绿化规划用地性质或者破坏绿化规划用地的地形、地貌、水体和植被。
if 因城市建设确需改变绿化规划、绿化用地使用性质
m 申请书|表
m 改变理由和补偿方案|
m 规划主管部门意见|复|
site

== 燃气经营许可|XK|P|L|20/15 X=20/1|N=新办 C=变更 R=延续 X=注销
cert 燃气经营许可证
site
law 《城镇燃气管理条例》|第十五条|国家对燃气经营实行许可证制度。从事燃气经营活动的企业，应当具备符合燃气发展规划要求、有符合国家标准的燃气气源和燃气设施、有固定的经营场所、完善的安全管理制度和健全的经营方案、企业的主要负责人、安全生产管理人员以及运行、维护和抢修人员经专业培训并考核合格等条件，由县级以上地方人民政府燃气管理部门核发燃气经营许可证。
if 符合燃气发展规划，有符合国家标准的气源和燃气设施，有固定的经营场所、完善的安全管理制度，主要负责人和从业人员经培训考核合格[NR]
m 燃气经营许可申请书|表
m $yyzz
m 气源证明和燃气设施竣工验收材料|复|[NR]
m 主要负责人、安全管理人员和运行维护抢修人员考核合格证明|复|[NR]
m 安全管理制度和应急预案|[N]
m 变更事项的证明材料|复|[C]
renew 30日

== 城镇污水排入排水管网许可|XK|P|L|15/5 X=15/1|N=新办 C=变更 R=延续 X=注销
short 排水许可
cert 城镇污水排入排水管网许可证
site
law 《城镇排水与污水处理条例》|第二十一条|从事工业、建筑、餐饮、医疗等活动的企业事业单位、个体工商户向城镇排水设施排放污水的，应当向城镇排水主管部门申请领取污水排入排水管网许可证。
law 《城镇污水排入排水管网许可管理办法》|第九条|城镇排水主管部门应当自受理申请之日起15日内作出决定。
if 排放口设置符合城镇排水与污水处理规划要求，排放的污水符合国家或地方规定的排放标准[NR]
m 排水许可申请表|表
m $yyzz
m 排水户内部排水管网、专用检测井、排放口位置图|[NR]
m 排水水质检测报告|@检测机构|[NR]
m 变更事项的证明材料|复|[C]
m $wts
q 餐馆需要办排水许可证吗？|从事餐饮活动的个体工商户和企业向城镇排水设施排放污水的，需要申领排水许可证，并按要求设置隔油设施。

== 拆除、改动城镇排水与污水处理设施审核|XK|P|L|20/10
law 《城镇排水与污水处理条例》|第四十三条|因工程建设需要拆除、改动城镇排水与污水处理设施的，建设单位应当制定拆除、改动方案，报城镇排水主管部门审核，并承担重建、改建和采取临时措施的费用。
if 因工程建设确需拆除、改动城镇排水与污水处理设施，有拆除改动方案
m 申请书|表
m 拆除、改动方案|
m 重建、改建及临时措施方案|
site

== 关闭、闲置、拆除城市环境卫生设施许可|XK|P|L|20/10
law 《城市市容和环境卫生管理条例》|第二十二条|一切单位和个人都不得擅自拆除环境卫生设施；因建设需要必须拆除的，建设单位必须事先提出拆迁方案，报城市人民政府市容环境卫生行政主管部门批准。
if 因建设需要确需关闭、闲置或拆除城市环境卫生设施，有替代方案
m 申请书|表
m 拆迁方案和替代设施建设方案|
site

== 城市生活垃圾经营性清扫、收集、运输服务许可|XK|P|L|20/15
short 垃圾清运许可
site
law 《城市生活垃圾管理办法》|第二十条|从事城市生活垃圾经营性清扫、收集、运输的企业，应当取得城市生活垃圾经营性清扫、收集、运输服务许可证。
if 具有与经营规模相适应的环卫作业车辆和设备、符合规定的停车场，有健全的作业管理制度
m 许可申请书|表
m $yyzz
m 作业车辆行驶证和设备清单|复|
m 停车场使用证明|复|
m 作业管理制度和安全应急预案|
out 城市生活垃圾经营性清扫、收集、运输服务许可证

@yjglj
sec 危险化学品监管股
== 危险化学品经营许可（不带储存设施）|XK|P|L|30/15 X=30/1|N=新办 C=变更 R=延续 X=注销
short 危化品经营许可
cert 危险化学品经营许可证
site
law 《危险化学品安全管理条例》|第三十三条|国家对危险化学品经营（包括仓储经营）实行许可制度。未经许可，任何单位和个人不得经营危险化学品。
law 《危险化学品安全管理条例》|第三十五条|从事其他危险化学品经营的企业，应当向所在地设区的市级人民政府安全生产监督管理部门提出申请。……申请人应当提交其符合本条例第三十四条规定条件的证明材料。
law 《危险化学品经营许可证管理办法》|第十六条|发证机关应当在受理之日起30日内作出是否准予许可的决定。
if 有符合国家标准的经营场所，主要负责人和安全生产管理人员经考核合格，有健全的安全生产规章制度和事故应急预案[NR]
m 危险化学品经营许可证申请书|表
m $yyzz
m 经营场所产权证明或租赁合同|复|[NR]
m 主要负责人、安全生产管理人员安全生产知识和管理能力考核合格证明|复|[NR]
m 安全生产规章制度和岗位操作规程|[N]
m 事故应急预案|[NR]
m 变更事项的证明材料|复|[C]
renew 3个月

== 烟花爆竹经营（零售）许可|XK|P|LN|20/10 X=20/1|N=新办 C=变更 R=延续 X=注销
short 烟花爆竹零售许可
cert 烟花爆竹经营（零售）许可证
site
law 《烟花爆竹安全管理条例》|第十九条|申请从事烟花爆竹零售的经营者，应当向所在地县级人民政府安全生产监督管理部门提出申请，并提供能够证明符合本条例第十八条规定条件的有关材料。受理申请的安全生产监督管理部门应当自受理申请之日起20日内对提交的有关材料和经营场所进行审查，对符合条件的，核发《烟花爆竹经营（零售）许可证》。
if 主要负责人经过安全知识教育，零售场所符合烟花爆竹零售点安全规范，有自我保护的安全措施[NR]
m 烟花爆竹经营（零售）许可证申请书|表
m $yyzz
m 零售场所产权证明或租赁合同|复|[NR]
m 主要负责人安全知识培训合格证明|复|[NR]
m 零售场所平面图和安全设施说明|[NR]
m 变更事项的证明材料|复|[C]
q 春节前卖烟花需要提前多久申请？|按照本区年度烟花爆竹零售网点布设方案，在公告的申请期内提出申请，一般在春节前一至两个月。

== 生产经营单位生产安全事故应急预案备案|BA|S|L|20/0
short 应急预案备案
law 《中华人民共和国安全生产法》|第八十一条|生产经营单位应当制定本单位生产安全事故应急救援预案，与所在地县级以上地方人民政府组织制定的生产安全事故应急救援预案相衔接，并定期组织演练。
law 《生产安全事故应急预案管理办法》|第二十六条|易燃易爆物品、危险化学品等危险物品的生产、经营、储存、运输单位，矿山、金属冶炼、城市轨道交通运营、建筑施工单位，以及宾馆、商场、娱乐场所、旅游景区等人员密集场所经营单位，应当在应急预案公布之日起20个工作日内，按照分级属地原则，向县级以上人民政府应急管理部门和其他负有安全生产监督管理职责的部门进行备案。
if 危险物品生产经营储存单位、建筑施工单位、人员密集场所经营单位等已编制并公布生产安全事故应急预案
m 应急预案备案申请表|表
m 应急预案评审意见|
m 应急预案电子文档|电|
m 风险评估结果和应急资源调查清单|
out 应急预案备案登记表

== 第三类非药品类易制毒化学品经营{}|BA|S|L|5/0|N=备案 C=备案变更
short 易制毒化学品经营备案
law 《易制毒化学品管理条例》|第十三条|经营第三类易制毒化学品的，应当自经营之日起30日内，将经营的品种、数量、主要流向等情况，向所在地的县级人民政府安全生产监督管理部门备案。
law 《非药品类易制毒化学品生产、经营许可办法》|第二十一条|第三类非药品类易制毒化学品经营单位，应当向所在地县级人民政府安全生产监督管理部门备案。
if 经营硫酸、盐酸、甲苯、丙酮等第三类非药品类易制毒化学品的单位[N]
if 备案的经营品种、数量、主要流向等发生变化[C]
m 非药品类易制毒化学品经营备案申请表|表
m $yyzz
m 易制毒化学品管理制度|[N]
m 变更事项的证明材料|复|[C]
out 备案证明

== 金属冶炼建设项目安全设施设计审查|XK|P|L|20/15
law 《中华人民共和国安全生产法》|第三十三条|建设项目安全设施的设计人、设计单位应当对安全设施设计负责。矿山、金属冶炼建设项目和用于生产、储存、装卸危险物品的建设项目的安全设施设计应当按照国家有关规定报经有关部门审查。
if 金属冶炼建设项目已完成安全预评价，安全设施设计符合国家标准
m 建设项目安全设施设计审查申请文件|表
m 安全设施设计|
m 安全预评价报告|
m 建设项目审批、核准或备案文件|复|
site
out 安全设施设计审查意见书

== 自然灾害生活救助|JF|R|N|30/15
short 受灾救助
law 《自然灾害救助条例》|第二十条|受灾地区人民政府应当在确保安全的前提下，对住房损毁严重的受灾人员进行过渡性安置。
law 《自然灾害救助条例》|第二十一条|自然灾害危险消除后，受灾地区人民政府应急管理等部门应当及时核实本行政区域内居民住房恢复重建补助对象，并给予资金、物资等救助。
if 因自然灾害造成住房倒塌损坏或生活暂时困难的受灾群众
m 自然灾害救助申请表|表
m 本人有效身份证件|@公安机关
m 受灾情况证明|#由村（社区）核实
m $yhzh
site
dsec 应急管理局救灾股
out 救助审核结果

== 安全生产违法行为举报受理|QT|P|NL|60/15
short 安全生产举报
law 《中华人民共和国安全生产法》|第七十四条|任何单位或者个人对事故隐患或者安全生产违法行为，均有权向负有安全生产监督管理职责的部门报告或者举报。
if 发现生产经营单位存在重大事故隐患或者安全生产违法行为
m 举报材料|#写明被举报单位、地点和违法行为
m 照片、视频等证据|电|?有证据的
out 处理结果
ch WOA
q 举报有奖励吗？|经查证属实的，按照《安全生产领域举报奖励办法》给予奖励，并为举报人保密。

@fzhggwyh
sec 投资管理股
== 企业投资项目{}|BA|S|L|2/0|N=备案 C=备案变更
short 企业投资项目备案
net
law 《企业投资项目核准和备案管理条例》|第十三条|实行备案管理的项目，企业应当在开工建设前通过在线平台将企业基本情况、项目名称、建设地点、建设规模、建设内容、项目总投资额、项目符合产业政策的声明等信息告知备案机关。
law 《企业投资项目核准和备案管理条例》|第十四条|已备案项目信息发生较大变更的，企业应当及时告知备案机关。[C]
if 企业在本区投资建设不属于核准目录范围的固定资产投资项目[N]
if 已备案项目的法人、建设地点、建设规模、建设内容等发生较大变更[C]
m 项目备案信息|电|表|#通过全国投资项目在线审批监管平台（河南）填报
m 项目符合产业政策的声明|电|
out 项目备案证明
url https://tzxm.fgw.henan.gov.cn/
q 备案需要多长时间？|备案机关收到全部信息即为备案，材料齐全的当场或最迟2个工作日内出具备案证明。

== 企业投资项目核准|XK|P|L|20/15
net
visits 0
law 《企业投资项目核准和备案管理条例》|第六条|企业办理项目核准手续，应当向核准机关提交项目申请书；由国务院核准的项目，向国务院投资主管部门提交项目申请书。
law 《企业投资项目核准和备案管理条例》|第九条|核准机关应当自受理申请之日起20个工作日内，作出是否予以核准的决定。
if 属于政府核准的投资项目目录范围、由县级核准的企业投资项目
m 项目申请书|电|
m 用地预审与选址意见书|复|@自然资源主管部门
m 法律、行政法规规定的其他前置文件|复|?需要的
out 项目核准批复
url https://tzxm.fgw.henan.gov.cn/

== 政府投资项目审批|XK|P|L|20/15|O=项目建议书 N=可行性研究报告 C=初步设计及概算
short 政府投资项目审批
net
visits 0
law 《政府投资条例》|第九条|政府采取直接投资方式、资本金注入方式投资的项目，项目单位应当编制项目建议书、可行性研究报告、初步设计，按照政府投资管理权限和规定的程序，报投资主管部门或者其他有关部门审批。
law 《政府投资条例》|第十一条|投资主管部门或者其他有关部门应当根据国民经济和社会发展规划、相关领域专项规划、产业政策等，从项目建设的必要性、技术经济可行性、社会效益以及项目资金等主要建设条件的落实情况等方面进行审查，作出是否批准的决定。
if 使用本级政府投资资金的固定资产投资项目，已纳入政府投资年度计划或项目储备库
m 项目审批申请文件|电|
m 项目建议书|电|[O]
m 可行性研究报告及项目建议书批复|电|[N]
m 初步设计文件和投资概算|电|[C]
m 可行性研究报告批复|复|[C]
out 项目审批批复
url https://tzxm.fgw.henan.gov.cn/

== 固定资产投资项目节能审查|XK|P|L|20/15
net
visits 0
law 《中华人民共和国节约能源法》|第十五条|国家实行固定资产投资项目节能评估和审查制度。不符合强制性节能标准的项目，建设单位不得开工建设；已经建成的，不得投入生产、使用。
law 《固定资产投资项目节能审查办法》|第十条|节能审查机关应当在法定时限内出具节能审查意见。
if 年综合能源消费量（当量值）达到规定标准的固定资产投资项目
m 节能审查申请函|电|
m 项目节能报告|电|
out 节能审查意见
url https://tzxm.fgw.henan.gov.cn/

== 粮食收购企业备案|BA|S|L|5/0
law 《粮食流通管理条例》|第九条|从事粮食收购的企业，应当向收购地的县级人民政府粮食和储备行政管理部门备案企业名称、地址、负责人以及仓储设施等信息，备案内容发生变化的，应当及时变更备案。
if 在本区从事粮食收购的企业
m 粮食收购企业备案表|表
m $yyzz
m 仓储设施和检验设备情况说明|
out 粮食收购企业备案凭证

== 招标方案核准|XK|P|L|20/10
law 《中华人民共和国招标投标法实施条例》|第七条|按照国家有关规定需要履行项目审批、核准手续的依法必须进行招标的项目，其招标范围、招标方式、招标组织形式应当报项目审批、核准部门审批、核准。
if 依法必须进行招标并需要审批、核准的政府投资项目
m 招标方案|#包括招标范围、招标方式、招标组织形式
m 项目审批或核准文件|复|
out 招标方案核准意见

== 价格认定|GG|P|NL|15/10
law 《价格认定规定》|第四条|价格认定机构对纪检监察、司法和行政机关在办理案件中涉及的价格不明或者价格有争议的有形产品、无形资产和各类有偿服务进行价格确认。
if 纪检监察、司法和行政机关在办理案件中涉及价格不明或价格有争议的
m 价格认定协助书|#由提出机关出具
m 价格认定标的相关材料|复|
out 价格认定结论书
ch W

@czj
sec 会计监督股
== 代理记账业务{}|XK|P|L|10/5 X=10/1|N=审批 C=变更备案 X=注销
short 代理记账许可
cert 代理记账许可证书
law 《中华人民共和国会计法》|第三十六条|不具备设置会计机构或者会计人员条件的，应当委托经批准设立从事会计代理记账业务的中介机构代理记账。
law 《代理记账管理办法》|第三条|除会计师事务所以外的机构从事代理记账业务，应当经县级以上地方人民政府财政部门批准，领取由财政部统一规定样式的代理记账许可证书。
law 《代理记账管理办法》|第五条|审批机关应当自受理申请之日起10日内作出是否批准的决定。
if 为依法设立的企业，专职从业人员不少于3名，主管代理记账业务的负责人具有会计师以上专业技术职务资格或从事会计工作不少于三年，有健全的代理记账业务内部规范[N]
if 机构名称、主管代理记账业务负责人、跨区域经营等事项发生变化[C]
m 代理记账许可申请书|表
m $yyzz
m 专职从业人员、负责人的身份证明和会计专业技术资格证书|复|[N]
m 代理记账业务内部规范|[N]
m 变更事项的证明材料|复|[C]
net

== 政府采购投诉处理|CJ|P|L|30/30
law 《中华人民共和国政府采购法》|第五十五条|质疑供应商对采购人、采购代理机构的答复不满意或者采购人、采购代理机构未在规定的时间内作出答复的，可以在答复期满后十五个工作日内向同级政府采购监督管理部门投诉。
law 《中华人民共和国政府采购法》|第五十六条|政府采购监督管理部门应当在收到投诉后三十个工作日内，对投诉事项作出处理决定，并以书面形式通知投诉人和与投诉事项有关的当事人。
if 供应商已依法质疑，对质疑答复不满意或采购人未在规定时间内答复，在答复期满后十五个工作日内投诉
m 投诉书|x2|#写明投诉人、被投诉人、投诉事项和请求
m 质疑函及质疑答复|复|
m 相关证明材料|复|
s 受理|财政局政府采购监管股|审查投诉书，符合条件的予以受理|5
s 审查|财政局政府采购监管股|调取采购文件、调查取证，必要时组织质证|20
s 决定|财政局负责人|作出投诉处理决定|4
s 送达|财政局政府采购监管股|书面通知投诉人和相关当事人，并在指定媒体公告|1
out 投诉处理决定书

== 采购进口产品审核|XK|P|L|15/10
law 《中华人民共和国政府采购法》|第十条|政府采购应当采购本国货物、工程和服务。但需要采购的货物、工程或者服务在中国境内无法获取或者无法以合理的商业条件获取的除外。
law 《政府采购进口产品管理办法》|第七条|采购人需要采购的产品在中国境内无法获取或者无法以合理的商业条件获取，以及法律法规另有规定确需采购进口产品的，应当在获得财政部门核准后，依法开展政府采购活动。
if 采购人确需采购进口产品，已经专家论证
m 政府采购进口产品申请表|表
m 专家论证意见|
m 主管部门意见|
out 审核意见

== 采用非公开招标方式采购审批|XK|P|L|10/5
short 变更采购方式审批
net
law 《中华人民共和国政府采购法》|第二十七条|采购人采购货物或者服务应当采用公开招标方式的，其具体数额标准，属于中央预算的政府采购项目，由国务院规定；属于地方预算的政府采购项目，由省、自治区、直辖市人民政府规定；因特殊情况需要采用公开招标以外的采购方式的，应当在采购活动开始前获得设区的市、自治州以上人民政府采购监督管理部门的批准。
if 达到公开招标数额标准的采购项目，因特殊情况需要采用竞争性谈判、单一来源等方式
m 变更政府采购方式申请表|电|表
m 采购项目情况说明和专家论证意见|电|
out 审批意见

@sfj
sec 公共法律服务股
== 法律援助申请|GG|P|N|7/5
law 《中华人民共和国法律援助法》|第四十一条|因经济困难申请法律援助的，申请人应当如实说明经济困难状况。法律援助机构核查申请人的经济困难状况，可以通过信息共享查询，或者由申请人进行个人诚信承诺。
law 《中华人民共和国法律援助法》|第四十三条|法律援助机构应当自收到法律援助申请之日起七日内进行审查，作出是否给予法律援助的决定。
if 因经济困难没有委托代理人，在请求给予社会保险待遇、劳动报酬、工伤赔偿、赡养费等事项上需要代理
m 法律援助申请表|表
m $sfz
m 经济困难状况说明表|表|#个人诚信承诺，低保、特困人员等免于核查经济状况
m 与所申请法律援助事项有关的材料|复|
out 给予或不给予法律援助决定书
addr 平顶山高新区公共法律服务中心（平顶山高新区行政服务中心二楼D区）
q 哪些人申请法律援助不用审查经济状况？|无固定生活来源的未成年人、老年人、残疾人等特定群体，社会救助、司法救助或者优抚对象，申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员等，免予核查经济困难状况。

== 行政复议申请|CJ|P|NL|60/60
law 《中华人民共和国行政复议法》|第二十条|公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请。
law 《中华人民共和国行政复议法》|第六十二条|适用普通程序审理的行政复议案件，行政复议机关应当自受理申请之日起六十日内作出行政复议决定。
if 公民、法人或者其他组织认为行政行为侵犯其合法权益，在法定期限内提出
m 行政复议申请书|x2|表
m 申请人身份证明|复|
m 被申请复议的行政行为材料|复|#如处罚决定书、告知书等
m 相关证据材料|复|
s 受理|行政复议受理窗口|审查申请，符合条件的五日内受理|5
s 审查|行政复议机构|通知被申请人答复，调查取证，必要时听证|50
s 决定|行政复议机关负责人|作出维持、撤销、变更或确认违法等行政复议决定|4
s 送达|行政复议机构|送达行政复议决定书|1
out 行政复议决定书
ch WOM
q 申请行政复议收费吗？|不收费。行政复议机关受理行政复议申请，不得向申请人收取任何费用。

== 人民调解申请|GG|S|NL|30/0
law 《中华人民共和国人民调解法》|第十七条|当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。当事人一方明确拒绝调解的，不得调解。
if 公民之间、公民与单位之间发生婚姻家庭、邻里、损害赔偿、合同等民间纠纷
m 调解申请|#可以口头申请，由调解员记录
m 当事人身份证件|@公安机关
m 纠纷相关证据材料|复|?有证据的
out 人民调解协议书或调解意见
addr 平顶山高新区公共法律服务中心（平顶山高新区行政服务中心二楼D区）
q 人民调解收费吗？|不收费。达成的调解协议具有法律约束力，双方可以共同向人民法院申请司法确认。

== 公共法律服务咨询|GG|S|NL|0/0
short 法律咨询
law 《中华人民共和国法律援助法》|第二十条|法律援助机构可以通过服务窗口、电话、网络等多种方式提供法律咨询。
if 需要法律咨询的群众和企业
m 咨询问题的相关材料|复|?有相关材料的
out 法律咨询意见
addr 平顶山高新区公共法律服务中心（平顶山高新区行政服务中心二楼D区）
ch WOA
q 除了窗口还能怎么咨询？|可以拨打12348公共法律服务热线，或登录中国法律服务网（12348网）在线咨询。

@shangwj
sec 市场流通股
== 单用途商业预付卡备案|BA|S|L|30/0
short 预付卡备案
law 《单用途商业预付卡管理办法（试行）》|第七条|发卡企业应在开展单用途卡业务之日起30日内按照规定办理备案。集团发卡企业和品牌发卡企业向其工商登记注册地省级商务主管部门备案；规模发卡企业向其工商登记注册地设区的市级人民政府商务主管部门备案；其他发卡企业向其工商登记注册地县（市、区）人民政府商务主管部门备案。
if 从事零售业、住宿和餐饮业、居民服务业，发行单用途商业预付卡的企业
m 单用途商业预付卡业务备案表|表
m $yyzz
m 单用途卡章程和购卡协议样本|
m 资金存管协议|复|
out 备案回执

== 再生资源回收经营者{}|BA|S|LN|30/0|N=备案 C=备案变更
short 废品回收备案
law 《再生资源回收管理办法》|第七条|从事再生资源回收经营活动，必须符合工商行政管理登记条件，领取营业执照后，方可从事经营活动。
law 《再生资源回收管理办法》|第八条|从事再生资源回收经营活动的经营者，应当在取得营业执照后30日内，按属地管理原则，向登记注册地工商行政管理部门的同级商务主管部门或者其授权机构备案。
if 取得营业执照、从事再生资源回收经营活动的企业和个体工商户[N]
if 备案事项发生变化[C]
m 再生资源回收经营者备案登记表|表
m $yyzz
m 经营场所使用证明|复|[N]
m 变更事项的证明材料|复|[C]
out 备案回执

== 二手车交易市场经营者和二手车经营主体备案|BA|S|L|30/0
short 二手车经营备案
law 《二手车流通管理办法》|第十三条|二手车交易市场经营者、二手车经销企业和经纪机构应当自取得营业执照之日起2个月内向省级商务主管部门备案。
if 从事二手车交易市场经营、二手车经销、二手车经纪的企业
m 二手车经营主体备案表|表
m $yyzz
m 经营场所使用证明|复|
out 备案回执
net

== 汽车以旧换新补贴申领|JF|P|N|30/15
short 汽车以旧换新
net
law 《商务部等7部门关于印发〈汽车以旧换新补贴实施细则〉的通知》|第二条|个人消费者报废旧车并购买符合条件的新车，可以申请汽车报废更新补贴。
if 个人消费者报废本人名下符合条件的旧车并购买符合条件的新能源乘用车或燃油乘用车
m 汽车以旧换新补贴申请信息|电|表|#通过全国汽车流通信息管理应用（小程序）在线填报
m 报废机动车回收证明|电|@报废机动车回收企业
m 新车购车发票和机动车登记证书|电|
m 本人银行账户|复|
out 补贴审核及拨付结果

== 美容美发经营者备案|BA|S|L|30/0
law 《美容美发业管理暂行办法》|第八条|美容美发经营者应当在取得营业执照后60日内向当地商务主管部门备案。
if 取得营业执照、从事美容美发经营的经营者
m 美容美发经营者备案表|表
m $yyzz
out 备案回执

@rmfkbgs
sec 工程管理股
== 应建防空地下室的民用建筑项目报建审批|XK|P|L|20/10
short 人防工程结建审批
law 《中华人民共和国人民防空法》|第二十二条|城市新建民用建筑，按照国家有关规定修建战时可用于防空的地下室。
law 《河南省实施〈中华人民共和国人民防空法〉办法》|第十四条|城市新建民用建筑，建设单位应当按照规定修建防空地下室，并将防空地下室设计文件报人民防空主管部门审查。
if 城市规划区内新建民用建筑，按规定应当修建防空地下室
m 人防工程报建审批申请表|表
m 建设工程规划设计方案|复|
m 防空地下室设计文件|电|
out 人防工程报建审批意见
url https://gcjs.henan.gov.cn/

== 人防工程易地建设审批|XK|P|L|20/10
law 《中华人民共和国人民防空法》|第二十二条|城市新建民用建筑，按照国家有关规定修建战时可用于防空的地下室。
law 《河南省实施〈中华人民共和国人民防空法〉办法》|第十五条|因地质、地形等原因不宜修建防空地下室的，经人民防空主管部门批准，建设单位应当按照规定缴纳防空地下室易地建设费。
if 因地质、地形、施工条件等原因不宜修建防空地下室
m 易地建设申请书|表
m 不宜修建的证明材料|#如地质勘查报告
m 建设工程规划许可文件|复|
out 易地建设审批意见
fee 按应建防空地下室面积及本省规定标准缴纳防空地下室易地建设费|《河南省实施〈中华人民共和国人民防空法〉办法》及河南省防空地下室易地建设费收费标准

== 人防工程竣工验收备案|BA|P|L|15/5
law 《中华人民共和国人民防空法》|第二十四条|城市的地下交通干线以及其他地下工程的建设，应当兼顾人民防空需要。
law 《人民防空工程质量监督管理规定》|第二十八条|人民防空工程竣工验收合格后，建设单位应当在规定时间内向人民防空主管部门备案。
if 防空地下室已竣工并组织验收合格
m 人防工程竣工验收备案表|表
m 竣工验收报告|
m 人防工程竣工图|电|
out 竣工验收备案证明

== 拆除人民防空工程审批|XK|P|L|20/15
law 《中华人民共和国人民防空法》|第二十八条|任何组织或者个人不得擅自拆除本法第二十一条规定的人民防空工程；确需拆除的，必须报经人民防空主管部门批准，并由拆除单位负责补建或者补偿。
if 因城市建设确需拆除人民防空工程，有补建或补偿方案
m 拆除申请书|表
m 拆除理由和补建、补偿方案|
m 人防工程产权证明|复|
site

== 人防工程平时使用备案|BA|S|L|5/0
law 《中华人民共和国人民防空法》|第二十六条|国家鼓励平时利用人民防空工程为经济建设和人民生活服务。平时利用人民防空工程，不得影响其防空效能。
if 平时使用人民防空工程作停车场、仓储等用途，不影响其防空效能
m 人防工程平时使用备案表|表
m 使用协议或产权证明|复|
m 消防安全和维护管理措施|
out 平时使用备案证明

@qxj
sec 防雷减灾科
== 防雷装置设计审核|XK|P|L|20/5
law 《气象灾害防御条例》|第二十三条|各类建（构）筑物、场所和设施安装雷电防护装置，应当符合国家有关防雷标准的规定。新建、改建、扩建建（构）筑物、场所和设施的雷电防护装置应当与主体工程同时设计、同时施工、同时投入使用。
law 《防雷装置设计审核和竣工验收规定》|第十三条|气象主管机构应当在受理之日起十个工作日内完成审核工作。
if 油库、气库、弹药库、化学品仓库、民用爆炸物品、烟花爆竹、石化等易燃易爆建设工程和场所，雷电易发区内的矿区、旅游景点或者投入使用的建（构）筑物、设施等需要单独安装雷电防护装置的场所
m 防雷装置设计审核申请书|表
m 设计单位和人员的资质证和资格证书|复|
m 防雷装置施工图设计说明书、施工图设计图纸及相关资料|
m 设计中所采用的防雷产品相关资料|
out 防雷装置设计核准意见书
url https://gcjs.henan.gov.cn/

== 防雷装置竣工验收|XK|P|L|20/5
site
law 《气象灾害防御条例》|第二十三条|新建、改建、扩建建（构）筑物、场所和设施的雷电防护装置应当与主体工程同时设计、同时施工、同时投入使用。
law 《防雷装置设计审核和竣工验收规定》|第二十条|气象主管机构应当在受理之日起十个工作日内作出竣工验收结论。
if 防雷装置已按核准的设计施工完成，经具有资质的检测机构检测合格
m 防雷装置竣工验收申请书|表
m 防雷装置设计核准意见书|复|@气象主管机构
m 施工单位资质证和施工人员资格证书|复|
m 取得防雷装置检测资质的单位出具的防雷装置检测报告|
out 防雷装置验收意见书

== 升放无人驾驶自由气球或者系留气球活动审批|XK|P|L|5/3
short 施放气球审批
law 《通用航空飞行管制条例》|第三十四条|升放无人驾驶自由气球或者系留气球，不得影响飞行安全。
law 《施放气球管理办法》|第十五条|施放气球活动，应当经施放所在地的气象主管机构批准。
if 具有施放气球资质的单位在本区开展庆典、广告等施放气球活动
m 施放气球活动申请表|表
m 施放气球单位资质证|复|
m 施放作业人员资格证|复|
out 施放气球活动许可决定书

== 气象灾害证明出具|GG|P|NL|5/3
short 气象证明
law 《中华人民共和国气象法》|第二十三条|各级气象主管机构所属的气象台站应当按照职责向社会发布公众气象预报和灾害性天气警报。
if 因保险理赔、司法诉讼等需要证明特定时间、地点的气象灾害情况
m 气象证明申请表|表
m 申请人身份证明|复|
m 事发时间、地点和用途说明|
out 气象证明

@yczmj
sec 专卖许可股
== 烟草专卖零售许可证{}|XK|P|LN|20/10 X=20/1 B=20/1 O=20/1|N=新办 C=变更 R=延续 O=停业 X=歇业 B=补办
short 烟草零售许可
cert 烟草专卖零售许可证
site
law 《中华人民共和国烟草专卖法》|第十六条|经营烟草制品零售业务的企业或者个人，由县级人民政府烟草专卖行政主管部门或者省、自治区、直辖市人民政府烟草专卖行政主管部门在县级人民政府烟草专卖行政主管部门所在地以外设立的派出机构审查批准发给烟草专卖零售许可证。
law 《中华人民共和国烟草专卖法实施条例》|第十四条|经营烟草制品零售业务的企业或者个人，应当具备与经营烟草制品零售业务相适应的资金、固定的经营场所和符合烟草专卖零售许可证管理办法规定的其他条件。
law 《烟草专卖许可证管理办法》|第三十二条|许可证发证机关应当自受理申请之日起20日内作出决定。
if 有与经营烟草制品零售业务相适应的资金和固定的经营场所，经营场所不在中小学校周边禁止区域内，符合本地零售网点合理布局要求[N]
if 需要暂停烟草制品零售业务，停业期限不超过一年[O]
if 终止烟草制品零售业务[X]
m 烟草专卖零售许可证申请表|表
m $yyzz
m 经营者身份证件|@公安机关
m 经营场所产权证明或租赁合同|复|[NR]
m 变更事项的证明材料|复|[C]
m $wts
out 停业核准通知[O]
q 学校旁边的小卖部可以卖烟吗？|不可以。中小学校周边禁止设置烟草制品零售点，具体距离按本地合理布局规定执行。[N]

== 烟草专卖零售许可证恢复营业|XK|S|LN|20/0
law 《烟草专卖许可证管理办法》|第四十一条|停业期限届满恢复营业的，持证人应当在停业期满前向发证机关申请恢复营业。
if 已办理停业的零售户在停业期满前申请恢复经营
m 恢复营业申请表|表
m $yyzz
out 恢复营业核准

@xfjydd
sec 防火监督科
== 公众聚集场所投入使用、营业前消防安全检查|XK|P|L|10/5
short 公众聚集场所消防检查
law 《中华人民共和国消防法》|第十五条|公众聚集场所投入使用、营业前，建设单位或者使用单位应当向场所所在地的县级以上地方人民政府消防救援机构申请消防安全检查，作出场所符合消防技术标准和管理规定的承诺，提交规定的材料，并对其承诺和材料的真实性负责。消防救援机构对申请人提交的材料进行审查；申请材料齐全、符合法定形式的，应当予以许可。
if 宾馆、饭店、商场、集贸市场、客运车站候车室、体育场馆、会堂、公共娱乐场所等公众聚集场所投入使用、营业前
m 消防安全检查申请表|表
m 消防安全承诺书|表
m $yyzz
m 场所平面布置图、消防设施平面图|
m 消防安全制度、灭火和应急疏散预案|
site
out 公众聚集场所投入使用、营业消防安全检查合格证
q 采用告知承诺方式的可以当场拿证吗？|选择告知承诺方式的，材料齐全、符合法定形式的当场作出许可决定，消防救援机构在许可后进行核查。

== 大型群众性活动消防安全检查|QT|P|L|5/3
law 《中华人民共和国消防法》|第二十条|举办大型群众性活动，承办人应当依法向公安机关申请安全许可，制定灭火和应急疏散预案并组织演练，明确消防安全责任分工，确定消防安全管理人员，保持消防设施和消防器材配置齐全、完好有效。
if 举办大型群众性活动前，活动场所需要消防安全检查
m 消防安全检查申请表|表
m 活动方案和灭火、应急疏散预案|
m 场所消防设施检测报告|
site
out 消防安全检查意见

@gdgs
sec 营销服务班
== 低压居民用电报装|GG|S|N|3/0
short 居民用电申请
net
visits 0
law 《中华人民共和国电力法》|第二十六条|供电营业区内的供电营业机构，对本营业区内的用户有按照国家规定供电的义务；不得违反国家规定对其营业区内申请用电的单位和个人拒绝供电。
law 《供电营业规则》|第十八条|用户申请新装或增加用电时，应当向供电企业提供用电工程项目批准的文件及有关的用电资料。
if 本区居民新装、增容用电
m 用电人有效身份证件|@公安机关
m 用电地址产权证明或租赁合同|复|
out 装表接电
url https://www.95598.cn/
q 居民装电表要多长时间？|低压居民用户资料齐全的，具备直接装表条件的在3个工作日内完成装表接电。

== 低压非居民用电报装|GG|P|L|15/5
short 商铺企业用电申请
net
visits 0
law 《中华人民共和国电力法》|第二十六条|供电营业区内的供电营业机构，对本营业区内的用户有按照国家规定供电的义务。
law 《供电营业规则》|第十八条|用户申请新装或增加用电时，应当向供电企业提供用电工程项目批准的文件及有关的用电资料。
if 本区商铺、小微企业等低压非居民用户新装、增容用电
m 用电人主体资格证明|复|#营业执照或身份证
m 用电地址产权证明或租赁合同|复|
out 装表接电
url https://www.95598.cn/

== 高压用电报装|GG|J|L|40/20
short 高压用电申请
site
law 《中华人民共和国电力法》|第二十六条|供电营业区内的供电营业机构，对本营业区内的用户有按照国家规定供电的义务。
law 《供电营业规则》|第十八条|用户申请新装或增加用电时，应当向供电企业提供用电工程项目批准的文件及有关的用电资料。
if 本区企业新装、增容10千伏及以上高压用电
m 用电申请书|表
m 用电人主体资格证明|复|
m 用电地址产权证明和项目批准文件|复|
m 用电负荷和主要用电设备清单|
out 供电方案答复和装表接电
url https://www.95598.cn/

== 电费户名过户|GG|S|NL|3/0
short 电表过户
net
visits 0
law 《供电营业规则》|第二十九条|用户在用电过程中需要过户的，应持有关证明向供电企业提出申请。
if 房屋产权或使用权发生转移，需要变更用电户名
m 新户主有效身份证件|@公安机关
m 房屋产权转移证明|复|
out 过户结果
url https://www.95598.cn/

== 分布式光伏发电并网申请|GG|J|NL|20/10
short 光伏并网
site
law 《中华人民共和国可再生能源法》|第十四条|电网企业应当与按照可再生能源开发利用规划建设，依法取得行政许可或者报送备案的可再生能源发电企业签订并网协议，全额收购其电网覆盖范围内符合并网技术标准的可再生能源并网发电项目的上网电量。
if 居民或企业在自有屋顶等场所建设分布式光伏发电项目，符合并网技术条件
m 分布式电源并网申请表|表
m 项目备案文件|复|?非自然人项目的
m 屋顶产权证明或使用协议|复|
m 光伏组件和逆变器的检测认证资料|复|
out 并网验收和调试结果
url https://www.95598.cn/
""";

}

/** Items handled at 遵化店镇 and 皇台街道 便民服务中心 (township level). */
final class T14 {

	static final String TEXT = """
@mzj
sec 镇（街道）社会事务办
== 最低生活保障申请受理|QR|R|N|30/20
short 低保申请
lv T town,street
dsec 民政局社会救助股
site
law 《社会救助暂行办法》|第十条|最低生活保障标准，由省、自治区、直辖市或者设区的市级人民政府按照当地居民生活必需的费用确定、公布，并根据当地经济社会发展水平和物价变动情况适时调整。
law $shjz
if 本镇（街道）户籍居民，共同生活的家庭成员人均收入低于本区最低生活保障标准，家庭财产状况符合规定
m 最低生活保障申请书|表|#申请人签字
m 家庭成员身份证件和户口簿|@公安机关|#核验原件
m $jyzm
m 家庭收入情况说明|表|#如实填写，作出诚信承诺
m 残疾人证或疾病诊断证明|复|?家庭成员有残疾或重病的
m $wts
out 低保审批结果
q 申请低保后要经过哪些程序？|镇（街道）受理后进行入户调查、信息核对、民主评议，在村（社区）公示7天，无异议的报区民政局审批，审批通过后次月起发放低保金。
q 可以在村里申请吗？|可以。村（社区）便民服务站提供代办服务，也可以直接到镇（街道）便民服务中心申请。

== 最低生活保障边缘家庭认定申请受理|QR|R|N|30/20
short 低保边缘家庭认定
lv T town,street
dsec 民政局社会救助股
site
law 《国务院办公厅转发民政部等单位〈关于加强低收入人口动态监测做好分层分类社会救助工作的意见〉的通知》|第二部分|最低生活保障边缘家庭一般指不符合低保条件，家庭人均收入低于当地低保标准1.5倍，且财产状况符合相关规定的家庭。
if 本镇（街道）户籍家庭，不符合低保条件，家庭人均收入低于低保标准1.5倍，财产状况符合规定
m 低保边缘家庭认定申请书|表
m 家庭成员身份证件和户口簿|@公安机关
m $jyzm
out 低保边缘家庭认定结果

== 特困人员救助供养申请受理|QR|R|N|40/25
short 特困供养申请
lv T town,street
dsec 民政局社会救助股
site
law 《特困人员认定办法》|第十二条|申请特困人员救助供养，应当由本人向户籍所在地乡镇人民政府（街道办事处）提出书面申请。本人申请有困难的，可以委托村（居）民委员会或者他人代为提出申请。
law 《社会救助暂行办法》|第十四条|国家对无劳动能力、无生活来源且无法定赡养、抚养、扶养义务人，或者其法定赡养、抚养、扶养义务人无赡养、抚养、扶养能力的老年人、残疾人以及未满16周岁的未成年人，给予特困人员供养。
if 本镇（街道）户籍，无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其义务人无履行能力的老年人、残疾人和未成年人
m 特困人员救助供养申请书|表
m 本人身份证件和户口簿|@公安机关
m 残疾人证或疾病诊断证明|复|?残疾或患病的
m $jyzm
m 委托书|?委托村（居）民委员会或他人代为申请的
out 特困人员认定结果
q 特困人员可以选择集中供养吗？|可以。生活不能自理的特困人员优先安排到供养服务机构集中供养，也可以选择在家分散供养。

== 临时救助（急难型）审批|JF|P|N|5/3
short 急难临时救助
lv T town,street
law 《社会救助暂行办法》|第四十七条|国家对因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭，给予临时救助。
law 《国务院关于全面建立临时救助制度的通知》|第二部分|对于情况紧急、需立即采取措施以防止造成无法挽回的损失或无法改变的严重后果的，乡镇人民政府（街道办事处）应当先行救助。
if 因火灾、交通事故、突发重大疾病等导致基本生活暂时出现严重困难，急需先行救助
m 临时救助申请书|表|#情况紧急的可以口头申请
m 申请人身份证件|@公安机关
m 困难情况证明材料|复|?能够提供的|#如医疗票据、事故证明
out 临时救助金发放
q 遇到突发困难当天能拿到救助吗？|情况紧急的，镇（街道）可以先行救助，事后补齐审核手续。

== 困难残疾人生活补贴和重度残疾人护理补贴申请受理|JF|R|N|20/10
short 残疾人两项补贴申请
lv T town,street
dsec 民政局社会救助股
law 《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》|第三部分|残疾人两项补贴由残疾人向户籍所在地乡镇人民政府（街道办事处）提出书面申请，乡镇人民政府（街道办事处）受理、初审，县级民政部门会同残联审核认定。
if 本镇（街道）户籍的低保家庭中的残疾人，或者残疾等级为一级、二级且需要长期照护的重度残疾人
m 残疾人两项补贴申请审批表|表
m $cjz|复
m 申请人身份证件和户口簿|@公安机关
m $yhzh
out 补贴审批结果

== 高龄津贴申请受理|JF|R|N|20/10
short 高龄津贴
lv T town,street
dsec 民政局养老服务股
law 《中华人民共和国老年人权益保障法》|第三十三条|国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。
law 《河南省老年人权益保障条例》|第二十二条|县级以上人民政府应当建立高龄津贴制度，对八十周岁以上老年人按照规定发放高龄津贴。
if 本镇（街道）户籍、年满80周岁的老年人
m 高龄津贴申请表|表
m 老年人身份证件和户口簿|@公安机关
m $yhzh
out 高龄津贴核定结果
q 高龄津贴什么时候开始发？|年满80周岁的次月起，经审核符合条件的按月或按季度发放到本人社会保障卡或银行账户。

== 经济困难老年人养老服务补贴申请受理|JF|R|N|20/10
short 养老服务补贴
lv T town,street
dsec 民政局养老服务股
law 《中华人民共和国老年人权益保障法》|第三十三条|国家建立和完善老年人福利制度，根据经济社会发展水平和老年人的实际需要，增加老年人的社会福利。
law 《财政部 民政部 全国老龄办关于建立健全经济困难的高龄、失能等老年人补贴制度的通知》|第二部分|对经济困难的高龄、失能等老年人给予养老服务补贴和护理补贴。
if 本镇（街道）户籍的低保、特困家庭中的高龄、失能老年人
m 养老服务补贴申请表|表
m 老年人身份证件|@公安机关
m 老年人能力评估结果|?申请护理补贴的
out 补贴核定结果

== 孤儿、事实无人抚养儿童认定申请受理|QR|R|N|30/20
short 困境儿童认定申请
lv T town,street
dsec 民政局儿童福利股
law 《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》|第三部分|事实无人抚养儿童监护人或受监护人委托的近亲属填写《事实无人抚养儿童基本生活补贴申请表》，向儿童户籍所在地乡镇人民政府（街道办事处）提出申请。
law 《国务院办公厅关于加强孤儿保障工作的意见》|第二部分|建立孤儿基本生活保障制度。
if 本镇（街道）户籍，失去父母、查找不到生父母，或者父母双方均符合重残、重病、服刑在押、失联等情形的未成年人
m 认定申请表|表|#监护人填写
m 儿童户口簿|@公安机关
m 父母死亡、失踪或重残、重病、服刑等情形的证明材料|复|
m 监护人身份证件|@公安机关
out 认定结果

== 老年人优待证办理|GG|S|N|5/0
short 老年优待证
lv T town,street
law 《中华人民共和国老年人权益保障法》|第五十七条|医疗机构应当为老年人就医提供方便，对老年人就医予以优先。
law 《河南省老年人权益保障条例》|第四十条|六十周岁以上的老年人凭本人身份证或者老年人优待证享受相关优待。
if 本镇（街道）户籍或常住的60周岁以上老年人
m 老年人身份证件|@公安机关
m 本人近期免冠照片|电|#现场采集
out 老年人优待证
q 没有优待证能享受优待吗？|可以。60周岁以上老年人凭本人居民身份证即可享受公共交通、公园景区等优待，优待证作为补充凭证。

== 社区社会组织备案|BA|S|L|10/0
lv T street
law 《民政部关于大力培育发展社区社会组织的意见》|第三部分|对未达到登记条件的社区社会组织，由街道办事处（乡镇政府）实施管理，加强分类指导和业务指导。
if 在皇台街道辖区内活动、未达到登记条件的社区文体、公益慈善、邻里互助等社区社会组织
m 社区社会组织备案表|表
m 组织负责人身份证件|@公安机关
m 成员名单和活动章程|
m 社区居民委员会意见|@社区居民委员会
out 备案证明

@rlzyhshbzj
sec 镇（街道）劳动保障所
== 就业困难人员认定申请受理|QR|R|N|15/8
short 就业困难认定申请
lv T town,street
dsec 人社局公共就业服务中心
law 《中华人民共和国就业促进法》|第五十二条|就业困难人员是指因身体状况、技能水平、家庭因素、失去土地等原因难以实现就业，以及连续失业一定时间仍未能实现就业的人员。
if 已办理失业登记的本镇（街道）居民，属于就业困难人员范围
m 就业困难人员认定申请表|表
m $sfz
m 相关情形证明材料|复|#能通过部门共享核验的免于提交
out 认定结果

== 城乡居民基本养老保险参保信息变更|QR|S|N|0/0
short 居民养老保险信息变更
lv T town,street
law 《城乡居民基本养老保险经办规程》|第十条|参保人员登记信息发生变更时，应当及时办理变更登记手续。
if 参加城乡居民基本养老保险的本镇（街道）居民，姓名、身份证号码、联系方式、银行账户等信息发生变化
m 城乡居民基本养老保险变更登记表|表
m $sfz
m 变更事项证明材料|复|?姓名、身份证号码变更的|@公安机关
out 变更结果

== 城乡居民基本养老保险待遇申领受理|JF|R|N|20/10
short 居民养老金申领
lv T town,street
dsec 人社局社会保险中心
law 《国务院关于建立统一的城乡居民基本养老保险制度的意见》|第六部分|参加城乡居民养老保险的个人，年满60周岁、累计缴费满15年，且未领取国家规定的基本养老保障待遇的，可以按月领取城乡居民养老保险待遇。
if 本镇（街道）参保居民年满60周岁，符合待遇领取条件
m 城乡居民基本养老保险待遇领取申请表|表
m $sfz
m $sbk
out 待遇核定结果

== 城乡居民基本养老保险注销登记受理|QR|R|N|20/10
short 居民养老保险注销
lv T town,street
dsec 人社局社会保险中心
law 《城乡居民基本养老保险经办规程》|第四十四条|参保人员出现死亡、丧失国籍、已享受其他基本养老保障待遇等情形的，应当办理注销登记。
if 本镇（街道）参保人员死亡、丧失国籍或已享受其他基本养老保障待遇
m 注销登记表|表
m 死亡证明或其他注销事由证明|复|
m 继承人身份证件和银行账户|复|?个人账户余额需要继承的
out 注销结果及个人账户余额支付

== 职业介绍和职业指导|GG|S|N|0/0
short 找工作
lv T town,street
law 《中华人民共和国就业促进法》|第三十五条|县级以上人民政府建立健全公共就业服务体系，设立公共就业服务机构，为劳动者免费提供就业政策法规咨询、职业供求信息、市场工资指导价位信息和职业培训信息发布、职业指导和职业介绍等服务。
if 有就业愿望的本镇（街道）劳动者，或者有招工需求的用人单位
m $sfz
m 用人单位招聘信息|?用人单位发布招聘信息的
out 岗位推荐信息
q 找工作要收费吗？|公共就业服务机构免费提供职业介绍和职业指导服务。

== 创业担保贷款申请受理|JF|R|NL|15/10
short 创业贷款申请受理
lv T town,street
dsec 人社局公共就业服务中心
law 《财政部 人力资源社会保障部 中国人民银行关于进一步做好创业担保贷款财政贴息工作的通知》|第二条|符合条件的个人创业担保贷款最高额度为20万元，小微企业贷款额度最高不超过300万元。
if 本镇（街道）辖区内创业的重点群体人员或小微企业
m 创业担保贷款申请表|表
m $sfz
m $yyzz
m 重点群体身份证明|复|
out 贷款审核意见

== 劳动争议调解（镇街调解组织）|GG|P|NL|15/15
short 劳动争议调解
lv T town,street
law 《中华人民共和国劳动争议调解仲裁法》|第十条|发生劳动争议，当事人可以到下列调解组织申请调解：（一）企业劳动争议调解委员会；（二）依法设立的基层人民调解组织；（三）在乡镇、街道设立的具有劳动争议调解职能的组织。
law 《中华人民共和国劳动争议调解仲裁法》|第十四条|自劳动争议调解组织收到调解申请之日起十五日内未达成调解协议的，当事人可以依法申请仲裁。
if 辖区内劳动者与用人单位发生劳动争议，双方自愿调解
m 调解申请书|#可以口头申请
m 申请人身份证件|@公安机关
m 争议相关证据材料|复|
out 调解协议书
s 受理|镇（街道）劳动争议调解组织|登记调解申请，征求对方当事人意见|1
s 审查|镇（街道）劳动争议调解组织|查明事实，组织双方协商|12
s 决定|镇（街道）劳动争议调解组织|达成调解协议的制作调解协议书；未达成的告知依法申请仲裁|1
s 送达|镇（街道）劳动争议调解组织|将调解协议书送达双方当事人|1

== 社会保障卡申领（镇街服务网点）|GG|S|N|5/0
short 社保卡申领（镇街）
lv T town,street
law $sbf58
law 《社会保障卡管理办法》|第十五条|社会保障卡申领人应当持本人有效身份证件，向就近的社会保障卡服务网点或者线上渠道提出申请。
if 本镇（街道）居民首次申领或补换社会保障卡
m 本人有效身份证件|@公安机关
m 本人近期免冠照片|电|#现场采集
out 社会保障卡（制卡完成后通知领取）

@ylbzj
sec 镇（街道）医保服务站
== 城乡居民基本医疗保险参保登记（镇街）|QR|S|N|0/0
short 居民医保参保（镇街）
lv T town,street
law 《中华人民共和国社会保险法》|第二十五条|国家建立和完善城镇居民基本医疗保险制度。城镇居民基本医疗保险实行个人缴费和政府补贴相结合。
if 本镇（街道）户籍或常住、未参加职工医保的居民
m 居民身份证或户口簿|@公安机关
out 参保登记信息
q 参保后怎么缴费？|参保登记后通过“豫税通”小程序、“豫事办”APP或银行渠道缴纳居民医保费。

== 医疗救助申请受理|JF|R|N|30/15
short 医疗救助申请
lv T town,street
dsec 医保局医疗保险中心
law 《社会救助暂行办法》|第三十条|申请医疗救助的，应当向乡镇人民政府、街道办事处提出，经审核、公示后，由县级人民政府医疗保障部门审批。最低生活保障家庭成员和特困供养人员的医疗救助，由县级人民政府医疗保障部门直接办理。
if 本镇（街道）的低保边缘家庭成员、因病致贫重病患者等，经基本医保、大病保险报销后个人负担仍然较重
m 医疗救助申请表|表
m $sfz
m 医疗费用票据及结算单|复|
m $yhzh
out 医疗救助审批结果

== 门诊慢特病认定申请受理|QR|R|N|30/15
short 慢特病申请
lv T town,street
dsec 医保局医疗保险中心
law 《中华人民共和国社会保险法》|第二十八条|符合基本医疗保险药品目录、诊疗项目、医疗服务设施标准以及急诊、抢救的医疗费用，按照国家规定从基本医疗保险基金中支付。
if 本镇（街道）参保居民患有门诊慢特病病种目录内的疾病
m 门诊慢特病认定申请表|表
m 医疗机构出具的病历和检查报告|复|@医疗机构
m $ybpz
out 认定结果

@wsjkwyh
sec 镇（街道）卫生健康办
== 农村部分计划生育家庭奖励扶助资格确认|JF|R|N|60/40
short 计生奖扶
lv T town
dsec 卫健委人口家庭股
law 《中华人民共和国人口与计划生育法》|第三十一条|在国家提倡一对夫妻生育一个子女期间，按照规定应当享受计划生育家庭老年人奖励扶助的，继续享受相关奖励扶助。
law 《农村部分计划生育家庭奖励扶助制度试点方案》|第二部分|奖励扶助对象为本人及配偶均为农业户口或界定为农村居民户口，1973年至2001年期间没有违反计划生育法律法规和政策规定生育，现存一个子女或两个女孩或子女死亡现无子女，年满60周岁的人员。
if 本镇农村居民，符合奖励扶助条件，年满60周岁
m 奖励扶助对象申报表|表
m 本人及配偶身份证件和户口簿|@公安机关
m 婚育情况证明|复|
out 奖励扶助资格确认结果
q 奖扶金每年发多少？|按国家和本省规定的标准每人每年发放，直接打入本人社会保障卡或银行账户。

== 计划生育家庭特别扶助申请受理|JF|R|N|60/40
short 计生特扶申请
lv T town,street
dsec 卫健委人口家庭股
law 《中华人民共和国人口与计划生育法》|第三十一条|独生子女发生意外伤残、死亡，其父母不再生育和收养子女的，地方人民政府应当给予必要的帮助。
if 本镇（街道）户籍，独生子女死亡或伤残后未再生育或收养子女，女方年满49周岁
m 特别扶助对象申报表|表
m 夫妻双方身份证件和户口簿|@公安机关
m 独生子女死亡证明或残疾人证|复|
out 特别扶助资格确认结果

== 老年人健康管理服务|GG|S|N|0/0
short 老年人免费体检
lv T town,street
law 《中华人民共和国基本医疗卫生与健康促进法》|第十五条|基本公共卫生服务由国家确定的专业公共卫生机构、基层医疗卫生机构等提供，公民免费享有。
law 《国家基本公共卫生服务规范（第三版）》|老年人健康管理服务规范|辖区内65岁及以上常住居民每年可以接受1次免费健康管理服务，包括生活方式和健康状况评估、体格检查、辅助检查和健康指导。
if 本镇（街道）65周岁及以上常住居民
m 本人身份证件|@公安机关
out 健康体检报告和健康指导
addr 遵化店镇卫生院、皇台街道社区卫生服务中心
q 体检要花钱吗？|不花钱。65岁及以上老年人每年可以享受一次免费健康体检，由镇卫生院或社区卫生服务中心提供。

== 家庭医生签约服务|GG|S|N|0/0
lv T town,street
law 《中华人民共和国基本医疗卫生与健康促进法》|第三十一条|国家推进基层医疗卫生机构实行家庭医生签约服务，建立家庭医生服务团队，与居民签订协议，根据居民健康状况和医疗需求提供基本医疗卫生服务。
if 本镇（街道）常住居民，自愿签约
m 本人身份证件或医保电子凭证|@公安机关
m 家庭医生签约服务协议|表
out 签约服务协议
addr 遵化店镇卫生院、皇台街道社区卫生服务中心及各村卫生室

== 儿童预防接种服务|GG|S|N|0/0
short 打疫苗
lv T town,street
law 《中华人民共和国疫苗管理法》|第四十七条|国家对儿童实行预防接种证制度。在儿童出生后一个月内，其监护人应当到儿童居住地承担预防接种工作的接种单位或者出生医院为其办理预防接种证。接种单位或者出生医院不得拒绝办理。
if 本镇（街道）居住的适龄儿童
m 预防接种证|#首次接种时办理
m 儿童出生医学证明或户口簿|复|?首次建卡的
out 预防接种记录
addr 遵化店镇卫生院预防接种门诊、皇台街道社区卫生服务中心预防接种门诊

@nyncj
sec 镇农业农村服务中心
== 农村村民宅基地审批|XK|P|N|20/15
short 宅基地审批
lv T town
site
law 《中华人民共和国土地管理法》|第六十二条|农村村民一户只能拥有一处宅基地，其宅基地的面积不得超过省、自治区、直辖市规定的标准。农村村民住宅用地，由乡（镇）人民政府审核批准；其中，涉及占用农用地的，依照本法第四十四条的规定办理审批手续。
law 《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》|第二部分|乡镇政府要探索建立一个窗口对外受理、多部门内部联动运行的农村宅基地用地建房联审联办制度。
if 本镇农村集体经济组织成员，以户为单位申请，一户只能拥有一处宅基地，符合国土空间规划和村庄规划
if 申请已经村民小组会议讨论通过并公示，村级组织审查同意
m 农村宅基地和建房（规划许可）申请表|表|#户主签字
m 农村宅基地使用承诺书|表
m 家庭成员身份证件和户口簿|@公安机关
m 村民小组会议记录和公示材料|@村民委员会
m 住宅设计图或选用的通用设计图|
out 农村宅基地批准书
q 宅基地面积有什么标准？|按照河南省规定，城郊、人均耕地较少的村每户面积不得超过134平方米，具体以本区实施标准为准。

== 乡村建设规划许可证核发（农村村民住宅）|XK|P|N|20/15
short 农村建房规划许可
lv T town
site
law 《中华人民共和国城乡规划法》|第四十一条|在乡、村庄规划区内进行农村村民住宅建设的，应当向乡、镇人民政府提出申请，由乡、镇人民政府报城市、县人民政府城乡规划主管部门核发乡村建设规划许可证。
if 本镇农村村民在村庄规划区内建设住宅，已取得或同时申请宅基地审批
m 农村宅基地和建房（规划许可）申请表|表
m 家庭成员身份证件和户口簿|@公安机关
m 住宅设计图或选用的通用设计图|
m 村民委员会意见|@村民委员会
out 乡村建设规划许可证
q 宅基地和建房规划可以一起办吗？|可以。本镇实行农村宅基地和建房规划许可“一表申请、联审联办”，一次提交材料即可。

== 农村土地承包经营权流转合同备案|BA|S|NL|5/0
short 土地流转备案
lv T town
law 《中华人民共和国农村土地承包法》|第三十六条|承包方可以自主决定依法采取出租（转包）、入股或者其他方式向他人流转土地经营权，并向发包方备案。
law 《农村土地经营权流转管理办法》|第十九条|土地经营权流转期限为五年以上的，当事人可以向登记机构申请土地经营权登记。乡（镇）人民政府农村土地承包管理部门应当向达成流转意向的双方提供统一文本格式的流转合同，并指导签订。
if 本镇农户与流入方签订书面土地经营权流转合同
m 土地经营权流转合同|x3|#使用统一文本
m 流转双方身份证明|复|
m 土地承包经营权证或承包合同|复|
out 流转合同备案回执

== 农村土地承包经营纠纷调解|GG|P|NL|30/20
short 土地纠纷调解
lv T town
law 《中华人民共和国农村土地承包经营纠纷调解仲裁法》|第三条|发生农村土地承包经营纠纷的，当事人可以自行和解，也可以请求村民委员会、乡（镇）人民政府等调解。
if 本镇发生农村土地承包、流转等纠纷，当事人申请调解
m 调解申请书|#可以口头申请
m 当事人身份证件|@公安机关
m 承包合同、流转合同等证据材料|复|
out 调解协议书

== 耕地地力保护补贴申报|JF|R|N|30/20
short 种粮补贴
lv T town
dsec 农业农村局农业综合股
law 《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》|第二部分|将农作物良种补贴、种粮农民直接补贴和农资综合补贴合并为农业支持保护补贴，用于耕地地力保护。
if 本镇拥有耕地承包权的种地农民，耕地用于农业生产且未撂荒、未改变用途
m 耕地地力保护补贴面积申报表|表
m 土地承包经营权证或承包合同|复|
m 本人社会保障卡（一卡通）账户|复|
out 补贴面积核定及资金发放
q 把地流转出去了还能领补贴吗？|耕地地力保护补贴原则上发给拥有耕地承包权的种地农民，流转后的补贴归属可以在流转合同中约定。

@zfhcxjsj
sec 镇（街道）村镇建设办
== 农村低收入群体等重点对象危房改造申请受理|JF|R|N|30/20
short 危房改造申请
lv T town
dsec 住建局村镇建设股
site
law 《住房和城乡建设部 财政部 民政部 国家乡村振兴局关于做好农村低收入群体等重点对象住房安全保障工作的实施意见》|第二部分|农村低收入群体等重点对象住房安全保障对象主要包括农村易返贫致贫户、农村低保户、农村分散供养特困人员等。
if 本镇农村低保户、分散供养特困人员、易返贫致贫户等，住房经鉴定为C级或D级危房
m 农村危房改造申请表|表
m 户主身份证件和户口簿|@公安机关
m 低收入身份证明|复|#能通过部门共享核验的免于提交
m 房屋现状照片|电|
out 危房改造补助审批结果

== 公共租赁住房申请受理|JF|R|N|30/20
short 公租房申请受理
lv T street
dsec 住建局住房保障股
law 《公共租赁住房管理办法》|第七条|申请公共租赁住房，应当符合以下条件：（一）在本地无住房或者住房面积低于规定标准；（二）收入、财产低于规定标准。
if 皇台街道辖区内住房困难、收入财产符合规定的家庭，或在辖区稳定就业的外来务工人员
m 公共租赁住房申请表|表
m 家庭成员身份证件和户口簿|@公安机关
m 收入和住房情况承诺书|表
out 公租房保障资格审核结果

@tyjrswj
sec 镇（街道）退役军人服务站
== 退役军人及其他优抚对象信息采集|GG|S|N|0/0
short 退役军人信息采集
lv T town,street
law 《中华人民共和国退役军人保障法》|第十四条|退役军人工作主管部门应当建立退役军人信息管理系统，及时采集、更新退役军人和其他优抚对象的信息。
if 本镇（街道）户籍或常住的退役军人和其他优抚对象
m 本人身份证件|@公安机关
m 退役证件|复|
out 信息采集结果

== 退役军人优待证申领受理|GG|R|N|60/30
short 优待证申领
lv T town,street
dsec 退役军人事务局优抚安置股
law 《中华人民共和国退役军人保障法》|第六十三条|国家逐步建立退役军人优待制度。退役军人凭退役军人优待证等有效证件享受公共交通、文化和旅游等优待。
if 本镇（街道）户籍的退役军人和其他优抚对象，已完成信息采集
m 本人身份证件|@公安机关
m 退役证件或优抚对象身份证明|复|
m 本人近期免冠照片|电|
out 退役军人优待证

== 义务兵家庭优待金申请受理|JF|R|N|30/15
short 优待金申请
lv T town,street
dsec 退役军人事务局优抚安置股
law 《军人抚恤优待条例》|第五十一条|义务兵服现役期间，其家庭由批准入伍地县级人民政府按照规定发给优待金。
if 从本镇（街道）批准入伍的义务兵家庭
m 入伍批准书|复|@征兵办公室
m 户主身份证件和银行账户|复|
out 优待金发放结果

== 优抚对象抚恤补助申请受理|JF|R|N|30/15
short 优抚补助申请
lv T town,street
dsec 退役军人事务局优抚安置股
law 《军人抚恤优待条例》|第四十一条|在乡复员军人、带病回乡退役军人、参战退役军人、参加核试验退役军人等享受定期定量补助。
if 本镇（街道）户籍、符合条件的重点优抚对象
m 优抚对象身份认定申请表|表
m 本人身份证件和户口簿|@公安机关
m 服役经历证明材料|复|
m $yhzh
out 抚恤补助审批结果

== 退役军人就业创业服务|GG|S|N|0/0
lv T town,street
law 《中华人民共和国退役军人保障法》|第三十六条|国家采取措施，为退役军人就业创业提供便利，县级以上人民政府及其有关部门应当为退役军人提供职业指导、职业介绍等就业创业服务。
if 本镇（街道）有就业创业需求的退役军人
m 本人身份证件|@公安机关
m 退役证件|复|
out 就业创业服务登记

@cjrlhh
sec 镇（街道）残联
== 残疾人证申请受理|QR|R|N|30/15
short 残疾人证申请
lv T town,street
dsec 残联康复就业部
law 《中华人民共和国残疾人证管理办法》|第八条|申请残疾人证，应当向户口所在地县级残联提出申请，提交申请表、居民身份证或户口簿、照片，并到指定的评定机构进行残疾评定。
if 本镇（街道）户籍、符合残疾标准的残疾人
m 残疾人证申请表|表
m 居民身份证或户口簿|@公安机关
m 本人近期免冠照片|x2|
out 残疾人证
q 行动不便去不了医院评残怎么办？|重度残疾人行动不便的，可以申请上门评残，由残联联系评定医生上门评定。

== 残疾人基本康复服务申请受理|GG|R|N|20/10
short 残疾人康复服务
lv T town,street
dsec 残联康复就业部
law 《中华人民共和国残疾人保障法》|第十五条|国家保障残疾人享有康复服务的权利。各级人民政府和有关部门应当采取措施，为残疾人康复创造条件，建立和完善残疾人康复服务体系。
if 本镇（街道）有康复服务需求的持证残疾人
m 康复服务申请表|表
m 残疾人证|复|@残疾人联合会
out 康复服务安排

@sfj
sec 镇（街道）司法所
== 法律援助申请受理（镇街工作站）|GG|R|N|7/5
short 法律援助申请
lv T town,street
dsec 司法局法律援助中心
law 《中华人民共和国法律援助法》|第三十八条|对诉讼事项的法律援助，由申请人向办案机关所在地的法律援助机构提出申请；对非诉讼事项的法律援助，由申请人向争议处理机关所在地或者事由发生地的法律援助机构提出申请。
law 《中华人民共和国法律援助法》|第四十三条|法律援助机构应当自收到法律援助申请之日起七日内进行审查，作出是否给予法律援助的决定。
if 本镇（街道）居民因经济困难没有委托代理人，需要法律援助
m 法律援助申请表|表
m $sfz
m 经济困难状况说明表|表
m 与申请事项有关的材料|复|
out 法律援助决定

== 人民调解（镇街人民调解委员会）|GG|S|NL|30/0
short 镇街人民调解
lv T town,street
law 《中华人民共和国人民调解法》|第十七条|当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。
law 《中华人民共和国人民调解法》|第三十三条|经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。
if 辖区居民之间或居民与单位之间发生民间纠纷，双方自愿调解
m 调解申请|#可以口头申请
m 当事人身份证件|@公安机关
m 纠纷相关证据材料|复|?有证据的
s 受理|镇（街道）人民调解委员会|登记调解申请|0
s 审查|镇（街道）人民调解委员会|了解纠纷事实，听取双方意见|0
s 决定|镇（街道）人民调解委员会|组织双方协商，达成调解协议的当场制作调解协议书|0
s 送达|镇（街道）人民调解委员会|当场向双方送达调解协议书|0
out 人民调解协议书

@yjglj
sec 镇（街道）应急管理办
== 自然灾害生活救助申请受理|JF|R|N|20/10
short 受灾救助申请
lv T town,street
dsec 应急管理局救灾股
site
law 《自然灾害救助条例》|第十九条|自然灾害危险消除后，受灾地区人民政府应急管理等部门应当及时核实本行政区域内居民住房恢复重建补助对象，并给予资金、物资等救助。
if 本镇（街道）因自然灾害造成住房损坏或基本生活困难的受灾群众
m 受灾救助申请表|表
m 本人身份证件|@公安机关
m 受灾情况照片|电|
out 救助审批结果

@whgdhlyj
sec 镇（街道）综合文化站
== 综合文化站公共文化服务|GG|S|N|0/0
short 文化站服务
lv T town,street
law 《中华人民共和国公共文化服务保障法》|第三十一条|公共文化设施应当根据其功能、特点，按照国家有关规定，向公众免费或者优惠开放。
if 本镇（街道）居民参加图书阅览、文体活动、技能培训等公共文化服务
m 本人身份证件|?借阅图书、参加培训报名的|@公安机关
out 服务登记
q 文化站收费吗？|不收费。综合文化站的图书阅览、文体活动场地等免费向群众开放。

@csglhzhzfj
sec 街道城市管理办
== 门头牌匾设置备案|BA|S|NL|5/0
short 门头招牌备案
lv T street
law 《城市市容和环境卫生管理条例》|第十一条|在城市中设置户外广告、标语牌、画廊、橱窗等，应当内容健康、外型美观，并定期维修、油饰或者拆除。
if 皇台街道辖区内临街商铺在自有经营场所设置门头牌匾
m 门头牌匾设置备案表|表
m $yyzz
m 设计效果图|电|#标明尺寸、材质和安装位置
out 备案回执
q 换个招牌需要办审批吗？|在自有经营场所设置符合规范的门头牌匾实行备案管理，不需要审批。
""";

}

/** More township-level items. */
final class T15 {

	static final String TEXT = """
@mzj
sec 镇（街道）社会事务办
== 困难群众基本殡葬服务补贴申请受理|JF|R|N|10/5
short 殡葬补贴申请
lv T town,street
dsec 民政局社会事务股
law 《殡葬管理条例》|第二条|殡葬管理的方针是：积极地、有步骤地实行火葬，改革土葬，节约殡葬用地，革除丧葬陋俗，提倡文明节俭办丧事。
law 《民政部 国家发展改革委 财政部等关于全面推行惠民殡葬政策的指导意见》|第二部分|对城乡困难群众等重点救助对象免除遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用。
if 逝者为本镇（街道）户籍的低保对象、特困人员、重点优抚对象或重度残疾人，火化后未在殡仪馆直接减免
m 殡葬补贴申请表|表
m 逝者死亡证明和火化证明|复|
m 经办人身份证件和银行账户|复|
out 补贴发放结果

== 农村留守老年人关爱服务|GG|S|N|0/0
short 留守老人关爱
lv T town
law 《中华人民共和国老年人权益保障法》|第十八条|家庭成员应当关心老年人的精神需求，不得忽视、冷落老年人。与老年人分开居住的家庭成员，应当经常看望或者问候老年人。
law 《民政部等10部门关于加强农村留守老年人关爱服务工作的意见》|第二部分|乡镇人民政府要加强农村留守老年人关爱服务工作，定期组织探访。
if 本镇子女外出务工、独自居住的农村老年人及其家属申请关爱探访服务
m 老年人身份证件|@公安机关
m 家属联系方式|#填写在关爱服务登记表中
out 关爱探访服务登记

@rlzyhshbzj
sec 镇（街道）劳动保障所
== 灵活就业人员社会保险补贴申请受理|JF|R|N|30/15
short 灵活就业社保补贴申请
lv T town,street
dsec 人社局公共就业服务中心
law 《就业补助资金管理办法》|第七条|对就业困难人员灵活就业后缴纳的社会保险费，给予一定数额的社会保险补贴。
if 本镇（街道）已认定的就业困难人员实现灵活就业并缴纳社会保险费
m 灵活就业社会保险补贴申请表|表
m $sfz
m 社会保险缴费凭证|复|#能通过部门共享核验的免于提交
m $yhzh
out 补贴审核结果

== 职业技能培训报名|GG|S|N|0/0
short 技能培训报名
lv T town,street
law 《中华人民共和国就业促进法》|第四十六条|县级以上人民政府加强统筹协调，鼓励和支持各类职业院校、职业技能培训机构和用人单位依法开展就业前培训、在职培训、再就业培训和创业培训。
if 本镇（街道）有培训意愿的城乡劳动者
m $sfz
out 培训班次安排通知

@ylbzj
sec 镇（街道）医保服务站
== 城乡居民医保参保信息变更（镇街）|QR|S|N|0/0
short 医保信息变更（镇街）
lv T town,street
law 《中华人民共和国社会保险法》|第五十八条|国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码。
if 本镇（街道）参保居民的姓名、身份证号码、联系方式等信息发生变化
m 本人有效身份证件|@公安机关
m 信息变更证明材料|复|?姓名、身份证号码变更的|@公安机关
out 变更结果

@wsjkwyh
sec 镇（街道）卫生健康办
== 孕产妇健康管理服务|GG|S|N|0/0
short 孕期建档
lv T town,street
law 《中华人民共和国母婴保健法》|第十四条|医疗保健机构应当为育龄妇女和孕产妇提供孕产期保健服务。
law 《国家基本公共卫生服务规范（第三版）》|孕产妇健康管理服务规范|孕13周前为孕妇建立《母子健康手册》，开展第1次产前检查，产后进行访视。
if 本镇（街道）常住孕产妇
m 孕妇身份证件|@公安机关
m 结婚证或生育登记信息|?已登记的
out 母子健康手册
addr 遵化店镇卫生院、皇台街道社区卫生服务中心

== 0至6岁儿童健康管理服务|GG|S|N|0/0
short 儿童体检
lv T town,street
law 《中华人民共和国基本医疗卫生与健康促进法》|第十五条|基本公共卫生服务由国家确定的专业公共卫生机构、基层医疗卫生机构等提供，公民免费享有。
law 《国家基本公共卫生服务规范（第三版）》|0～6岁儿童健康管理服务规范|为辖区内常住的0～6岁儿童提供新生儿家庭访视、婴幼儿健康管理和学龄前儿童健康管理服务。
if 本镇（街道）常住的0至6岁儿童
m 母子健康手册或儿童保健手册|
m 儿童出生医学证明|复|?首次建档的
out 儿童健康检查记录
addr 遵化店镇卫生院、皇台街道社区卫生服务中心

@jyj
sec 镇（街道）中心学校
== 家庭经济困难学生资助申请受理|JF|R|N|30/20
short 学生资助申请
lv T town,street
dsec 教育局学生资助管理中心
law 《中华人民共和国义务教育法》|第四十四条|各级人民政府对家庭经济困难的适龄儿童、少年免费提供教科书并补助寄宿生生活费。
law 《中华人民共和国学前教育法》|第七十三条|国家建立学前教育资助制度，为家庭经济困难的适龄儿童等接受普惠性学前教育提供资助。
if 本镇（街道）学前教育、义务教育阶段家庭经济困难学生
m 学生资助申请表|表|#监护人签字
m 家庭经济困难证明材料|复|#能通过部门共享核验的免于提交
out 资助审核结果

@nyncj
sec 镇农业农村服务中心
== 农机购置补贴申请受理|JF|R|NL|30/15
short 农机补贴申请受理
lv T town
dsec 农业农村局农业综合股
law 《中华人民共和国农业机械化促进法》|第二十七条|中央财政、省级财政应当分别安排专项资金，对农民和农业生产经营组织购买国家支持推广的先进适用的农业机械给予补贴。
if 本镇从事农业生产的个人和农业生产经营组织购买补贴范围内的农机具
m 农机购置补贴申请表|表
m 购机发票|复|
m 申请人身份证明和银行账户|复|
out 补贴审核结果

== 犬只狂犬病免疫服务|GG|S|N|0/0
short 狗打疫苗
lv T town,street
law 《中华人民共和国动物防疫法》|第三十条|单位和个人饲养犬只，应当按照规定定期免疫接种狂犬病疫苗，凭动物诊疗机构出具的免疫证明向所在地养犬登记机关申请登记。
if 本镇（街道）饲养犬只的居民
m 饲养人身份证件|@公安机关
out 犬只免疫证明
addr 遵化店镇畜牧兽医站、皇台街道犬只免疫点（按公告时间开放）

== 农作物病虫害防治技术指导|GG|S|NL|0/0
short 农技指导
lv T town
law 《中华人民共和国农业技术推广法》|第十一条|各级国家农业技术推广机构属于公共服务机构，履行农业技术推广、农作物病虫害监测预报和防治等公益性职责。
if 本镇种植户、家庭农场、农民合作社等需要病虫害防治技术指导
m 咨询人身份证件|?需要登记的|@公安机关
out 防治技术指导意见

@slj
sec 镇水利站
== 农村饮水工程问题报修|GG|S|N|3/0
short 自来水报修
lv T town
law 《中华人民共和国水法》|第十四条|国家制定全国水资源战略规划。开发、利用、节约、保护水资源和防治水害，应当按照流域、区域统一制定规划。
law 《水利部关于做好农村供水保障工作的指导意见》|第三部分|建立农村供水问题发现和解决机制，畅通群众反映问题渠道，及时处置供水问题。
if 本镇农村集中供水工程出现停水、漏水、水质异常等问题
m 报修登记|#说明村组、问题和联系方式
out 维修处理结果
q 停水了打哪个电话？|可以拨打镇水利站或12345热线报修，也可以告知村委会统一报修。

@scjgj
sec 遵化店市场监管所
== 消费纠纷调解（基层市场监管所）|GG|P|N|30/15
short 消费纠纷调解
lv T town,street
law 《中华人民共和国消费者权益保护法》|第三十九条|消费者和经营者发生消费者权益争议的，可以通过下列途径解决：……（二）请求消费者协会或者依法成立的其他调解组织调解；（三）向有关行政部门投诉。
law 《市场监督管理投诉举报处理暂行办法》|第二十条|市场监督管理部门经投诉人和被投诉人同意，采用调解的方式处理投诉。
if 本镇（街道）辖区内发生的消费者权益争议，双方同意调解
m 投诉调解申请|#写明投诉人、被投诉人、投诉请求和事实理由
m 购物凭证等证据|复|
out 调解结果

@cjrlhh
sec 镇（街道）残联
== 残疾人辅助器具申请受理|JF|R|N|20/10
short 辅具申请
lv T town,street
dsec 残联康复就业部
law 《中华人民共和国残疾人保障法》|第二十条|政府有关部门应当组织和扶持残疾人康复器械、辅助器具的研制、生产、供应、维修服务。
if 本镇（街道）有基本型辅助器具适配需求的持证残疾人
m 辅助器具适配申请表|表
m 残疾人证|复|@残疾人联合会
out 辅助器具适配结果
""";

}

/** Items offered through the 代办 desks of the 24 villages and 6 communities (village level). */
final class T16 {

	static final String TEXT = """
@rlzyhshbzj
== 城乡居民基本养老保险参保登记（代办）|QR|R|N|5/3
short 居民养老保险参保（代办）
lv V villages,communities
dsec 人社局社会保险中心
law 《国务院关于建立统一的城乡居民基本养老保险制度的意见》|第三部分|年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保险。
law 《城乡居民基本养老保险经办规程》|第七条|参保人员可以在户籍所在地村（居）委会提出参保申请，由村（居）协办员协助办理。
if 本村（社区）户籍、年满16周岁（不含在校学生）、未参加职工基本养老保险的居民
m 城乡居民基本养老保险参保登记表|表|#本人签字或按手印
m 居民户口簿或居民身份证|@公安机关|#代办员核验后复印留存
out 参保登记结果
q 参保后每年交多少钱？|可以在本省规定的缴费档次中自主选择，多缴多得，并可以享受政府缴费补贴。

== 城乡居民养老保险待遇领取资格认证（代办）|GG|S|N|0/0
short 养老金认证（代办）
lv V villages,communities
law 《人力资源社会保障部关于印发〈社会保险待遇资格认证经办规程（试行）〉的通知》|第三条|社会保险经办机构应当通过信息比对、自助认证、社区服务等方式，对待遇领取人员开展资格认证。
if 本村（社区）领取城乡居民养老保险待遇、需要进行年度资格认证的老年人
m 本人身份证件|@公安机关|#代办员协助使用手机人脸识别认证
out 认证结果
q 老人卧床不能出门怎么认证？|可以联系村（社区）代办员预约上门，使用手机帮助老人完成人脸识别认证。

== 社会保障卡申领（代办）|GG|R|N|20/10
short 社保卡申领（代办）
lv V villages,communities
dsec 人社局社会保障卡服务中心
law 《社会保障卡管理办法》|第十五条|社会保障卡申领人应当持本人有效身份证件，向就近的社会保障卡服务网点或者线上渠道提出申请。
if 本村（社区）居民首次申领、补领或换领社会保障卡，本人到镇（街道）办理有困难
m 本人有效身份证件|@公安机关
m 本人近期免冠照片|电|#代办员现场拍照上传
out 社会保障卡（由代办员领取后转交本人）

== 就业失业登记（代办）|QR|R|N|5/3
short 就业失业登记（代办）
lv V villages,communities
dsec 人社局公共就业服务中心
law 《就业服务与就业管理规定》|第六十三条|在法定劳动年龄内，有劳动能力，有就业要求，处于无业状态的城镇常住人员，可以到常住地的公共就业服务机构进行失业登记。
if 本村（社区）居民实现就业或处于失业状态，需要办理就业或失业登记
m $sfz
m 解除或终止劳动关系的证明|复|?原为单位职工的
out 登记结果

@ylbzj
== 城乡居民基本医疗保险参保登记（代办）|QR|R|N|5/3
short 居民医保参保（代办）
lv V villages,communities
dsec 医保局医疗保险中心
law 《中华人民共和国社会保险法》|第二十五条|国家建立和完善城镇居民基本医疗保险制度。城镇居民基本医疗保险实行个人缴费和政府补贴相结合。
if 本村（社区）户籍或常住、未参加职工医保的居民，包括新生儿
m 居民身份证或户口簿|@公安机关
m 出生医学证明|?新生儿参保的|@助产医疗机构
out 参保登记结果

== 医疗救助申请（代办）|JF|R|N|30/15
short 医疗救助（代办）
lv V villages,communities
dsec 医保局医疗保险中心
law 《社会救助暂行办法》|第三十条|申请医疗救助的，应当向乡镇人民政府、街道办事处提出，经审核、公示后，由县级人民政府医疗保障部门审批。
if 本村（社区）困难群众经基本医保、大病保险报销后个人负担仍然较重，未在医院“一站式”结算
m 医疗救助申请表|表
m $sfz
m 医疗费用票据及结算单|复|
m $yhzh
out 医疗救助审批结果

@mzj
== 最低生活保障申请（代办）|QR|R|N|30/20
short 低保申请（代办）
lv V villages,communities
dsec 民政局社会救助股
law $shjz
law 《最低生活保障审核确认办法》|第八条|申请人可以委托村（居）民委员会或者其他人代为提出申请。
if 本村（社区）户籍，共同生活的家庭成员人均收入低于本区低保标准，家庭财产状况符合规定
m 最低生活保障申请书|表|#申请人签字
m 家庭成员身份证件和户口簿|@公安机关
m $jyzm
m 委托村（居）民委员会代为申请的委托书|表
out 低保审批结果
q 村里帮忙申请后还需要做什么？|镇（街道）工作人员会入户调查核实，请如实提供家庭收入和财产情况，并配合村（社区）民主评议和公示。

== 特困人员救助供养申请（代办）|QR|R|N|40/25
short 特困供养（代办）
lv V villages,communities
dsec 民政局社会救助股
law 《特困人员认定办法》|第十二条|申请特困人员救助供养，应当由本人向户籍所在地乡镇人民政府（街道办事处）提出书面申请。本人申请有困难的，可以委托村（居）民委员会或者他人代为提出申请。
if 本村（社区）无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其义务人无履行能力的老年人、残疾人和未成年人
m 特困人员救助供养申请书|表
m 本人身份证件和户口簿|@公安机关
m 委托书|#委托村（居）民委员会代为申请
out 特困人员认定结果

== 临时救助申请（代办）|JF|R|N|20/10
short 临时救助（代办）
lv V villages,communities
dsec 民政局社会救助股
law 《社会救助暂行办法》|第四十八条|申请临时救助的，应当向乡镇人民政府、街道办事处提出，经审核、公示后，由县级人民政府民政部门审批；救助金额较小的，县级人民政府民政部门可以委托乡镇人民政府、街道办事处审批。
if 本村（社区）居民因意外事件、突发重大疾病等原因，基本生活暂时出现严重困难
m 临时救助申请书|表
m 申请人身份证件|@公安机关
m 困难情况证明材料|复|
out 临时救助审批结果

== 高龄津贴申请（代办）|JF|R|N|20/10
short 高龄津贴（代办）
lv V villages,communities
dsec 民政局养老服务股
law 《中华人民共和国老年人权益保障法》|第三十三条|国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。
if 本村（社区）户籍、年满80周岁的老年人
m 高龄津贴申请表|表
m 老年人身份证件和户口簿|@公安机关
m $yhzh
out 高龄津贴核定结果
q 老人行动不便需要本人到场吗？|不需要。可以由家属或村（社区）代办员代为申请，代办员上门核实后统一报送。

== 困难残疾人生活补贴和重度残疾人护理补贴申请（代办）|JF|R|N|20/10
short 残疾人两项补贴（代办）
lv V villages,communities
dsec 民政局社会救助股
law 《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》|第三部分|残疾人两项补贴由残疾人向户籍所在地乡镇人民政府（街道办事处）提出书面申请；残疾人本人申请有困难的，可以委托其法定监护人、法定赡养抚养扶养义务人、所在村（居）民委员会或其他委托人代为办理申请事宜。
if 本村（社区）低保家庭中的残疾人，或者残疾等级为一级、二级且需要长期照护的重度残疾人
m 残疾人两项补贴申请审批表|表
m $cjz|复
m 申请人身份证件和户口簿|@公安机关
m $yhzh
out 补贴审批结果

== 孤儿和事实无人抚养儿童保障申请（代办）|QR|R|N|30/20
short 困境儿童保障（代办）
lv V villages,communities
dsec 民政局儿童福利股
law 《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》|第三部分|儿童监护人或受监护人委托的近亲属可以向儿童户籍所在地乡镇人民政府（街道办事处）提出申请，村（居）民委员会协助。
if 本村（社区）失去父母、查找不到生父母，或者父母双方均符合重残、重病、服刑在押、失联等情形的儿童
m 认定申请表|表
m 儿童户口簿|@公安机关
m 父母情形证明材料|复|
out 认定结果

== 老年人优待证办理（代办）|GG|R|N|10/5
short 老年优待证（代办）
lv V villages,communities
dsec 镇（街道）社会事务办
law 《河南省老年人权益保障条例》|第四十条|六十周岁以上的老年人凭本人身份证或者老年人优待证享受相关优待。
if 本村（社区）60周岁以上老年人
m 老年人身份证件|@公安机关
m 本人近期免冠照片|电|#代办员现场拍照
out 老年人优待证（由代办员转交）

== 惠民殡葬补贴申请（代办）|JF|R|N|10/5
short 殡葬补贴（代办）
lv V villages,communities
dsec 民政局社会事务股
law 《民政部 国家发展改革委 财政部等关于全面推行惠民殡葬政策的指导意见》|第二部分|对城乡困难群众等重点救助对象免除遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用。
if 逝者为本村（社区）户籍的惠民殡葬对象，火化后未在殡仪馆直接减免
m 殡葬补贴申请表|表
m 逝者死亡证明和火化证明|复|
m 经办人身份证件和银行账户|复|
out 补贴发放结果

@cjrlhh
== 残疾人证申请（代办）|QR|R|N|30/15
short 残疾人证（代办）
lv V villages,communities
dsec 残联康复就业部
law 《中华人民共和国残疾人证管理办法》|第八条|申请残疾人证，应当向户口所在地县级残联提出申请，提交申请表、居民身份证或户口簿、照片，并到指定的评定机构进行残疾评定。
if 本村（社区）户籍、符合残疾标准的残疾人
m 残疾人证申请表|表
m 居民身份证或户口簿|@公安机关
m 本人近期免冠照片|x2|
out 残疾人证（由代办员转交）

@tyjrswj
== 退役军人信息采集（代办）|GG|S|N|0/0
short 退役军人信息采集（代办）
lv V villages,communities
law 《中华人民共和国退役军人保障法》|第十四条|退役军人工作主管部门应当建立退役军人信息管理系统，及时采集、更新退役军人和其他优抚对象的信息。
if 本村（社区）户籍或常住的退役军人和其他优抚对象
m 本人身份证件|@公安机关
m 退役证件|复|
out 信息采集结果

== 退役军人优待证申领（代办）|GG|R|N|60/30
short 优待证（代办）
lv V villages,communities
dsec 退役军人事务局优抚安置股
law 《退役军人、其他优抚对象优待证管理办法（试行）》|第九条|申请人可以通过户籍地县级退役军人服务中心、乡镇（街道）退役军人服务站或者线上渠道提出申请，村（社区）退役军人服务站协助办理。
if 本村（社区）户籍的退役军人和其他优抚对象
m 本人身份证件|@公安机关
m 退役证件或优抚对象身份证明|复|
m 本人近期免冠照片|电|
out 退役军人优待证（由服务站转交）

== 义务兵家庭优待金申请（代办）|JF|R|N|30/15
short 优待金（代办）
lv V villages,communities
dsec 退役军人事务局优抚安置股
law 《军人抚恤优待条例》|第五十一条|义务兵服现役期间，其家庭由批准入伍地县级人民政府按照规定发给优待金。
if 从本村（社区）批准入伍的义务兵家庭
m 入伍批准书|复|@征兵办公室
m 户主身份证件和银行账户|复|
out 优待金发放结果

@wsjkwyh
== 生育登记（代办）|QR|R|N|5/2
short 生育登记（代办）
lv V villages,communities
dsec 镇（街道）卫生健康办
law 《河南省人口与计划生育条例》|第十七条|实行生育登记服务制度。生育子女的，可以在孕前或者怀孕后到户籍所在地或者现居住地乡级人民政府、街道办事处进行生育登记，也可以通过网络进行登记。
if 本村（社区）户籍或居住的育龄夫妻生育子女
m 夫妻双方的居民身份证|@公安机关
m 结婚证|?已婚的|@婚姻登记机关
out 生育登记信息

== 农村部分计划生育家庭奖励扶助申请（代办）|JF|R|N|60/40
short 计生奖扶（代办）
lv V villages
dsec 卫健委人口家庭股
law 《农村部分计划生育家庭奖励扶助制度试点方案》|第三部分|奖励扶助对象由本人申请，村民委员会审议并张榜公布，乡（镇）人民政府初审。
if 本村农村居民，符合奖励扶助条件，年满60周岁
m 奖励扶助对象申报表|表
m 本人及配偶身份证件和户口簿|@公安机关
out 奖励扶助资格确认结果

@nyncj
== 村民建房申请（代办）|XK|R|N|20/15
short 村民建房申请
lv V villages
dsec 镇农业农村服务中心
site
law 《中华人民共和国土地管理法》|第六十二条|农村村民住宅用地，由乡（镇）人民政府审核批准。
law 《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》|第二部分|符合宅基地申请条件的农户，以户为单位向所在村民小组提出宅基地和建房（规划许可）书面申请。村民小组收到申请后，应提交村民小组会议讨论，并将申请理由、拟用地位置和面积、拟建房层高和面积等情况在本小组范围内公示。
if 本村集体经济组织成员，以户为单位申请，一户一宅，符合村庄规划
m 农村宅基地和建房（规划许可）申请表|表|#户主签字
m 农村宅基地使用承诺书|表
m 家庭成员身份证件和户口簿|@公安机关
m 住宅设计图或选用的通用设计图|
out 农村宅基地批准书和乡村建设规划许可证
q 建房审批要多久？|村民小组讨论、公示后由村委会报镇政府，镇政府自收到材料之日起20个工作日内完成审批，材料齐全的承诺15个工作日内办结。

== 耕地地力保护补贴申报（代办）|JF|R|N|30/20
short 种粮补贴（代办）
lv V villages
dsec 农业农村局农业综合股
law 《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》|第二部分|补贴对象原则上为拥有耕地承包权的种地农民，补贴资金通过“一卡（折）通”直接兑现到户。
if 本村拥有耕地承包权的种地农民
m 耕地地力保护补贴面积申报表|表
m 本人社会保障卡（一卡通）账户|复|
out 补贴资金发放结果

== 土地经营权流转（代办）|BA|R|NL|10/5
short 土地流转（代办）
lv V villages
dsec 镇农业农村服务中心
law 《中华人民共和国农村土地承包法》|第三十六条|承包方可以自主决定依法采取出租（转包）、入股或者其他方式向他人流转土地经营权，并向发包方备案。
if 本村农户自愿流转承包地经营权，流入方已确定
m 土地经营权流转合同|x3|#使用统一文本
m 流转双方身份证明|复|
out 流转合同备案回执

@zfhcxjsj
== 农村危房改造申请（代办）|JF|R|N|30/20
short 危房改造（代办）
lv V villages
dsec 住建局村镇建设股
site
law 《住房和城乡建设部 财政部 民政部 国家乡村振兴局关于做好农村低收入群体等重点对象住房安全保障工作的实施意见》|第三部分|农户自愿申请，村民委员会评议，乡镇人民政府审核，县级住房和城乡建设部门审批。
if 本村低保户、分散供养特困人员、易返贫致贫户等，住房存在安全隐患
m 农村危房改造申请表|表
m 户主身份证件和户口簿|@公安机关
m 房屋现状照片|电|
out 危房改造审批结果

== 公共租赁住房申请（社区代办）|JF|R|N|30/20
short 公租房（社区代办）
lv V communities
dsec 住建局住房保障股
law 《公共租赁住房管理办法》|第七条|申请公共租赁住房，应当符合以下条件：（一）在本地无住房或者住房面积低于规定标准；（二）收入、财产低于规定标准。
if 本社区住房困难、收入财产符合规定的家庭
m 公共租赁住房申请表|表
m 家庭成员身份证件和户口簿|@公安机关
m 收入和住房情况承诺书|表
out 公租房保障资格审核结果

@gafj
== 居住证申领（社区代办）|QR|R|N|15/7
short 居住证（社区代办）
lv V communities
dsec 公安分局户政管理大队
law 《居住证暂行条例》|第九条|申领居住证，应当向居住地公安派出所或者受公安机关委托的社区服务机构提交本人居民身份证、本人相片以及居住地住址、就业、就读等证明材料。
if 在本社区居住半年以上、有合法稳定就业、住所或连续就读条件之一的非本地户籍居民
m 居民身份证|@公安机关
m 居住地住址证明|复|#租赁合同或房屋产权证明
m 本人近期免冠照片|电|
out 居住证（由社区转交）

@sfj
== 法律援助申请（代办）|GG|R|N|7/5
short 法律援助（代办）
lv V villages,communities
dsec 司法局法律援助中心
law 《中华人民共和国法律援助法》|第四十三条|法律援助机构应当自收到法律援助申请之日起七日内进行审查，作出是否给予法律援助的决定。
law 《中华人民共和国法律援助法》|第四十五条|法律援助机构可以在乡镇（街道）、村（社区）设立法律援助工作站或者联络点，就近受理法律援助申请。
if 本村（社区）居民因经济困难没有委托代理人，需要法律援助
m 法律援助申请表|表
m $sfz
m 经济困难状况说明表|表
out 法律援助决定

== 人民调解（村（社区）人民调解委员会）|GG|S|NL|30/0
short 村居人民调解
lv V villages,communities
law 《中华人民共和国人民调解法》|第八条|村民委员会、居民委员会设立人民调解委员会。企业事业单位根据需要设立人民调解委员会。
law 《中华人民共和国人民调解法》|第十七条|当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。
if 本村（社区）居民之间发生婚姻家庭、邻里、宅基地、赡养等民间纠纷，双方自愿调解
m 调解申请|#可以口头申请
m 当事人身份证件|@公安机关
s 受理|村（社区）人民调解委员会|登记调解申请|0
s 审查|村（社区）人民调解委员会|了解纠纷事实，听取双方意见|0
s 决定|村（社区）人民调解委员会|组织双方协商，达成调解协议的当场制作调解协议书|0
s 送达|村（社区）人民调解委员会|当场向双方送达调解协议书|0
out 人民调解协议书
q 调解不成怎么办？|调解不成的，调解委员会会告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。

@yjglj
== 自然灾害救助申请（代办）|JF|R|N|20/10
short 受灾救助（代办）
lv V villages,communities
dsec 应急管理局救灾股
site
law 《自然灾害救助条例》|第二十条|居民住房恢复重建补助对象由受灾人员本人申请或者由村民小组、居民小组提名，经村民委员会、居民委员会民主评议，符合救助条件的，在自然村、社区范围内公示。
if 本村（社区）因自然灾害造成住房损坏或基本生活困难的受灾群众
m 受灾救助申请表|表
m 本人身份证件|@公安机关
m 受灾情况照片|电|
out 救助审批结果
""";

}

/** Further district items across departments (market, social security, police, tax, housing...). */
final class T17 {

	static final String TEXT = """
@scjgj
sec 食品药品许可科
== 食品生产许可|XK|P|L|10/5 X=10/1 B=10/1|N=新办 C=变更 R=延续 X=注销 B=补办
short 食品生产许可
cert 食品生产许可证
site
law $sp35
law 《食品生产许可管理办法》|第二十五条|县级以上地方市场监督管理部门应当对申请人提交的申请材料进行审查。需要对申请材料的实质内容进行核实的，应当进行现场核查。县级以上地方市场监督管理部门应当自受理申请之日起10个工作日内作出是否准予行政许可的决定。
if 申请本区负责审批的食品类别（如糕点、粮食加工品、食用植物油等，以本省公布的分级许可目录为准），具有与生产的食品品种、数量相适应的生产场所、设备设施、专业技术人员和管理人员
m 食品生产许可申请书|表
m $yyzz
m 食品生产设备布局图和食品生产工艺流程图|[NR]
m 食品生产主要设备、设施清单|[NR]
m 专职或者兼职的食品安全专业技术人员、食品安全管理人员信息和食品安全管理制度|[NR]
m 变更事项的证明材料|复|[C]
m $wts
renew 30个工作日
q 食品生产许可证有效期多长？|食品生产许可证有效期为5年，需要延续的，应当在有效期届满30个工作日前申请延续。

== 医疗器械网络销售{}|BA|S|L|0/0|N=备案 C=备案变更 X=备案注销
short 医疗器械网络销售备案
net
law 《医疗器械监督管理条例》|第四十六条|从事医疗器械网络销售的，应当是医疗器械注册人、备案人或者医疗器械经营企业。从事医疗器械网络销售的经营者，应当将从事医疗器械网络销售的相关信息告知所在地设区的市级人民政府负责药品监督管理的部门。
law 《医疗器械网络销售监督管理办法》|第八条|从事医疗器械网络销售的企业，应当填写医疗器械网络销售信息表，将企业名称、法定代表人、统一社会信用代码、网站名称、网络客户端应用程序名称、网站域名等信息向所在地设区的市级食品药品监督管理部门备案。
if 已取得医疗器械经营许可或备案、从事医疗器械网络销售的企业[N]
if 网络销售备案信息发生变化[C]
if 停止网络销售[X]
m 医疗器械网络销售信息表|电|表
m $yyzz
out 医疗器械网络销售备案凭证

sec 特种设备安全监察科
== 车用气瓶使用登记|XK|S|NL|15/0|N=首次登记 C=变更登记 X=注销登记
short 车用气瓶登记
cert 特种设备使用登记证
law 《中华人民共和国特种设备安全法》|第三十三条|特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。
law 《特种设备使用管理规则》|第2.3条|车用气瓶由车辆产权单位或者个人向登记机关办理使用登记。
if 天然气等燃料汽车安装的车用气瓶经安装监督检验合格[N]
if 车用气瓶随车辆过户或变更安装车辆[C]
if 车用气瓶报废或车辆注销[X]
m 特种设备使用登记表|表
m 车辆所有人身份证明|@公安机关
m 气瓶产品合格证和安装监督检验证书|复|[N]
m 机动车行驶证|复|@公安机关交通管理部门
out 特种设备使用登记证

== 压力管道使用登记|XK|P|L|15/5 X=15/1|N=首次登记 C=变更登记 X=注销登记
cert 特种设备使用登记证
law 《中华人民共和国特种设备安全法》|第三十三条|特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。
if 工业管道、公用管道等压力管道经安装监督检验合格[N]
if 压力管道使用单位、管道走向等登记信息发生变化或经过改造[C]
if 压力管道停用报废[X]
m 特种设备使用登记表|x2|表|#使用单位盖章
m 使用单位营业执照|复|@市场监督管理部门
m 压力管道基本信息汇总表和安装监督检验证书|复|[N]
m 设备报废说明|[X]
m $wts

sec 登记注册科
== 企业名称争议裁决|CJ|P|L|60/30
short 企业名称纠纷
law 《企业名称登记管理规定》|第二十三条|企业认为其他企业名称侵犯本企业名称合法权益的，可以向人民法院起诉或者请求为涉嫌侵权企业办理登记的企业登记机关处理。
law 《企业名称登记管理规定实施办法》|第四十六条|企业登记机关受理申请后，可以进行调解；调解不成的，企业登记机关应当自受理之日起3个月内作出行政裁决。
if 企业认为本区登记的其他企业名称侵犯本企业名称合法权益
m 企业名称争议裁决申请书|表
m 申请人营业执照|复|@市场监督管理部门
m 被申请人企业名称侵犯申请人合法权益的证据材料|复|
s 受理|登记注册科|审查申请材料，符合条件的予以受理并通知被申请人答辩|5
s 审查|登记注册科|听取双方意见，组织调解|20
s 决定|市场监管局负责人|调解不成的，作出企业名称争议行政裁决|4
s 送达|登记注册科|向双方送达行政裁决书|1
out 行政裁决书

== 企业名称自主申报|GG|S|L|0/0
short 企业起名
net
law 《企业名称登记管理规定》|第十七条|在企业登记机关办理登记前，申请人可以通过企业名称申报系统或者在企业登记机关服务窗口提交有关信息和材料，对拟定的企业名称进行查询、比对和筛选，选取符合本规定要求的企业名称。
if 拟设立企业或拟变更企业名称的申请人
m 企业名称自主申报信息|电|#在企业登记全程电子化系统填报并作出承诺
out 企业名称申报结果
q 名称申报后可以保留多久？|申报的企业名称在系统中保留2个月，设立企业依法应当报经批准的，保留期为1年。

== 撤销市场主体登记申请|QT|P|NL|60/30
short 冒名登记撤销
law 《市场主体登记管理条例》|第四十条|提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得市场主体登记的，受虚假市场主体登记影响的自然人、法人和其他组织可以向登记机关提出撤销市场主体登记的申请。登记机关受理申请后，应当及时开展调查。
if 身份被冒用登记为企业股东、法定代表人等，或者受虚假登记影响的自然人、法人和其他组织
m 撤销市场主体登记申请书|表
m 申请人身份证明|@公安机关
m 被冒用或虚假登记的证据材料|复|#如笔迹鉴定、公安机关报案回执等
site
out 撤销登记决定书
q 发现自己被冒名开了公司怎么办？|可以向登记机关申请撤销冒名登记，登记机关调查核实后依法撤销，并将相关情况公示。

== 企业标准自我声明公开|GG|S|L|0/0
net
law 《中华人民共和国标准化法》|第二十七条|国家实行团体标准、企业标准自我声明公开和监督制度。企业应当公开其执行的强制性标准、推荐性标准、团体标准或者企业标准的编号和名称。
if 在本区生产产品或提供服务的企业
m 企业标准文本或执行标准信息|电|#在企业标准信息公共服务平台填报
out 企业标准公开信息
url https://www.qybz.org.cn/

@rlzyhshbzj
sec 社会保险中心
== 领取失业保险金期间基本医疗保险费代缴|QT|S|N|5/0
law 《中华人民共和国社会保险法》|第四十八条|失业人员在领取失业保险金期间，参加职工基本医疗保险，享受基本医疗保险待遇。失业人员应当缴纳的基本医疗保险费从失业保险基金中支付，个人不缴纳基本医疗保险费。
if 正在领取失业保险金的失业人员
m $sfz
out 医疗保险费代缴结果
net

== 企业职工基本养老保险视同缴费年限认定|QR|P|N|30/15
short 视同缴费年限认定
law 《国务院关于建立统一的企业职工基本养老保险制度的决定》|第三部分|本决定实施前已经离休、退休的人员，仍按国家原来的规定发给养老金……实行个人缴费制度前，职工的连续工龄可视同缴费年限。
if 参保人员在实行个人缴费制度前有国家规定的连续工龄，需要认定视同缴费年限
m 视同缴费年限认定申请表|表
m 本人档案|@档案管理机构|#招工、调动、工资等原始记录
m $sfz
site
out 视同缴费年限认定结果

== 工伤职工停工留薪期确认|QR|P|NL|20/10
law 《工伤保险条例》|第三十三条|职工因工作遭受事故伤害或者患职业病需要暂停工作接受工伤医疗的，在停工留薪期内，原工资福利待遇不变，由所在单位按月支付。停工留薪期一般不超过12个月。
if 已认定工伤的职工需要确认停工留薪期，或单位与职工对停工留薪期有争议
m 停工留薪期确认申请表|表
m 工伤认定决定书|复|@社会保险行政部门
m 医疗机构出具的休假证明和病历|复|
out 停工留薪期确认结论

== 一次性工伤医疗补助金申领|JF|P|N|30/15
law 《工伤保险条例》|第三十六条|职工因工致残被鉴定为五级、六级伤残的，经工伤职工本人提出，该职工可以与用人单位解除或者终止劳动关系，由工伤保险基金支付一次性工伤医疗补助金。
law 《工伤保险条例》|第三十七条|职工因工致残被鉴定为七级至十级伤残的，劳动、聘用合同期满终止，或者职工本人提出解除劳动、聘用合同的，由工伤保险基金支付一次性工伤医疗补助金。
if 五级至十级伤残的工伤职工与用人单位解除或者终止劳动关系
m 工伤保险待遇申请表|表
m 劳动能力鉴定结论书|复|@劳动能力鉴定委员会
m 解除或终止劳动关系证明|复|
m $yhzh

== 企业年金方案备案|BA|P|L|15/10
law 《企业年金办法》|第十条|企业应当将企业年金方案报送所在地县级以上人民政府人力资源社会保障行政部门。人力资源社会保障行政部门自收到企业年金方案文本之日起15日内未提出异议的，企业年金方案即行生效。
if 依法参加基本养老保险并履行缴费义务、具有相应的经济负担能力的企业，经集体协商建立企业年金
m 企业年金方案备案申请|#加盖公章
m 企业年金方案文本|
m 职工代表大会或全体职工讨论通过的决议|
out 企业年金方案备案复函

== 机关事业单位养老保险关系转移接续|GG|P|N|45/15
law 《机关事业单位基本养老保险关系和职业年金转移接续经办规程（暂行）》|第六条|参保人员在机关事业单位之间流动的，在转出单位和转入单位之间办理基本养老保险关系和职业年金的转移接续手续。
if 机关事业单位工作人员跨统筹地区或跨制度流动
m 转移接续申请表|表
m 调动、聘用等人事关系变动证明|复|
out 转移接续结果

sec 公共就业服务中心
== 高校毕业生就业见习报名|GG|S|N|0/0
short 就业见习报名
net
law 《国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知》|第三部分|扩大就业见习规模，支持企业、政府投资项目、科研项目设立见习岗位。
if 离校2年内未就业高校毕业生和16至24岁失业青年
m $sfz
m 毕业证书|复|
out 见习岗位推荐

== 人事档案材料证明开具|GG|S|N|1/0
short 档案证明
law 《流动人员人事档案管理服务规定》|第十七条|档案管理服务机构应当依据档案记载内容，为存档人员出具相关证明。
if 在本区存档的流动人员需要依据档案出具学历、工作经历等证明
m 本人有效身份证件|@公安机关
m 证明用途说明|
out 档案材料证明
addr 平顶山高新区行政服务中心二楼C区人才服务窗口

@gafj
sec 户政管理大队
== 港澳台居民居住证申领|QR|P|N|20/15
law 《港澳台居民居住证申领发放办法》|第二条|港澳台居民前往内地（大陆）居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，根据本人意愿，可以依照本办法的规定申请领取居住证。
law 《港澳台居民居住证申领发放办法》|第八条|公安机关应当自受理之日起20日内制作发放居住证。
if 港澳台居民在本区居住半年以上，有合法稳定就业、合法稳定住所或连续就读条件之一
m 港澳居民来往内地通行证或台湾居民来往大陆通行证|@出入境管理机构
m 居住地住址、就业、就读等证明材料|复|
m 本人近期免冠照片|电|#现场采集
out 港澳台居民居住证
fee 每证20元|《港澳台居民居住证申领发放办法》第十七条；收费标准按居民身份证工本费标准执行

== 户主变更|QR|S|N|1/0
law 《中华人民共和国户口登记条例》|第五条|户口登记以户为单位。同主管人共同居住一处的立为一户，以主管人为户主。
if 户主死亡、迁出或者经家庭成员协商一致变更户主
m 居民户口簿|@公安机关
m 新户主居民身份证|@公安机关
m 家庭成员协商一致的书面意见|?户主在世的
out 变更后的户口簿

== 收养入户|QR|P|N|20/5
law 《中华人民共和国民法典》|第一千一百零五条|收养应当向县级以上人民政府民政部门登记。收养关系自登记之日起成立。
law 《中国公民收养子女登记办法》|第十一条|收养关系成立后，需要为被收养人办理户口登记或者迁移手续的，由收养人持收养登记证到户口登记机关按照国家有关规定办理。
if 收养关系已依法登记成立，收养人户籍在本区
m 收养登记证|@民政部门
m 收养人居民户口簿和身份证|@公安机关
m 被收养人出生医学证明或原户籍证明|复|
out 户口簿（入户登记）

sec 治安管理大队
== 典当业特种行业许可|XK|P|L|20/10 X=20/1|N=新办 C=变更 X=注销
cert 特种行业许可证
site
law 《典当管理办法》|第十四条|典当行应当在领取营业执照后10日内，向所在地县级人民政府公安机关申请典当业特种行业许可证。
if 已取得典当经营许可证和营业执照，经营场所安全防范设施符合要求[N]
m 典当业特种行业许可申请表|表
m 典当经营许可证|复|@商务主管部门
m $yyzz
m 法定代表人、个人股东和其他高级管理人员的身份证明|复|[N]
m 经营场所安全防范设施情况说明|[N]
m 变更事项的证明材料|复|[C]

@crjgldd
sec 出入境管理大队证件审批组
== 出入境证件报失|GG|S|N|1/0
net
law 《中华人民共和国护照法》|第十一条|护照遗失或者被盗的，护照持有人可以按照规定申请补发护照。
law 《中华人民共和国出境入境管理法》|第十二条|中国公民的出入境证件遗失或者被盗的，应当及时向公安机关出入境管理机构报失。
if 中国公民的护照、往来港澳通行证、往来台湾通行证遗失或被盗
m 本人居民身份证|@公安机关
m 证件遗失情况说明|表
out 证件报失证明
q 报失后找到的证件还能用吗？|不能。证件报失后即被宣布作废，需要出境时应申请补发。

@cgs
sec 车辆管理所登记科
== 机动车质押{}|BA|S|NL|1/0|N=备案 X=备案解除
short 机动车质押备案
law 《机动车登记规定》|第三十五条|机动车作为质押物质押的，机动车所有人可以向登记地车辆管理所申请质押备案；质押权消灭的，应当向登记地车辆管理所申请解除质押备案。
if 机动车所有人以机动车出质，与质权人签订质押合同[N]
if 质权消灭[X]
m 机动车所有人和质权人的身份证明|复|
m $djzs
m 质押合同|复|[N]
m 质权人同意解除质押的证明|[X]

sec 车辆管理所驾驶证科
== 校车驾驶资格申请|XK|P|N|5/5
law 《校车安全管理条例》|第二十三条|机动车驾驶人申请取得校车驾驶资格，应当向县级或者设区的市级人民政府公安机关交通管理部门提交书面申请和证明其符合本条例第二十三条规定条件的材料。公安机关交通管理部门应当自收到申请材料之日起5个工作日内审查完毕。
if 取得相应准驾车型驾驶证并具有3年以上驾驶经历，年龄在25周岁以上、不超过60周岁，最近连续3个记分周期内没有记满12分记录
m 校车驾驶资格申请表|表
m 申请人身份证明和机动车驾驶证|复|
m 县级或者部队团级以上医疗机构出具的身体条件证明|@医疗机构
m 无犯罪、吸毒行为记录证明|@公安机关
out 校车驾驶资格（驾驶证签注）

== 残疾人专用小型自动挡载客汽车驾驶证申领|XK|P|N|20/20
visits 2
law 《机动车驾驶证申领和使用规定》|第十五条|上肢、下肢残疾人符合规定身体条件的，可以申请残疾人专用小型自动挡载客汽车准驾车型的机动车驾驶证。
if 右下肢、双下肢缺失或者丧失运动功能但能够自主坐立，或者单眼视力障碍等，符合规定的身体条件
m 机动车驾驶证申请表|表
m 申请人身份证明|@公安机关
m 机动车驾驶人身体条件证明|@医疗机构|#按规定进行残疾人驾驶人身体条件评估
fee $jsz
out 机动车驾驶证

== 机动车驾驶人考试预约|GG|S|N|0/0
short 驾考预约
net
visits 0
law 《机动车驾驶证申领和使用规定》|第三十二条|初次申请机动车驾驶证和申请增加准驾车型的，申请人预约考试科目一，经考试合格后，车辆管理所应当核发学习驾驶证明。
if 已受理驾驶证申请、需要预约科目一、二、三考试的申请人
m 申请人身份证明|@公安机关|#通过“交管12123”APP实名认证
out 考试预约结果

@swj
sec 纳税服务股
== 个人所得税专项附加扣除信息采集|QT|S|N|0/0
short 个税专项附加扣除
net
law 《中华人民共和国个人所得税法》|第六条|专项附加扣除，包括子女教育、继续教育、大病医疗、住房贷款利息或者住房租金、赡养老人等支出。
law 《个人所得税专项附加扣除暂行办法》|第二十五条|纳税人首次享受专项附加扣除，应当将专项附加扣除相关信息提交扣缴义务人或者税务机关。
if 享受子女教育、3岁以下婴幼儿照护、继续教育、大病医疗、住房贷款利息、住房租金、赡养老人等专项附加扣除的居民个人
m 个人所得税专项附加扣除信息表|电|表|#通过“个人所得税”APP填报
out 扣除信息采集结果
url https://etax.chinatax.gov.cn/
ch OAW

== 纳税人跨区迁移|QT|S|L|5/0
net
law 《中华人民共和国税收征收管理法实施细则》|第十五条|纳税人因住所、经营地点变动，涉及改变税务登记机关的，应当在向工商行政管理机关或者其他机关申请办理变更或者注销登记前或者住所、经营地点变动前，向原税务登记机关申报办理注销税务登记，并在30日内向迁达地税务机关申报办理税务登记。
if 纳税人住所、经营地点跨区迁移，已结清税款并缴销发票，无未办结事项
m 迁移申请|电|表
out 迁移结果通知

== 房产税、城镇土地使用税困难减免|QT|P|L|20/10
short 房土两税困难减免
law 《中华人民共和国房产税暂行条例》|第六条|除本条例第五条规定者外，纳税人纳税确有困难的，可由省、自治区、直辖市人民政府确定，定期减征或者免征房产税。
law 《中华人民共和国城镇土地使用税暂行条例》|第七条|除本条例第六条规定外，纳税人缴纳土地使用税确有困难需要定期减免的，由县以上地方税务机关批准。
if 纳税人因风、火、水、地震等严重自然灾害或其他不可抗力因素遭受重大损失，纳税确有困难
m 纳税人减免税申请核准表|表
m 减免税申请报告|#写明减免税理由、依据、范围、期限、数量、金额
m 不可抗力损失情况的证明材料|复|
out 税务事项通知书
nomail

== 社会保险费退费申请|QT|P|NL|20/10
short 社保费退费
net
law 《中华人民共和国社会保险法》|第六十条|用人单位应当自行申报、按时足额缴纳社会保险费。
law 《国家税务总局关于社会保险费征收有关事项的公告》|第三条|缴费人因多缴、重复缴纳等原因需要退费的，按规定向社会保险经办机构和税务机关申请办理。
if 缴费人多缴、重复缴纳或者按规定应予退还社会保险费
m 社会保险费退费申请表|电|表
m 多缴或重复缴费的证明材料|复|
m 退费账户信息|复|
out 退费结果

@bdcdjzx
sec 登记审核科
== 最高额抵押权{}登记|QR|P|L|30/1 X=30/0|N=首次 C=变更 O=转移 X=注销
case X=S
short 最高额抵押登记
cert 不动产登记证明|不动产登记机构
out 注销登记结果[X]
law 《中华人民共和国民法典》|第四百二十条|为担保债务的履行，债务人或者第三人对一定期间内将要连续发生的债权提供担保财产的，债务人不履行到期债务或者发生当事人约定的实现抵押权的情形，抵押权人有权在最高债权额限度内就该担保财产优先受偿。
law 《不动产登记暂行条例实施细则》|第七十一条|设立最高额抵押权的，当事人应当持不动产权属证书、最高额抵押合同与一定期间内将要连续发生的债权的合同或者其他登记原因材料等必要材料，申请最高额抵押权首次登记。
if 以已登记的不动产为一定期间内连续发生的债权设定最高额抵押[N]
if 债权范围、最高债权额、债务履行期限、债权确定期间等发生变化[C]
if 最高额抵押担保的债权确定前，部分债权转让或最高额抵押权随同全部债权转让[O]
if 主债权消灭、抵押权人放弃抵押权等[X]
m $bdcsqs
m 抵押人和抵押权人的身份证明|复|
m $cqzs|[NC]
m 最高额抵押合同及主债权合同|[NC]
m 债权转让合同|复|[O]
m 抵押权人同意注销的证明|[X]
m $wts
fee $bdc[NO]

== 土地经营权{}登记|QR|P|NL|30/5 X=30/0|N=首次 C=变更 X=注销
case X=S
cert 不动产权证书|不动产登记机构
out 注销登记结果[X]
law 《中华人民共和国民法典》|第三百四十一条|流转期限为五年以上的土地经营权，自流转合同生效时设立。当事人可以向登记机构申请土地经营权登记；未经登记，不得对抗善意第三人。
if 通过出租、入股等方式流转取得期限五年以上的土地经营权[N]
if 土地经营权人、流转期限、面积等发生变化[C]
if 流转合同到期、解除或土地被征收[X]
m $bdcsqs
m 流转双方身份证明|复|
m 土地经营权流转合同及发包方备案证明|复|[NC]
m 合同解除或到期证明|复|[X]
m $wts

@zfgjjglzx
sec 归集科
== 住房公积金个人信息变更|QR|S|N|0/0
net
law 《住房公积金管理条例》|第十七条|住房公积金管理中心应当为缴存住房公积金的职工发放缴存住房公积金的有效凭证。
if 缴存职工姓名、身份证号码、手机号码、银行卡号等信息发生变化
m 本人有效身份证件|@公安机关
m 信息变更证明材料|复|?姓名或身份证号码变更的|@公安机关
out 变更结果

sec 信贷科
== 商业性住房贷款转住房公积金贷款|JF|P|N|15/10
short 商转公
law 《住房公积金管理条例》|第二十六条|缴存住房公积金的职工，在购买、建造、翻建、大修自住住房时，可以向住房公积金管理中心申请住房公积金贷款。
if 已办理商业性个人住房贷款，正常还款，借款人符合住房公积金贷款条件
m 商转公贷款申请表|表
m 原商业贷款借款合同和还款明细|复|
m 借款人及配偶身份证件和婚姻状况证明|复|
m $cqzs|复
site
out 贷款审批结果
nomail

== 住房公积金组合贷款申请|JF|P|N|15/10
short 组合贷款
law 《住房公积金管理条例》|第二十六条|缴存住房公积金的职工，在购买、建造、翻建、大修自住住房时，可以向住房公积金管理中心申请住房公积金贷款。
if 住房公积金贷款额度不足以支付购房款，同时申请商业银行贷款
m 组合贷款申请表|表
m 购房合同和首付款凭证|复|
m 借款人及配偶身份证件和收入证明|复|
site
out 贷款审批结果
nomail

@ylbzj
sec 医疗保险中心
== 医保定点协议{}|QT|P|L|20/10|C=变更 X=解除
short 医保定点协议变更
law 《医疗机构医疗保障定点管理暂行办法》|第二十五条|定点医疗机构的名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别等重大信息变更时，应自有关部门批准之日起30个工作日内向统筹地区经办机构提出变更申请。
if 定点医药机构名称、法定代表人、地址、诊疗科目等信息发生变化[C]
if 定点医药机构申请解除医保协议，或停业、歇业[X]
m 协议变更（解除）申请表|表
m 变更事项的证明材料|复|[C]
m 解除协议的说明|[X]
out 协议变更（解除）结果

@zfhcxjsj
sec 建筑业管理股
== 拆除工程施工备案|BA|S|L|15/0
law 《建设工程安全生产管理条例》|第十一条|建设单位应当将拆除工程发包给具有相应资质等级的施工单位。建设单位应当在拆除工程施工15日前，将施工单位资质等级证明、拟拆除建筑物和构筑物及可能危及毗邻建筑的说明、拆除施工组织方案、堆放和清除废弃物的措施报送建设工程所在地的县级以上地方人民政府建设行政主管部门备案。
if 建设单位拟拆除建筑物、构筑物，在拆除工程施工15日前备案
m 拆除工程备案表|表
m 施工单位资质等级证明|复|
m 拟拆除建筑物、构筑物及可能危及毗邻建筑的说明|
m 拆除施工组织方案和废弃物处置措施|
out 拆除工程备案证明

== 施工图设计文件审查|QT|P|L|15/10
short 施工图审查
law 《建设工程质量管理条例》|第十一条|施工图设计文件审查的具体办法，由国务院建设行政主管部门、国务院其他有关部门制定。施工图设计文件未经审查批准的，不得使用。
law 《房屋建筑和市政基础设施工程施工图设计文件审查管理办法》|第十三条|施工图审查原则上不超过下列时限：大型房屋建筑工程、市政基础设施工程为15个工作日，中型及以下房屋建筑工程、市政基础设施工程为10个工作日。
if 房屋建筑和市政基础设施工程施工图设计完成，需要进行审查
m 施工图设计文件|电|#通过多图联审系统提交
m 勘察成果文件|电|
m 规划许可及设计方案批复|复|
out 施工图审查合格书
url https://gcjs.henan.gov.cn/

sec 房地产市场管理股
== 房地产经纪机构{}|BA|S|L|30/0|N=备案 C=备案变更 X=备案注销
short 房产中介备案
law 《房地产经纪管理办法》|第十一条|房地产经纪机构及其分支机构应当自领取营业执照之日起30日内，到所在直辖市、市、县人民政府建设（房地产）主管部门备案。
if 已领取营业执照、从事房地产经纪业务的机构及其分支机构[N]
if 备案信息发生变化[C]
if 终止房地产经纪业务[X]
m 房地产经纪机构备案表|表
m $yyzz
m 房地产经纪人员职业资格证书|复|[N]
m 变更事项的证明材料|复|[C]
out 备案证明

== 房地产开发项目手册备案|BA|S|L|15/0
law 《城市房地产开发经营管理条例》|第十九条|房地产开发企业应当将房地产开发项目建设过程中的主要事项记录在房地产开发项目手册中，并定期送房地产开发主管部门备案。
if 房地产开发企业在本区实施的房地产开发项目
m 房地产开发项目手册|
m 项目建设进展的有关证明材料|复|
out 备案回执

== 物业承接查验备案|BA|S|L|30/0
law 《物业管理条例》|第二十八条|物业服务企业承接物业时，应当对物业共用部位、共用设施设备进行查验。
law 《物业承接查验办法》|第三十三条|物业服务企业应当自物业交接后30日内，持相关文件向物业所在地的区、县（市）房地产行政主管部门办理备案手续。
if 物业服务企业已完成新建物业的承接查验并办理交接
m 前期物业服务合同|复|
m 临时管理规约|复|
m 物业承接查验协议和查验记录|复|
m 物业交接记录|复|
out 备案回执

@wsjkwyh
sec 医政医管股
== 义诊活动备案|BA|S|L|15/0
law 《卫生部关于组织义诊活动实行备案管理的通知》|第三条|组织义诊活动应当在义诊活动开展15日前向义诊所在地县级以上卫生行政部门备案。
if 医疗机构、医学会等组织在本区开展义诊活动
m 义诊活动备案表|表
m 参加义诊人员名单及执业资格证明|复|
m 义诊活动方案|
out 备案回执

== 从业人员健康证明办理|GG|P|N|5/3
short 健康证
law 《中华人民共和国食品安全法》|第四十五条|从事接触直接入口食品工作的食品生产经营人员应当每年进行健康检查，取得健康证明后方可上岗工作。
law 《公共场所卫生管理条例》|第七条|公共场所直接为顾客服务的人员，持有“健康合格证”方能从事本职工作。
if 从事食品生产经营、公共场所服务等需要健康证明的从业人员
m 本人身份证件|@公安机关
out 从业人员健康证明
addr 平顶山高新区疾病预防控制中心体检门诊及指定医疗机构
fee 按医疗服务价格规定收取体检费用，具体以体检机构公示为准|《河南省医疗服务价格项目规范》及本市医疗服务价格标准
q 健康证多久能拿到？|体检后3个工作日内出具结果，可以通过手机查询并下载电子健康证明。

sec 人口家庭股
== 病残儿医学鉴定|QR|P|N|60/30
law 《病残儿医学鉴定管理办法》|第三条|病残儿医学鉴定，由县级以上卫生健康行政部门设立的病残儿医学鉴定专家组负责。
if 子女患有非遗传性或遗传性疾病，需要进行病残儿医学鉴定以享受相关计划生育扶助政策
m 病残儿医学鉴定申请表|表
m 夫妻双方及子女身份证件和户口簿|@公安机关
m 病残儿的病历和医学检查资料|复|@医疗机构
site
out 病残儿医学鉴定诊断书

@jyj
sec 基础教育股
== 中小学教师资格定期注册|QR|P|N|30/20
net
law 《中小学教师资格定期注册暂行办法》|第二条|教师资格定期注册每5年一个周期。
if 公办、民办中小学和幼儿园在编在岗教师，注册周期届满
m 教师资格定期注册申请表|电|表
m 教师资格证书和聘用合同|复|
m 5年内师德表现、年度考核和培训学时证明|复|
out 定期注册结果

== 民办学校年度检查|QT|P|L|30/20
law 《中华人民共和国民办教育促进法》|第四十一条|教育行政部门及有关部门应当对民办学校依法进行监督，组织或者委托社会中介组织评估办学水平和教育质量，并将评估结果向社会公布。
if 在本区审批设立的民办学校、幼儿园
m 年度检查报告书|表
m 年度财务审计报告|复|
m 办学许可证副本|@教育行政部门
site
out 年检结论

@whgdhlyj
sec 文化市场管理股
== 演出场所经营单位备案|BA|S|L|0/0
law 《营业性演出管理条例》|第七条|设立演出场所经营单位，应当依法到市场监督管理部门办理注册登记，领取营业执照，并依照有关消防、卫生管理等法律、行政法规的规定办理审批手续。演出场所经营单位应当自领取营业执照之日起20日内向所在地县级人民政府文化主管部门备案。
if 已取得营业执照的演出场所经营单位
m 演出场所经营单位备案表|表
m $yyzz
m 消防安全检查合格证明|复|
out 备案证明

== 个体演员、个体演出经纪人备案|BA|S|N|0/0
law 《营业性演出管理条例》|第九条|以从事营业性演出为职业的个体演员和以从事营业性演出的居间、代理活动为职业的个体演出经纪人，应当依法到市场监督管理部门办理注册登记，领取营业执照。个体演员、个体演出经纪人应当自领取营业执照之日起20日内向所在地县级人民政府文化主管部门备案。
if 已取得营业执照的个体演员、个体演出经纪人
m 个体演员（演出经纪人）备案表|表
m $yyzz
m 本人身份证件|@公安机关
m 演出经纪人员资格证书|复|?个体演出经纪人的
out 备案证明

== 县级文物保护单位修缮方案审批|XK|P|NL|20/15
law 《中华人民共和国文物保护法》|第二十一条|对文物保护单位进行修缮，应当根据文物保护单位的级别报相应的文物行政部门批准。
if 县级文物保护单位的所有人或使用人拟进行修缮，方案由具有资质的单位编制
m 文物保护单位修缮申请|
m 修缮方案及设计图纸|#由具有文物保护工程资质的单位编制
m 文物现状照片|电|
site
out 审批意见

@yjglj
sec 危险化学品监管股
== 危险化学品重大危险源备案|BA|S|L|15/0
law 《中华人民共和国安全生产法》|第四十条|生产经营单位应当按照国家有关规定将本单位重大危险源及有关安全措施、应急措施报有关地方人民政府应急管理部门和有关部门备案。
law 《危险化学品重大危险源监督管理暂行规定》|第二十三条|危险化学品单位在完成重大危险源安全评估报告或者安全评价报告后15日内，应当填写重大危险源备案申请表，报送所在地县级人民政府安全生产监督管理部门备案。
if 构成危险化学品重大危险源的生产、储存、使用单位
m 重大危险源备案申请表|表
m 重大危险源基本情况和辨识、分级报告|
m 安全评估报告或安全评价报告|
m 重大危险源事故应急预案和演练计划|
out 重大危险源备案登记表

@slj
sec 水资源管理股
== 河道管理范围内有关活动审批|XK|P|NL|20/10
short 河道内爆破钻探等审批
site
law 《中华人民共和国河道管理条例》|第二十五条|在河道管理范围内进行下列活动，必须报经河道主管机关批准：（一）采砂、取土、淘金、弃置砂石或者淤泥；（二）爆破、钻探、挖筑鱼塘；（三）在河道滩地存放物料、修建厂房或者其他建筑设施；（四）在河道滩地开采地下资源及进行考古发掘。
if 在河道管理范围内进行爆破、钻探、挖筑鱼塘、存放物料等活动，不影响防洪安全
m 河道管理范围内活动申请书|表
m 活动方案及位置图|
m 防洪影响及补救措施说明|
out 审批决定书

@nyncj
sec 畜牧兽医股
== 畜禽养殖场备案|BA|S|NL|10/0
law 《中华人民共和国畜牧法》|第三十九条|畜禽养殖场应当具备下列条件……畜禽养殖场兴办者应当将畜禽养殖场的名称、养殖地址、畜禽品种和养殖规模，向养殖场所在地县级人民政府农业农村主管部门备案，取得畜禽标识代码。
if 达到本省规定规模标准的畜禽养殖场
m 畜禽养殖场备案表|表
m 养殖场所使用证明|复|
m 动物防疫条件合格证|复|@农业农村主管部门
out 畜禽养殖场备案及畜禽标识代码

sec 农业综合股
== 农作物种子经营备案|BA|S|LN|15/0
law 《中华人民共和国种子法》|第三十八条|种子生产经营者在种子生产经营许可证载明的有效区域设立分支机构的，专门经营不再分装的包装种子的，或者受具有种子生产经营许可证的种子生产经营者以书面委托生产、代销其种子的，不需要办理种子生产经营许可证，但应当向当地农业农村、林业草原主管部门备案。
if 专门经营不再分装的包装种子，或者受委托代销种子、设立分支机构的种子经营者
m 种子销售备案表|表
m $yyzz
m 种子生产经营许可证或委托书复印件|复|
out 备案回执
net

== 渔业捕捞许可|XK|P|NL|20/10
law 《中华人民共和国渔业法》|第二十三条|国家对捕捞业实行捕捞许可证制度。……内水、近海捕捞许可证由县级以上地方人民政府渔业行政主管部门批准发放。
if 在本区内陆水域从事渔业捕捞，渔船、渔具符合规定
m 渔业捕捞许可申请书|表
m 渔船检验证书和渔船登记证书|复|
m 申请人身份证明|@公安机关
out 渔业捕捞许可证

@zrzyhghj
sec 土地利用股
== 乡（镇）村公共设施、公益事业建设用地审批|XK|P|L|30/20
short 村级公益设施用地
law 《中华人民共和国土地管理法》|第六十一条|乡（镇）村公共设施、公益事业建设，需要使用土地的，经乡（镇）人民政府审核，向县级以上地方人民政府自然资源主管部门提出申请，按照省、自治区、直辖市规定的批准权限，由县级以上地方人民政府批准。
if 乡（镇）村公共设施、公益事业建设使用集体土地，符合国土空间规划，已经镇人民政府审核
m 建设用地申请表|表
m 镇人民政府审核意见|@镇人民政府
m 项目批准文件和勘测定界图|复|
site
dsec 区人民政府（管委会）

== 地质灾害危险性评估报告备案|BA|S|L|10/0
law 《地质灾害防治条例》|第二十一条|在地质灾害易发区内进行工程建设应当在可行性研究阶段进行地质灾害危险性评估，并将评估结果作为可行性研究报告的组成部分。
if 在地质灾害易发区内进行工程建设的建设单位
m 地质灾害危险性评估报告备案登记表|表
m 地质灾害危险性评估报告|
out 备案回执

@sthjfj
sec 环评与排污许可股
== 建设项目环境影响后评价备案|BA|S|L|10/0
law 《中华人民共和国环境影响评价法》|第二十七条|在项目建设、运行过程中产生不符合经审批的环境影响评价文件的情形的，建设单位应当组织环境影响的后评价，采取改进措施，并报原环境影响评价文件审批部门和建设项目审批部门备案。
if 项目建设、运行过程中产生不符合经审批的环评文件的情形，已组织开展环境影响后评价
m 环境影响后评价文件|
m 原环评批复文件|复|
out 备案回执

@mzj
sec 社会组织管理股
== 慈善组织公开募捐资格审核|XK|P|L|20/15
law 《中华人民共和国慈善法》|第二十二条|慈善组织开展公开募捐，应当取得公开募捐资格。依法登记满一年的慈善组织，可以向办理其登记的民政部门申请公开募捐资格。民政部门应当自受理申请之日起二十日内作出决定。
if 依法登记满一年、内部治理结构健全、运作规范的慈善组织
m 公开募捐资格申请书|表
m 按规定召开会议讨论申请公开募捐资格的会议纪要|
m 申请前二年的财务审计报告|复|
out 公开募捐资格证书

sec 社会事务股
== 养老机构运营补贴申请|JF|P|L|30/15
law 《中华人民共和国老年人权益保障法》|第四十四条|地方各级人民政府和有关部门应当按照老年人口比例及分布情况，将养老服务设施建设纳入城乡规划和土地利用总体规划。
law 《国务院办公厅关于推进养老服务发展的意见》|第二部分|各地对养老机构按照收住失能、半失能老年人数量给予运营补贴。
if 已备案的养老机构，收住本区户籍老年人并符合运营补贴条件
m 运营补贴申请表|表
m 收住老年人名册及入住协议|复|
m 养老机构备案回执|复|@民政部门
site
out 补贴审核结果

== 婚姻家庭辅导|GG|S|N|0/0
law 《中华人民共和国民法典》|第一千零四十三条|家庭应当树立优良家风，弘扬家庭美德，重视家庭文明建设。
law 《民政部关于加强婚姻家庭辅导服务工作的指导意见》|第二部分|婚姻登记机关应当开展婚姻家庭辅导服务，设立婚姻家庭辅导室。
if 办理婚姻登记或遇到婚姻家庭矛盾的当事人自愿接受辅导
m 本人身份证件|?需要登记的|@公安机关
out 婚姻家庭辅导服务
addr 平顶山高新区婚姻登记处婚姻家庭辅导室

@jtysj
sec 运输管理股
== 巡游出租汽车驾驶员从业资格注册|QR|S|N|5/0
short 出租车司机注册
law 《出租汽车驾驶员从业资格管理规定》|第十八条|巡游出租汽车驾驶员应当在取得从业资格证件后，由所服务的巡游出租汽车经营者向发证机关申请注册。
if 已取得巡游出租汽车驾驶员从业资格证，已与本区巡游出租汽车经营者签订劳动合同
m 从业资格注册登记表|表
m 从业资格证|@交通运输主管部门
m 劳动合同或经营合同|复|
out 注册结果

sec 路政管理股
== 公路路产损坏赔（补）偿|QT|S|NL|5/0
short 路产赔偿
law 《中华人民共和国公路法》|第八十五条|违反本法有关规定，对公路造成损害的，应当依法承担民事责任。
law 《公路安全保护条例》|第七十二条|造成公路、公路附属设施损坏，拒不接受公路管理机构现场调查处理的，公路管理机构可以扣留车辆、工具。
if 因交通事故等原因造成公路路产损坏，需要赔（补）偿
m 当事人身份证明和车辆行驶证|复|
m 路产损坏现场勘验记录|@公路管理机构
out 路产赔（补）偿通知书和票据
fee 按公路路产损坏赔（补）偿标准和实际损坏情况计收|《中华人民共和国公路法》第八十五条；《河南省公路路产损坏赔（补）偿标准》
""";

}

/** Remaining items: rewards, smaller services and a few more township services. */
final class T18 {

	static final String TEXT = """
@rlzyhshbzj
sec 公共就业服务中心
== 人力资源服务机构年度报告|QT|S|L|0/0
net
law 《人力资源市场暂行条例》|第二十一条|经营性人力资源服务机构应当在规定期限内，向人力资源社会保障行政部门提交经营情况年度报告。
if 在本区取得人力资源服务许可证或已备案的经营性人力资源服务机构
m 人力资源服务机构年度报告书|电|表
out 年度报告公示信息

== 农民合同制工人一次性生活补助申领|JF|P|N|20/10
law 《失业保险条例》|第二十一条|单位招用的农民合同制工人连续工作满1年，本单位并已缴纳失业保险费，劳动合同期满未续订或者提前解除劳动合同的，由社会保险经办机构根据其工作时间长短，对其支付一次性生活补助。
if 单位招用的农民合同制工人连续工作满1年，单位已缴纳失业保险费，劳动合同期满未续订或者提前解除
m $sfz
m 解除或终止劳动合同的证明|复|@原用人单位
m $yhzh
out 一次性生活补助核定结果
net

== 专业技术人员继续教育学时登记|GG|S|N|0/0
short 继续教育学时
net
law 《专业技术人员继续教育规定》|第八条|专业技术人员参加继续教育的时间，每年累计应不少于90学时，其中专业科目一般不少于总学时的三分之二。
if 在本区工作的专业技术人员
m 继续教育培训证明或学时证明|复|
out 继续教育学时登记结果

sec 社会保险中心
== 城乡居民基本养老保险缴费档次变更|QR|S|N|0/0
net
law 《国务院关于建立统一的城乡居民基本养老保险制度的意见》|第四部分|参保人自主选择档次缴费，多缴多得。
if 已参加城乡居民基本养老保险的参保人，在年度缴费前申请调整缴费档次
m $sfz
out 缴费档次变更结果

@scjgj
sec 食品药品许可科
== 食品安全抽检复检申请|QT|P|LN|10/7
short 食品复检
law 《中华人民共和国食品安全法》|第八十八条|对依照本法规定实施的检验结论有异议的，食品生产经营者可以自收到检验结论之日起七个工作日内向实施抽样检验的食品安全监督管理部门或者其上一级食品安全监督管理部门提出复检申请，由受理复检申请的食品安全监督管理部门在公布的复检机构名录中随机确定复检机构进行复检。
if 食品生产经营者对本区组织的食品安全抽样检验结论有异议，在收到检验结论之日起七个工作日内提出
m 复检申请书|表
m 检验结论告知书|复|@市场监督管理部门
m 备份样品封存完好的说明|
out 复检结论告知
q 复检费用谁出？|复检费用由复检申请人先行支付；复检结论与初检结论一致的，由申请人承担，不一致的由实施抽检的部门承担。

sec 消费者权益保护科
== 价格投诉举报受理|QT|P|NL|15/15
short 价格举报
law 《中华人民共和国价格法》|第三十八条|政府价格主管部门应当建立对价格违法行为的举报制度。任何单位和个人均有权对价格违法行为进行举报。
if 发现经营者存在不明码标价、价格欺诈、哄抬价格等价格违法行为
m 举报材料|#写明被举报人、违法行为和发生时间地点
m 价签照片、票据等证据|复|?有证据的
out 处理结果
ch WOA
url https://www.12315.cn/

== 市场监管领域重大违法行为举报奖励|JL|P|N|30/20
short 举报奖励
law 《市场监管领域重大违法行为举报奖励暂行办法》|第三条|举报人举报市场监管领域重大违法行为，经查证属实结案后，给予相应奖励。
law 《市场监管领域重大违法行为举报奖励暂行办法》|第十二条|举报奖励分为三个等级，根据举报证据与违法事实查证结果确定奖励等级和金额。
if 实名举报的市场监管领域重大违法行为经查证属实并已结案，举报人符合奖励条件
m 举报奖励申请|#写明举报事项、举报时间
m 举报人身份证件|@公安机关
m 本人银行账户信息|复|
s 受理|消费者权益保护科|核对举报记录，确认举报人身份和举报事项|5
s 审查|消费者权益保护科|核实举报内容与查处结果的对应关系，确定奖励等级|10
s 决定|市场监管局负责人|作出奖励决定|4
s 送达|消费者权益保护科|书面告知举报人奖励决定，奖金发放至本人账户|1
out 举报奖励决定书

@ylbzj
sec 医疗保险中心
== 职工医保个人账户余额一次性支取|JF|P|N|20/10
law 《中华人民共和国社会保险法》|第十四条|个人账户不得提前支取……个人死亡的，个人账户余额可以继承。
law 《国家医保局关于进一步做好基本医疗保险关系转移接续工作的通知》|第三部分|参保人员死亡或出国（境）定居的，其个人账户余额可依法继承或一次性支付给本人。
if 职工医保参保人员死亡（个人账户余额由继承人继承）或出国（境）定居
m 个人账户一次性支取申请表|表
m 死亡证明或出国（境）定居证明|复|
m 继承人身份证件及继承关系证明|复|?参保人员死亡的
m $yhzh
out 支取结果

== 医疗保障基金举报奖励|JL|P|N|30/20
short 医保举报奖励
law 《违法违规使用医疗保障基金举报奖励办法》|第三条|举报人举报违法违规使用医保基金行为，经查证属实的，给予奖励。
law 《医疗保障基金使用监督管理条例》|第十八条|任何组织和个人有权对侵害医疗保障基金的违法违规行为进行举报、投诉。
if 举报违法违规使用医疗保障基金的行为，经查证属实，举报人符合奖励条件
m 举报奖励申请|
m 举报人身份证件|@公安机关
m 本人银行账户信息|复|
s 受理|医保局基金监管股|核对举报记录和举报人身份|5
s 审查|医保局基金监管股|根据查实金额确定奖励标准|10
s 决定|医保局负责人|作出奖励决定|4
s 送达|医保局基金监管股|告知举报人，奖金发放至本人账户|1
out 举报奖励决定

@yjglj
sec 危险化学品监管股
== 安全生产领域举报奖励|JL|P|N|30/20
law 《安全生产领域举报奖励办法》|第四条|任何单位、组织和个人有权向县级以上人民政府安全生产监督管理部门和其他负有安全生产监督管理职责的部门举报重大事故隐患和安全生产违法行为。
law 《安全生产领域举报奖励办法》|第十二条|举报奖励资金原则上按照举报事项查实后的罚没款金额的一定比例确定。
if 举报的重大事故隐患或安全生产违法行为经查证属实，举报人符合奖励条件
m 举报奖励申请|
m 举报人身份证件|@公安机关
m 本人银行账户信息|复|
s 受理|应急管理局执法大队|核对举报记录和举报人身份|5
s 审查|应急管理局执法大队|核实查处情况，确定奖励金额|10
s 决定|应急管理局负责人|作出奖励决定|4
s 送达|应急管理局执法大队|告知举报人，奖金发放至本人账户|1
out 举报奖励决定

@gafj
sec 户政管理大队
== 户籍档案资料查询|GG|S|N|1/0
short 户籍档案查询
law 《中华人民共和国户口登记条例》|第三条|户口登记工作，由各级公安机关主管。
law 《公安部关于规范户籍证明出具工作的通知》|第三条|公安机关应当依法为群众查询户籍档案资料，能通过户籍档案查证的事项，不要求群众另行提交证明。
if 本人或其他依法可以查询的人员，需要查询户口迁移、姓名变更、出生日期等户籍档案资料
m 本人居民身份证|@公安机关
m $wts
out 户籍档案资料查询结果

@cgs
sec 车辆管理所登记科
== 道路交通安全违法行为处理|QT|S|NL|1/0
short 交通违法处理
net
law 《中华人民共和国道路交通安全法》|第八十七条|公安机关交通管理部门及其交通警察对道路交通安全违法行为，应当及时纠正。公安机关交通管理部门及其交通警察应当依据事实和本法的有关规定对道路交通安全违法行为予以处罚。
law 《道路交通安全违法行为处理程序规定》|第十九条|对交通技术监控设备记录的违法行为，当事人应当及时到公安机关交通管理部门接受处理，也可以通过互联网处理。
if 机动车驾驶人对交通技术监控设备记录的非现场违法行为进行处理
m 机动车驾驶证|@公安机关交通管理部门
m 机动车行驶证|@公安机关交通管理部门
out 处罚决定书
q 违章可以在手机上处理吗？|可以。符合条件的非现场交通违法，可以通过“交管12123”APP在线处理并缴纳罚款。

== 轻微交通事故快处快赔|GG|S|N|1/0
short 快处快赔
net
law 《中华人民共和国道路交通安全法》|第七十条|在道路上发生交通事故，未造成人身伤亡，当事人对事实及成因无争议的，可以即行撤离现场，恢复交通，自行协商处理损害赔偿事宜。
law 《道路交通事故处理程序规定》|第十九条|机动车与机动车、机动车与非机动车发生财产损失事故，当事人应当在确保安全的原则下，采取现场拍照或者标划事故车辆现场位置等方式固定证据后，立即撤离现场。
if 发生仅造成车辆损失的轻微交通事故，当事人对事实及成因无争议
m 现场照片|电|#通过“交管12123”APP拍摄上传
m 驾驶证和行驶证|@公安机关交通管理部门
out 事故认定协议书
q 小剐蹭怎么处理最快？|车辆能够移动的，拍照后立即撤离到不妨碍交通的地点，通过“交管12123”APP快处快赔，保险公司在线定损理赔。

@swj
sec 纳税服务股
== 发票真伪查验|GG|S|NL|0/0
short 发票查验
net
law 《中华人民共和国发票管理办法》|第三十一条|单位和个人在开具发票时，必须做到按照号码顺序填开，填写项目齐全，内容真实。
law 《中华人民共和国发票管理办法实施细则》|第三十三条|用票单位和个人有权申请税务机关对发票的真伪进行鉴别。
if 取得发票的单位和个人需要查验发票真伪
m 待查验的发票信息|电|#发票代码、号码、开票日期、金额等
out 发票查验结果
url https://inv-veri.chinatax.gov.cn/

== 车船税申报|QT|S|NL|0/0
net
law 《中华人民共和国车船税法》|第一条|在中华人民共和国境内属于本法所附《车船税税目税额表》规定的车辆、船舶的所有人或者管理人，为车船税的纳税人。
law 《中华人民共和国车船税法》|第六条|从事机动车第三者责任强制保险业务的保险机构为机动车车船税的扣缴义务人，应当在收取保险费时依法代收车船税。
if 车辆、船舶的所有人或管理人，未由保险机构代收代缴车船税的
m 车船税税源明细表|电|表
m 车辆行驶证或船舶登记证书|复|
out 车船税完税凭证

== 个人出租房屋税费申报|QT|S|N|0/0
short 房屋出租纳税
net
law 《中华人民共和国个人所得税法》|第二条|财产租赁所得应当缴纳个人所得税。
law 《中华人民共和国房产税暂行条例》|第三条|房产出租的，以房产租金收入为房产税的计税依据。
if 个人出租住房或非住房取得租金收入
m 房屋租赁合同|复|
m 出租人身份证件|@公安机关
m $cqzs|复
out 完税凭证
q 个人出租住房税负多少？|按现行政策，个人出租住房减按1.5%征收增值税（月租金不超过10万元的小规模纳税人免征），房产税减按4%征收，个人所得税按规定计算，可以申请代开发票时一并缴纳。

@wsjkwyh
sec 人口家庭股
== 免费婚前医学检查|GG|S|N|0/0
short 婚检
law 《中华人民共和国母婴保健法》|第七条|医疗保健机构应当为公民提供婚前保健服务。
law 《中华人民共和国母婴保健法》|第十二条|男女双方在结婚登记时，应当持有婚前医学检查证明或者医学鉴定证明。
if 准备结婚的男女双方，自愿参加婚前医学检查
m 双方身份证件|@公安机关
out 婚前医学检查证明
addr 平顶山高新区妇幼保健院婚检门诊（婚姻登记处同址设置婚育服务窗口）
q 婚检要收费吗？|本区户籍的新婚夫妇可以免费参加婚前医学检查。

== 免费孕前优生健康检查|GG|S|N|0/0
short 孕前检查
law 《中华人民共和国母婴保健法》|第十四条|医疗保健机构应当为育龄妇女和孕产妇提供孕产期保健服务。
law 《国家卫生计生委办公厅关于做好国家免费孕前优生健康检查项目工作的通知》|第一部分|为符合条件的计划怀孕夫妇提供免费孕前优生健康检查服务。
if 本区户籍或常住、计划怀孕的夫妇
m 夫妻双方身份证件|@公安机关
m 结婚证|@婚姻登记机关
out 孕前优生健康检查结果和咨询指导
addr 平顶山高新区妇幼保健院孕前优生门诊

@jyj
sec 基础教育股
== 中小学生{}|GG|P|N|10/5|N=休学 O=复学
short 休学复学
law 《中小学生学籍管理办法》|第十六条|学生因病需要休学的，由学生父母或其他监护人提出申请，学校审核同意后，由学校在电子学籍系统中办理相关手续，并报学籍主管部门备案。
if 学生因病或其他原因需要休学[N]
if 休学期满或休学原因消除，申请复学[O]
m 休学（复学）申请表|表|#监护人签字
m 医疗机构诊断证明|复|?因病休学或病愈复学的
out 休学（复学）办理结果

@nyncj
sec 农业综合股
== 农村集体经济组织登记赋码|QR|P|L|15/5
law 《中华人民共和国农村集体经济组织法》|第六条|农村集体经济组织依照本法登记，取得特别法人资格，依法从事与其履行职能相适应的民事活动。
law 《中华人民共和国农村集体经济组织法》|第二十一条|农村集体经济组织应当向县级人民政府农业农村主管部门办理登记，取得农村集体经济组织登记证书。
if 已完成集体产权制度改革、成员身份确认和章程制定的农村集体经济组织
m 农村集体经济组织登记申请表|表
m 组织章程|
m 成员名册和成员（代表）大会决议|
m 法定代表人身份证件|复|
out 农村集体经济组织登记证书

@slj
sec 水资源管理股
== 计划用水指标核定|QT|P|L|20/10
law 《中华人民共和国水法》|第四十七条|国家对用水实行总量控制和定额管理相结合的制度。
law 《计划用水管理办法》|第八条|用水单位应当在规定时间内向管理机关提出下一年度计划用水建议。
if 纳入计划用水管理的取用水单位
m 计划用水申请表|表
m 上一年度用水情况说明|
out 年度计划用水指标

@qxj
sec 防雷减灾科
== 气象信息服务单位备案|BA|S|L|10/0
net
law 《气象信息服务管理办法》|第六条|气象信息服务单位应当在开展气象信息服务业务后三十日内，通过气象信息服务单位备案系统向所在地的省、自治区、直辖市气象主管机构备案。
if 在本区开展气象信息服务的单位
m 气象信息服务单位备案表|电|表
m $yyzz
out 备案回执

@gdgs
sec 营销服务班
== 居民峰谷分时电价申请|GG|S|N|3/0
short 峰谷电价
net
visits 0
law 《中华人民共和国电力法》|第四十一条|国家实行分类电价和分时电价。分类标准和分时办法由国务院确定。
if 本区执行居民生活电价、使用智能电能表的居民用户
m 户主有效身份证件|@公安机关
out 电价执行方式变更结果
url https://www.95598.cn/

== 临时用电申请|GG|P|NL|10/5
short 工地临时用电
site
law 《供电营业规则》|第十二条|对基建工地、农田水利、市政建设等非永久性用电，可供给临时电源。临时用电期限除经供电企业准许外，一般不得超过六个月。
if 基建工地、市政建设、临时活动等非永久性用电
m 临时用电申请书|表
m 用电人主体资格证明|复|
m 施工许可或活动批准文件|复|
out 临时供电方案和装表接电
url https://www.95598.cn/

@csglhzhzfj
sec 市政公用股
== 改动市政燃气设施审批|XK|P|L|20/10
law 《城镇燃气管理条例》|第三十八条|燃气用户及相关单位和个人不得擅自改动市政燃气设施。建设工程施工范围内有地下燃气管线等重要燃气设施的，建设单位应当会同施工单位与管道燃气经营者共同制定燃气设施保护方案。……改动市政燃气设施，应当制定改动方案，报县级以上地方人民政府燃气管理部门批准。
if 因工程建设确需改动市政燃气设施，已与燃气经营者共同制定改动方案
m 改动市政燃气设施申请书|表
m 改动方案及安全保障措施|
m 燃气经营者意见|
site

@mzj
sec 镇（街道）社会事务办
== 社区养老服务驿站服务登记|GG|S|N|0/0
short 社区养老服务
lv T street
law 《中华人民共和国老年人权益保障法》|第三十七条|地方各级人民政府和有关部门应当采取措施，发展城乡社区养老服务，鼓励、扶持专业服务机构及其他组织和个人，为居家的老年人提供生活照料、紧急救援、医疗护理、精神慰藉、心理咨询等多种形式的服务。
if 皇台街道辖区内有助餐、助浴、日间照料等需求的老年人
m 老年人身份证件|@公安机关
m 紧急联系人信息|#填写在服务登记表中
out 服务登记

@rlzyhshbzj
sec 镇（街道）劳动保障所
== 公益性岗位安置申请受理|JF|R|N|20/10
short 公益性岗位申请
lv T town,street
dsec 人社局公共就业服务中心
law 《中华人民共和国就业促进法》|第五十三条|政府投资开发的公益性岗位，应当优先安排符合岗位要求的就业困难人员。被安排在公益性岗位工作的，按照国家规定给予岗位补贴。
if 本镇（街道）已认定的就业困难人员，有就业意愿和劳动能力
m 公益性岗位申请表|表
m $sfz
m 就业困难人员认定证明|复|#能通过系统核验的免于提交
out 岗位安置结果

== 城乡居民养老保险困难群体代缴申请受理|QR|R|N|20/10
short 养老保险费代缴
lv T town,street
dsec 人社局社会保险中心
law 《人力资源社会保障部 财政部关于进一步完善城乡居民基本养老保险政策的意见》|第二部分|对低保对象、特困人员、返贫致贫人口、重度残疾人等缴费困难群体，地方人民政府为其代缴部分或全部最低缴费档次养老保险费。
if 本镇（街道）参加城乡居民养老保险的低保对象、特困人员、重度残疾人等缴费困难群体
m 代缴申请表|表
m $sfz
m 困难身份证明|复|#能通过部门共享核验的免于提交
out 代缴资格确认结果

@cjrlhh
sec 镇（街道）残联
== 残疾人就业服务登记|GG|S|N|0/0
short 残疾人求职登记
lv T town,street
law 《残疾人就业条例》|第二十条|地方各级人民政府应当加强对残疾人就业服务的指导，残疾人就业服务机构应当免费为残疾人就业提供服务。
if 本镇（街道）有就业意愿的就业年龄段持证残疾人
m 残疾人证|复|@残疾人联合会
m 本人身份证件|@公安机关
out 求职登记及岗位推荐
""";

}

/** The curated tables in reading order; {@link T00} holds shared definitions and must come first. */
final class Tables {

	static final String[] ALL = { T00.TEXT, T01.TEXT, T02.TEXT, T03.TEXT, T04.TEXT, T05.TEXT, T06.TEXT, T07.TEXT,
			T08.TEXT, T09.TEXT, T10.TEXT, T11.TEXT, T12.TEXT, T13.TEXT, T14.TEXT, T15.TEXT, T16.TEXT, T17.TEXT,
			T18.TEXT };

	private Tables() {
	}

}
