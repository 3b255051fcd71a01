package gov.maservice.qr.poster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything printed on a poster. Its fingerprint is the poster's ETag and cache key: a
 * renamed item or department changes it, so the next request renders afresh, while the
 * short links in it stay the same.
 *
 * @param title department or locality name (header)
 * @param subtitle line under the header
 * @param footer left footer text (district)
 * @param entries the codes in print order
 */
public record PosterContent(String title, String subtitle, String footer, List<Entry> entries) {

	/** Bump when the layout changes, so that cached posters get new ETags. */
	static final String LAYOUT_VERSION = "poster-1";

	public PosterContent {
		entries = List.copyOf(entries);
	}

	/**
	 * Hex SHA-256 of the content and the paper; equal fingerprints mean identical PDFs.
	 */
	String fingerprint(Paper paper) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, LAYOUT_VERSION);
			update(digest, paper.name());
			update(digest, this.title);
			update(digest, this.subtitle);
			update(digest, this.footer);
			for (Entry entry : this.entries) {
				update(digest, entry.url());
				update(digest, entry.name());
				update(digest, entry.code());
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void update(MessageDigest digest, String value) {
		digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	/**
	 * One captioned code.
	 *
	 * @param url the short link the code encodes
	 * @param name caption line(s): the Chinese name
	 * @param code caption last line: the item, department or locality code
	 */
	public record Entry(String url, String name, String code) {
	}

}
