package gov.maservice.qr.render;

import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * Encodes a short link into the QR symbol's modules with ZXing, without a quiet zone:
 * PNG, SVG and PDF writers each add their own margin and scale, so all three draw exactly
 * the same modules.
 * <p>
 * The optional centre mark clears a square of about 22 % of the symbol's width (about 5 %
 * of its area) and draws a one-module hollow frame in it, aligned to the module grid so
 * it stays crisp in vector output. A hollow frame cannot be mistaken for a finder pattern
 * (1:1:3:1:1), and level H restores the cleared modules with a wide margin.
 */
public final class QrEncoder {

	private QrEncoder() {
	}

	/**
	 * @param text what the code holds (a short link)
	 * @param ecc error correction; ignored (H) when {@code centreMark} is set
	 * @param centreMark whether to clear the centre for a mark
	 * @return the symbol's modules, {@code true} = dark
	 */
	public static BitMatrix encode(String text, ErrorCorrection ecc, boolean centreMark) {
		QRCode code;
		try {
			code = Encoder.encode(text, (centreMark ? ErrorCorrection.H : ecc).zxing());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + text, ex);
		}
		ByteMatrix modules = code.getMatrix();
		int n = modules.getWidth();
		BitMatrix matrix = new BitMatrix(n, n);
		byte[][] rows = modules.getArray();
		for (int y = 0; y < n; y++) {
			byte[] row = rows[y];
			for (int x = 0; x < n; x++) {
				if (row[x] == 1) {
					matrix.set(x, y);
				}
			}
		}
		if (centreMark) {
			drawCentreMark(matrix);
		}
		return matrix;
	}

	private static void drawCentreMark(BitMatrix matrix) {
		int n = matrix.getWidth();
		int box = Math.max(7, (int) Math.round(n * 0.22)) | 1;
		int start = (n - box) / 2;
		for (int y = 0; y < box; y++) {
			for (int x = 0; x < box; x++) {
				int edge = Math.min(Math.min(x, y), Math.min(box - 1 - x, box - 1 - y));
				if (edge == 1) {
					matrix.set(start + x, start + y);
				}
				else {
					matrix.unset(start + x, start + y);
				}
			}
		}
	}

}
