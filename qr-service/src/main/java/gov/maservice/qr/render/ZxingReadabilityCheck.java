package gov.maservice.qr.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.springframework.stereotype.Component;

import gov.maservice.qr.link.ReadabilityCheck;

/**
 * Reads a new short link's code back with ZXing's detector at every level the service
 * prints (L, M, Q, H and H with the centre mark), at four pixels per module. The symbol
 * of a given link and level is the same at every size, so a token that passes here reads
 * at any size. About 10 ms, once per token.
 */
@Component
class ZxingReadabilityCheck implements ReadabilityCheck {

	private static final int SCALE = 4;

	private static final int MARGIN = 4;

	@Override
	public boolean readable(String url) {
		for (ErrorCorrection ecc : ErrorCorrection.values()) {
			if (!readsBack(url, QrEncoder.encode(url, ecc, false))) {
				return false;
			}
		}
		return readsBack(url, QrEncoder.encode(url, ErrorCorrection.H, true));
	}

	private static boolean readsBack(String url, BitMatrix matrix) {
		int n = matrix.getWidth();
		int size = (n + 2 * MARGIN) * SCALE;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
		byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		Arrays.fill(pixels, (byte) 0xFF);
		for (int y = 0; y < n; y++) {
			for (int x = 0; x < n; x++) {
				if (matrix.get(x, y)) {
					for (int dy = 0; dy < SCALE; dy++) {
						int row = ((MARGIN + y) * SCALE + dy) * size + (MARGIN + x) * SCALE;
						Arrays.fill(pixels, row, row + SCALE, (byte) 0);
					}
				}
			}
		}
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		try {
			return url.equals(new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints)
				.getText());
		}
		catch (ReaderException ex) {
			return false;
		}
	}

}
