package gov.maservice.catalog.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import gov.maservice.platform.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Decodes an import file without ever guessing: a byte-order mark names UTF-8 or UTF-16;
 * without one the file must be valid UTF-8, else valid GB18030 (what Excel and WPS on
 * Chinese Windows save, a superset of GBK). Every decoder reports malformed input instead
 * of replacing it, so text that does not decode cleanly is refused with the line it is on
 * and never stored as replacement characters.
 */
final class ImportEncoding {

	/** GB18030, the national standard encoding and a superset of GBK/GB2312. */
	static final Charset GB18030 = Charset.forName("GB18030");

	private ImportEncoding() {
	}

	/**
	 * The text of an import file, without a byte-order mark.
	 * @param bytes the file
	 * @return the text
	 * @throws ErrorResponseException 400 naming the first line that does not decode
	 */
	static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (by its byte-order mark)");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (by its byte-order mark)");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (by its byte-order mark)");
		}
		Decoded utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
		if (utf8.text() != null) {
			return utf8.text();
		}
		Decoded gb18030 = tryDecode(bytes, 0, GB18030);
		if (gb18030.text() != null) {
			return gb18030.text();
		}
		throw invalid(
				"The file is neither UTF-8 nor GB18030/GBK: line " + line(bytes, 0, utf8.errorAt())
						+ " is not valid UTF-8 and line " + line(bytes, 0, gb18030.errorAt())
						+ " is not valid GB18030. Save it as UTF-8 (CSV UTF-8 in Excel and WPS) and import it again",
				line(bytes, 0, utf8.errorAt()));
	}

	private static String strict(byte[] bytes, int start, Charset charset, String name) {
		Decoded decoded = tryDecode(bytes, start, charset);
		if (decoded.text() == null) {
			int line = line(bytes, start, decoded.errorAt());
			throw invalid("The file is marked as " + name + " but line " + line + " is not valid " + charset.name(),
					line);
		}
		return decoded.text();
	}

	private static Decoded tryDecode(byte[] bytes, int start, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		// No charset used here yields more chars than bytes (surrogate pairs come from 4
		// bytes).
		CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			return new Decoded(null, in.position());
		}
		String text = out.flip().toString();
		return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, -1);
	}

	/**
	 * The 1-based line of a byte offset. UTF-16 lines are counted on its code units;
	 * UTF-8 and GB18030 never use the byte of a line feed inside another character.
	 */
	private static int line(byte[] bytes, int start, int offset) {
		int line = 1;
		boolean utf16 = start == 2;
		for (int i = start; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n' && (!utf16 || isUtf16LineFeed(bytes, i))) {
				line++;
			}
		}
		return line;
	}

	private static boolean isUtf16LineFeed(byte[] bytes, int i) {
		boolean bigEndian = (bytes[0] & 0xFF) == 0xFE;
		int unitStart = i - ((i - 2) % 2);
		int high = bigEndian ? unitStart : unitStart + 1;
		int low = bigEndian ? unitStart + 1 : unitStart;
		return low == i && high < bytes.length && bytes[high] == 0;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static ErrorResponseException invalid(String detail, int line) {
		ErrorResponseException problem = Problems.of(HttpStatus.BAD_REQUEST, "import-encoding",
				"Import file not decodable", detail);
		problem.getBody().setProperty("line", line);
		return problem;
	}

	private record Decoded(String text, int errorAt) {
	}

}
