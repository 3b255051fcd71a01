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
 * Reads codes back in tests: ZXing's reader for PNG, the SVG path parsed back into
 * modules, and {@code zbarimg} (a decoder nobody here wrote) when it is installed.
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
	 * Rebuilds the image of an SVG code from its one {@code <path>} of runs (4 px a
	 * module, white background) and decodes it.
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

	/**
	 * Decodes every code on poster pages the way people scan them: one code at a time.
	 * zbarimg reading a whole page of twelve codes at once can miss one that it reads at
	 * once when it is framed alone (as a phone frames it), so each page is also cut into
	 * overlapping tiles, half a page wide and a third of a page high, stepped so that any
	 * code up to a third of the page wide and a quarter high lies wholly inside at least
	 * one tile.
	 * @param pages page images
	 * @return the distinct decoded texts
	 */
	public static List<String> zbarimgOneCodeAtATime(List<Path> pages) throws IOException, InterruptedException {
		List<Path> images = new ArrayList<>(pages);
		for (Path page : pages) {
			BufferedImage image = ImageIO.read(page.toFile());
			int width = image.getWidth();
			int height = image.getHeight();
			int tileWidth = width / 2;
			int tileHeight = height / 3;
			int stepX = width / 6;
			int stepY = height / 12;
			for (int y = 0; y + tileHeight <= height; y += stepY) {
				for (int x = 0; x + tileWidth <= width; x += stepX) {
					Path tile = page.resolveSibling(page.getFileName() + "-tile-" + x + "-" + y + ".png");
					ImageIO.write(image.getSubimage(x, y, tileWidth, tileHeight), "png", tile.toFile());
					images.add(tile);
				}
			}
		}
		return zbarimg(images).stream().distinct().toList();
	}

}
