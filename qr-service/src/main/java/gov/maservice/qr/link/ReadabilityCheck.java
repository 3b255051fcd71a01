package gov.maservice.qr.link;

/**
 * Decides whether a freshly drawn token makes a code that decoders read reliably. A few
 * QR symbols (about 1 in 400 random short links) contain module patterns that some
 * finder-pattern detectors, ZXing's among them, fail to locate at any size, although the
 * symbol is valid. A token is printed for years, so minting draws another token rather
 * than risk one of those.
 */
public interface ReadabilityCheck {

	/** Accepts every token; used when no check is configured. */
	ReadabilityCheck NONE = (url) -> true;

	/**
	 * @param url the short link the code will hold
	 * @return whether codes of it read back at every error-correction level
	 */
	boolean readable(String url);

}
