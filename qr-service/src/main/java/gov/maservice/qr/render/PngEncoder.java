package gov.maservice.qr.render;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import com.google.zxing.common.BitMatrix;

/**
 * A minimal PNG writer for QR codes. A bare code is written as a 1-bit indexed image
 * (palette of background and foreground): one bit per pixel, each module row built once
 * and copied for every pixel row of the module, then deflated with a per-thread
 * {@link Deflater}. That is about 30× less data than the RGB image ImageIO would write
 * and is what lets one core write thousands of codes per second. Captioned images
 * (anti-aliased text) are written as 8-bit RGB.
 */
public final class PngEncoder {

	/** Fewest pixels per module of a raster code. */
	public static final int MIN_SCALE = 2;

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal
		.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION));

	private static final ThreadLocal<byte[]> DEFLATE_BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

	private PngEncoder() {
	}

	/**
	 * Writes a code as a {@code size}×{@code size} 1-bit PNG. Modules are scaled by a
	 * whole number of pixels (sharp edges) and the symbol is centred, so the quiet zone
	 * is at least {@code margin} modules.
	 * @throws IllegalArgumentException when {@code size} cannot hold the symbol at one
	 * pixel per module with its margin
	 */
	public static byte[] bitmap(BitMatrix matrix, int margin, int size, Rgb foreground, Rgb background) {
		int n = matrix.getWidth();
		int scale = moduleScale(n, margin, size);
		int offset = (size - n * scale) / 2;
		int stride = ((size + 7) >>> 3) + 1;
		byte[] raw = new byte[stride * size];
		for (int my = 0; my < n; my++) {
			int rowStart = (offset + my * scale) * stride;
			int mx = 0;
			while (mx < n) {
				if (!matrix.get(mx, my)) {
					mx++;
					continue;
				}
				int end = mx + 1;
				while (end < n && matrix.get(end, my)) {
					end++;
				}
				setBits(raw, rowStart + 1, offset + mx * scale, offset + end * scale);
				mx = end;
			}
			for (int r = 1; r < scale; r++) {
				System.arraycopy(raw, rowStart, raw, rowStart + r * stride, stride);
			}
		}
		byte[] palette = { (byte) background.red(), (byte) background.green(), (byte) background.blue(),
				(byte) foreground.red(), (byte) foreground.green(), (byte) foreground.blue() };
		return png(size, size, 1, 3, palette, raw);
	}

	/** Writes packed ARGB pixels (alpha ignored) as an 8-bit RGB PNG. */
	public static byte[] rgb(int[] pixels, int width, int height) {
		int stride = width * 3 + 1;
		byte[] raw = new byte[stride * height];
		for (int y = 0; y < height; y++) {
			int out = y * stride + 1;
			int in = y * width;
			for (int x = 0; x < width; x++) {
				int pixel = pixels[in + x];
				raw[out++] = (byte) (pixel >> 16);
				raw[out++] = (byte) (pixel >> 8);
				raw[out++] = (byte) pixel;
			}
		}
		return png(width, height, 8, 2, null, raw);
	}

	/**
	 * Pixels per module for a symbol of {@code n} modules plus margins in {@code size}
	 * pixels. At least two: at one pixel per module common decoders (ZXing among them)
	 * miss codes.
	 */
	public static int moduleScale(int n, int margin, int size) {
		int scale = size / (n + 2 * margin);
		if (scale < MIN_SCALE) {
			throw new IllegalArgumentException("size " + size + " is too small for this code: it has "
					+ (n + 2 * margin) + " modules with its quiet zone and needs at least "
					+ MIN_SCALE * (n + 2 * margin) + " px");
		}
		return scale;
	}

	private static void setBits(byte[] row, int rowOffset, int from, int to) {
		int x = from;
		while (x < to && (x & 7) != 0) {
			row[rowOffset + (x >>> 3)] |= (byte) (0x80 >>> (x & 7));
			x++;
		}
		if (to - x >= 8) {
			int fullBytes = (to - x) >>> 3;
			int start = rowOffset + (x >>> 3);
			Arrays.fill(row, start, start + fullBytes, (byte) 0xFF);
			x += fullBytes << 3;
		}
		while (x < to) {
			row[rowOffset + (x >>> 3)] |= (byte) (0x80 >>> (x & 7));
			x++;
		}
	}

	private static byte[] png(int width, int height, int bitDepth, int colourType, byte[] palette, byte[] raw) {
		byte[] compressed = deflate(raw);
		int length = SIGNATURE.length + 25 + ((palette != null) ? 12 + palette.length : 0) + 12 + compressed.length
				+ 12;
		Output out = new Output(length);
		out.bytes(SIGNATURE, SIGNATURE.length);
		byte[] header = new byte[13];
		putInt(header, 0, width);
		putInt(header, 4, height);
		header[8] = (byte) bitDepth;
		header[9] = (byte) colourType;
		out.chunk("IHDR", header, header.length);
		if (palette != null) {
			out.chunk("PLTE", palette, palette.length);
		}
		out.chunk("IDAT", compressed, compressed.length);
		out.chunk("IEND", new byte[0], 0);
		return out.buffer;
	}

	private static byte[] deflate(byte[] raw) {
		Deflater deflater = DEFLATER.get();
		byte[] buffer = DEFLATE_BUFFER.get();
		deflater.reset();
		deflater.setInput(raw);
		deflater.finish();
		int length = 0;
		while (!deflater.finished()) {
			if (length == buffer.length) {
				buffer = Arrays.copyOf(buffer, buffer.length * 2);
				DEFLATE_BUFFER.set(buffer);
			}
			length += deflater.deflate(buffer, length, buffer.length - length);
		}
		return Arrays.copyOf(buffer, length);
	}

	private static void putInt(byte[] target, int offset, int value) {
		target[offset] = (byte) (value >>> 24);
		target[offset + 1] = (byte) (value >>> 16);
		target[offset + 2] = (byte) (value >>> 8);
		target[offset + 3] = (byte) value;
	}

	private static final class Output {

		private final byte[] buffer;

		private int position;

		Output(int length) {
			this.buffer = new byte[length];
		}

		void bytes(byte[] data, int length) {
			System.arraycopy(data, 0, this.buffer, this.position, length);
			this.position += length;
		}

		void chunk(String type, byte[] data, int length) {
			putInt(this.buffer, this.position, length);
			this.position += 4;
			int typeStart = this.position;
			for (int i = 0; i < 4; i++) {
				this.buffer[this.position++] = (byte) type.charAt(i);
			}
			bytes(data, length);
			CRC32 crc = new CRC32();
			crc.update(this.buffer, typeStart, 4 + length);
			putInt(this.buffer, this.position, (int) crc.getValue());
			this.position += 4;
		}

	}

}
