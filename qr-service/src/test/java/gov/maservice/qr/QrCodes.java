package gov.maservice.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads codes back in tests: ZXing's reader for PNG, the SVG path parsed back into modules, and
 * {@code zbarimg} (a decoder nobody here wrote) when it is installed.
 */
public final class QrCodes {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) ");

	private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

	private QrCodes() {
	}

	public static String decodePng(byte[] png) {
		try {
			return decode(ImageIO.read(new ByteArrayInputStream(png)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Decodes with ZXing's finder-pattern detector, as a camera image would be read (no
	 * pure-barcode shortcut). The service only mints tokens whose codes this reads.
	 */
	public static String decode(BufferedImage image) {
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		try {
			return read(image, hints);
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			throw new AssertionError("No QR code could be read: " + ex, ex);
		}
	}

	private static String read(BufferedImage image, Map<DecodeHintType, Object> hints)
			throws NotFoundException, ChecksumException, FormatException {
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints)
			.getText();
	}

	/**
	 * Rebuilds the image of an SVG code from its one {@code <path>} of runs (4 px a module, white
	 * background) and decodes it.
	 */
	public static String decodeSvg(String svg) {
		return decode(rasterizeSvg(svg));
	}

	/** Draws the SVG's module runs (4 px a module, white background) into an image. */
	public static BufferedImage rasterizeSvg(String svg) {
		Matcher viewBox = VIEW_BOX.matcher(svg);
		if (!viewBox.find()) {
			throw new AssertionError("No viewBox in " + svg);
		}
		int total = Integer.parseInt(viewBox.group(1));
		int scale = 4;
		BufferedImage image = new BufferedImage(total * scale, total * scale, BufferedImage.TYPE_BYTE_GRAY);
		var graphics = image.createGraphics();
		graphics.setColor(java.awt.Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.setColor(java.awt.Color.BLACK);
		Matcher run = RUN.matcher(svg);
		int runs = 0;
		while (run.find()) {
			int x = Integer.parseInt(run.group(1));
			int y = Integer.parseInt(run.group(2));
			int width = Integer.parseInt(run.group(3));
			graphics.fillRect(x * scale, y * scale, width * scale, scale);
			runs++;
		}
		graphics.dispose();
		if (runs == 0) {
			throw new AssertionError("No module runs in " + svg);
		}
		return image;
	}

	public static boolean toolAvailable(String tool) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, tool))) {
				return true;
			}
		}
		return false;
	}

	/** Runs {@code zbarimg --raw} on image files and returns every decoded text. */
	public static List<String> zbarimg(List<Path> images) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("zbarimg", "-q", "--raw"));
		images.forEach((image) -> command.add(image.toString()));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("zbarimg did not finish");
		}
		return output.lines().filter((line) -> !line.isBlank()).toList();
	}

}
