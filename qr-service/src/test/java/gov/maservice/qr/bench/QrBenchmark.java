package gov.maservice.qr.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * new token). Run: {@code mvn -B -o -q -pl qr-service -Pbench test-compile exec:java};
 * results go to stdout.
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
		System.out.printf(Locale.ROOT, "java %s, %d available processors, %s%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
		SplittableRandom random = new SplittableRandom(42);

		throughput("PNG 256 px, ecc M, 1-bit, cold", seconds, () -> {
			BitMatrix matrix = QrEncoder.encode(BASE + token(random), ErrorCorrection.M, false);
			return PngEncoder.bitmap(matrix, 4, 256, Rgb.BLACK, Rgb.WHITE).length;
		});
		throughput("SVG, ecc M, cold", seconds, () -> {
			BitMatrix matrix = QrEncoder.encode(BASE + token(random), ErrorCorrection.M, false);
			return SvgEncoder.svg(matrix, 4, 256, Rgb.BLACK, Rgb.WHITE, null).length();
		});
		throughput("encode only (ZXing, ecc M), for reference", seconds,
				() -> QrEncoder.encode(BASE + token(random), ErrorCorrection.M, false).getWidth());
		throughput("naive: ZXing writer + ImageIO RGB PNG 256 px", seconds, () -> {
			try {
				BitMatrix matrix = new QRCodeWriter().encode(BASE + token(random), BarcodeFormat.QR_CODE, 256, 256);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageIO.write(MatrixToImageWriter.toBufferedImage(matrix), "png", out);
				return out.size();
			}
			catch (WriterException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		throughput("PNG 1024 px, ecc H + centre mark, cold", seconds, () -> {
			BitMatrix matrix = QrEncoder.encode(BASE + token(random), ErrorCorrection.H, true);
			return PngEncoder.bitmap(matrix, 4, 1024, Rgb.BLACK, Rgb.WHITE).length;
		});

		PosterRenderer renderer = new PosterRenderer(new CjkFont(fontPath));
		District district = District.generate(new SplittableRandom(7));
		PosterContent largest = district.departments.get(0);
		long start = System.nanoTime();
		byte[] first = renderer.render(largest, Paper.A4);
		double coldMs = (System.nanoTime() - start) / 1e6;
		int runs = 5;
		start = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			renderer.render(largest, Paper.A4);
		}
		double warmMs = (System.nanoTime() - start) / 1e6 / runs;
		System.out.printf(Locale.ROOT,
				"poster, largest department (%d codes, %d A4 pages): first %.0f ms, then %.0f ms each, %d KB%n",
				largest.entries().size(), (largest.entries().size() + 11) / 12, coldMs, warmMs, first.length / 1024);

		List<PosterZipWriter.NamedPoster> all = new ArrayList<>();
		district.departments
			.forEach((content) -> all.add(new PosterZipWriter.NamedPoster(content.title() + ".pdf", () -> content)));
		district.localities
			.forEach((content) -> all.add(new PosterZipWriter.NamedPoster(content.title() + ".pdf", () -> content)));
		CountingStream out = new CountingStream();
		start = System.nanoTime();
		PosterZipWriter.write(all, Paper.A4, renderer, out, (done) -> {
		});
		double exportSeconds = (System.nanoTime() - start) / 1e9;
		int codes = all.stream().mapToInt((poster) -> poster.content().get().entries().size()).sum();
		System.out.printf(Locale.ROOT,
				"bulk export: %d posters (%d departments, %d localities), %d codes for 1009 items, %.1f s, ZIP %.1f MB%n",
				all.size(), district.departments.size(), district.localities.size(), codes, exportSeconds,
				out.count / 1e6);
	}

	private static void throughput(String name, double seconds, IntSupplier work) {
		long sink = 0;
		long warmupEnd = System.nanoTime() + (long) (seconds * 0.4e9);
		while (System.nanoTime() < warmupEnd) {
			sink += work.getAsInt();
		}
		int count = 0;
		long bytes = 0;
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		while (System.nanoTime() < end) {
			bytes += work.getAsInt();
			count++;
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "%-45s %,8.0f /s  (%d in %.1f s, avg %d bytes)%s%n", name, count / elapsed,
				count, elapsed, bytes / Math.max(1, count), (sink == 42) ? " " : "");
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
