package gov.maservice.qr.render;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR error correction levels: the share of the symbol that may be damaged (or covered by
 * a centre mark) and still decode. Higher levels make denser codes.
 */
public enum ErrorCorrection {

	/** About 7 % recoverable. */
	L(ErrorCorrectionLevel.L),

	/** About 15 % recoverable; the default, a good balance for clean prints. */
	M(ErrorCorrectionLevel.M),

	/** About 25 % recoverable. */
	Q(ErrorCorrectionLevel.Q),

	/** About 30 % recoverable; forced when a centre mark covers part of the code. */
	H(ErrorCorrectionLevel.H);

	private final ErrorCorrectionLevel level;

	ErrorCorrection(ErrorCorrectionLevel level) {
		this.level = level;
	}

	ErrorCorrectionLevel zxing() {
		return this.level;
	}

}
