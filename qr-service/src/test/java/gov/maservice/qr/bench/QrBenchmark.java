package gov.maservice.qr.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import gov.maservice.qr.font.CjkFont;
import gov.maservice.qr.poster.Paper;
import gov.maservice.qr.poster.PosterContent;
import gov.maservice.qr.poster.PosterRenderer;
import gov.maservice.qr.poster.PosterZipWriter;
import gov.maservice.qr.render.ErrorCorrection;
import gov.maservice.qr.render.PngEncoder;
import gov.maservice.qr.render.QrEncoder;
import gov.maservice.qr.render.Rgb;
import gov.maservice.qr.render.SvgEncoder;

/**
 * Rendering benchmarks without Spring, store or broker: the same encoder, writers and
 * poster renderer the service uses, on generated data shaped like the district (1009
 * items in 25 departments, 2 + 30 localities). Single thread, cold renders (every image a
 * new token); every line measured in each of several rounds (warm-up first) and the
 * median reported. Run: {@code bench/qr-render.sh}; prints a Markdown table.
 */
public final class QrBenchmark {

	private static final String BASE = "https://fw.example.gov.cn/q/";

	private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

	private static final String[] NAMES = { "食品经营许可（新办）", "个体工商户设立登记", "城乡居民基本养老保险参保登记", "最低生活保障待遇申请审核确认", "出生医学证明办理",
			"建设工程规划许可证核发", "不动产首次登记", "残疾人证办理", "临时救助申请", "道路运输经营许可（变更）", "医疗机构执业登记", "住房公积金提取" };

	private QrBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path fontPath = Path.of(System.getProperty("qr.font-path", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
		double seconds = Double.parseDouble(System.getProperty("bench.seconds", "5"));
		int rounds = Integer.getInteger("bench.rounds", 3);
		System.err.printf(Locale.ROOT, "java %s, %d available processors, %s%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
		SplittableRandom random = new SplittableRandom(42);
		PosterRenderer renderer = new PosterRenderer(new CjkFont(fontPath));
		District district = District.generate(new SplittableRandom(7));
		PosterContent largest = district.departments.get(0);
		List<PosterZipWriter.NamedPoster> all = new ArrayList<>();
		district.departments
			.forEach((content) -> all.add(new PosterZipWriter.NamedPoster(content.title() + ".pdf", () -> content)));
		district.localities
			.forEach((content) -> all.add(new PosterZipWriter.NamedPoster(content.title() + ".pdf", () -> content)));
		int codes = all.stream().mapToInt((poster) -> poster.content().get().entries().size()).sum();

		Map<String, List<Double>> results = new LinkedHashMap<>();
		Map<String, String> units = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			measure(results, units, "PNG 256 px, level M, 1-bit (cold: a new token each)", "images/s",
					throughput(seconds, () -> {
						BitMatrix matrix = QrEncoder.encode(BASE + token(random), ErrorCorrection.M, false);
						return PngEncoder.bitmap(matrix, 4, 256, Rgb.BLACK, Rgb.WHITE).length;
					}));
			measure(results, units, "SVG, level M (cold)", "images/s", throughput(seconds, () -> {
				BitMatrix matrix = QrEncoder.encode(BASE + token(random), ErrorCorrection.M, false);
				return SvgEncoder.svg(matrix, 4, 256, Rgb.BLACK, Rgb.WHITE, null).length();
			}));
			measure(results, units, "ZXing encode only, level M (reference)", "codes/s", throughput(seconds,
					() -> QrEncoder.encode(BASE + token(random), ErrorCorrection.M, false).getWidth()));
			measure(results, units, "naive: ZXing writer + ImageIO RGB PNG 256 px (reference)", "images/s",
					throughput(seconds, () -> {
						try {
							BitMatrix matrix = new QRCodeWriter().encode(BASE + token(random), BarcodeFormat.QR_CODE,
									256, 256);
							ByteArrayOutputStream out = new ByteArrayOutputStream();
							ImageIO.write(MatrixToImageWriter.toBufferedImage(matrix), "png", out);
							return out.size();
						}
						catch (WriterException | IOException ex) {
							throw new IllegalStateException(ex);
						}
					}));
			measure(results, units, "PNG 1024 px, level H + centre mark (cold)", "images/s", throughput(seconds, () -> {
				BitMatrix matrix = QrEncoder.encode(BASE + token(random), ErrorCorrection.H, true);
				return PngEncoder.bitmap(matrix, 4, 1024, Rgb.BLACK, Rgb.WHITE).length;
			}));
			long start = System.nanoTime();
			renderer.render(largest, Paper.A4);
			measure(results, units,
					"poster of the largest department (" + largest.entries().size() + " codes, "
							+ ((largest.entries().size() + 11) / 12) + " A4 pages), first of the round",
					"ms", (System.nanoTime() - start) / 1e6);
			start = System.nanoTime();
			renderer.render(largest, Paper.A4);
			measure(results, units, "the same poster again", "ms", (System.nanoTime() - start) / 1e6);
			CountingStream out = new CountingStream();
			start = System.nanoTime();
			PosterZipWriter.write(all, Paper.A4, renderer, out, (done) -> {
			});
			measure(results, units, "bulk export: " + all.size() + " posters, " + codes + " codes, ZIP", "s",
					(System.nanoTime() - start) / 1e9);
		}
		System.out.println("| what | unit | median | runs |");
		System.out.println("|---|---|---:|---|");
		results.forEach((name, values) -> {
			List<Double> sorted = values.stream().sorted().toList();
			double median = sorted.get(sorted.size() / 2);
			String runs = String.join(" / ", values.stream().map(QrBenchmark::format).toList());
			System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", name, units.get(name), format(median), runs);
		});
	}

	private static void measure(Map<String, List<Double>> results, Map<String, String> units, String name, String unit,
			double value) {
		results.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		units.put(name, unit);
		System.err.printf(Locale.ROOT, "%s: %s %s%n", name, format(value), unit);
	}

	private static String format(double value) {
		return (value >= 100) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
	}

	private static double throughput(double seconds, IntSupplier work) {
		long sink = 0;
		long warmupEnd = System.nanoTime() + (long) (seconds * 0.4e9);
		while (System.nanoTime() < warmupEnd) {
			sink += work.getAsInt();
		}
		int count = 0;
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		while (System.nanoTime() < end) {
			sink += work.getAsInt();
			count++;
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		if (sink == 42) {
			System.err.println();
		}
		return count / elapsed;
	}

	private static String token(SplittableRandom random) {
		char[] token = new char[8];
		for (int i = 0; i < token.length; i++) {
			token[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
		}
		return new String(token);
	}

	/**
	 * 1009 items over 25 departments (Zipf-like sizes) and delegation to 2 + 30
	 * localities.
	 */
	private record District(List<PosterContent> departments, List<PosterContent> localities) {

		static District generate(SplittableRandom random) {
			int departmentCount = 25;
			double[] weights = new double[departmentCount];
			double sum = 0;
			for (int i = 0; i < departmentCount; i++) {
				weights[i] = 1.0 / (i + 1.5);
				sum += weights[i];
			}
			List<PosterContent> departments = new ArrayList<>();
			List<List<PosterContent.Entry>> localityEntries = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				localityEntries.add(new ArrayList<>());
			}
			int item = 0;
			for (int d = 0; d < departmentCount; d++) {
				int size = (d == departmentCount - 1) ? 1009 - item : (int) Math.round(1009 * weights[d] / sum);
				List<PosterContent.Entry> entries = new ArrayList<>();
				entries.add(new PosterContent.Entry(BASE + token(random), "第" + (d + 1) + "部门 全部事项", "dept" + d));
				for (int i = 0; i < size; i++, item++) {
					String code = String.format(Locale.ROOT, "410471-XK%05d-001", item);
					String name = NAMES[random.nextInt(NAMES.length)];
					entries.add(new PosterContent.Entry(BASE + token(random), name, code));
					if (random.nextInt(5) == 0) {
						localityEntries.get(random.nextInt(2))
							.add(new PosterContent.Entry(BASE + token(random), name, code));
						for (int v = 0; v < 3; v++) {
							localityEntries.get(2 + random.nextInt(30))
								.add(new PosterContent.Entry(BASE + token(random), name, code));
						}
					}
				}
				departments.add(new PosterContent("第" + (d + 1) + "部门", "平顶山高新技术产业开发区行政服务中心 · 扫码查看办事指南",
						"平顶山高新技术产业开发区 · 码上服务", entries));
			}
			List<PosterContent> localities = new ArrayList<>();
			for (int l = 0; l < 32; l++) {
				localities.add(
						new PosterContent("村社区" + l, "就近办理 · 扫码查看办事指南", "平顶山高新技术产业开发区 · 码上服务", localityEntries.get(l)));
			}
			return new District(departments, localities);
		}

	}

	private static final class CountingStream extends OutputStream {

		private long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.count += len;
		}

	}

}
