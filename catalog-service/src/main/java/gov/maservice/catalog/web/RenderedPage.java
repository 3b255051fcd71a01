package gov.maservice.catalog.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A page rendered once, ready to be sent many times: the HTML, its gzip form (compressed
 * once here, not per request by the server) and its validators. The gzip form is a
 * different representation, so it carries its own strong ETag.
 *
 * @param html the page
 * @param gzip the page compressed
 * @param etag strong ETag of {@code html}, quoted
 * @param gzipEtag strong ETag of {@code gzip}, quoted
 * @param lastModified when the content last changed, or {@code null} if unknown
 */
record RenderedPage(byte[] html, byte[] gzip, String etag, String gzipEtag, Instant lastModified) {

	/**
	 * @param html the page text
	 * @param prefix readable start of the ETag (e.g. the item revision), or {@code null};
	 * a hash of the content always follows, so anything that changes the page (a new
	 * edition, an uploaded form, a renamed department, a new template) changes the ETag
	 * @param lastModified when the content last changed, or {@code null}
	 */
	static RenderedPage of(String html, String prefix, Instant lastModified) {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		String value = (prefix != null) ? prefix + "-" + contentHash(bytes) : contentHash(bytes);
		return new RenderedPage(bytes, gzip(bytes), "\"" + value + "\"", "\"" + value + "-gz\"", lastModified);
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String contentHash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 10);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
