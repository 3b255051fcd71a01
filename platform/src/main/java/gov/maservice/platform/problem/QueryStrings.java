package gov.maservice.platform.problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks a raw query string the way the container will decode it, before anything reads a
 * parameter: every {@code %} escape complete, the bytes valid UTF-8, and no control
 * character in a parameter name. A query failing this is answered 400 at once instead of
 * failing later wherever the first parameter happens to be read.
 */
final class QueryStrings {

	private QueryStrings() {
	}

	/** What is wrong with the query, or {@code null} when it decodes cleanly. */
	static String problem(String query) {
		if (query == null || query.isEmpty()) {
			return null;
		}
		for (String pair : query.split("&", -1)) {
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			String decodedName = decode(name);
			if (decodedName == null || (equals >= 0 && decode(pair.substring(equals + 1)) == null)) {
				return "The query string has a bad percent-encoding or is not UTF-8";
			}
			for (int i = 0; i < decodedName.length(); i++) {
				if (Character.isISOControl(decodedName.charAt(i))) {
					return "A query parameter name contains a control character";
				}
			}
		}
		return null;
	}

	private static String decode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		byte[] bytes = new byte[text.length()];
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length()) {
					return null;
				}
				int high = Character.digit(text.charAt(i + 1), 16);
				int low = Character.digit(text.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes[length++] = (byte) ((high << 4) + low);
				i += 2;
			}
			else if (c > 0x7f) {
				// raw non-ASCII: the container has already decoded it as UTF-8
				return text;
			}
			else {
				bytes[length++] = (byte) c;
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
