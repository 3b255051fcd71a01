package gov.maservice.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request as raw bytes over a socket, so no HTTP client normalises, encodes or refuses
 * what a careless or hostile client would really send (a raw {@code {}, a control character, a
 * byte that is not UTF-8, an unknown method). Test use only.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** An answer: status, headers (names lower-cased, last value wins) and the body as UTF-8. */
	public record Response(int status, Map<String, String> headers, String body) {

		/** A header by case-insensitive name, or {@code null}. */
		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public String toString() {
			return this.status + " " + this.headers + " " + this.body;
		}

	}

	/** A request line, headers and optional body; adds {@code Host} and {@code Connection: close}. */
	public static Response send(int port, String method, String target, Map<String, String> headers, byte[] body) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		write(request, method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n");
		headers.forEach((name, value) -> write(request, name + ": " + value + "\r\n"));
		if (body != null) {
			write(request, "Content-Length: " + body.length + "\r\n");
		}
		write(request, "\r\n");
		if (body != null) {
			request.writeBytes(body);
		}
		return send(port, request.toByteArray());
	}

	/** A GET of a raw target (written byte for byte as ISO-8859-1 chars). */
	public static Response get(int port, String target) {
		return send(port, "GET", target, Map.of(), null);
	}

	/** Exactly these bytes; reads the answer until the server closes the connection. */
	public static Response send(int port, byte[] request) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(15000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (java.net.SocketException ex) {
				// the server answered (413, 431) and closed before reading everything: read its answer
			}
			return read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Response read(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) >= 0;) {
				bytes.write(buffer, 0, n);
				if (complete(bytes.toByteArray())) {
					break;
				}
			}
		}
		catch (SocketTimeoutException | java.net.SocketException ex) {
			// the server may reset after answering; what was read is the answer
		}
		String text = bytes.toString(StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("No HTTP answer: '" + text + "'");
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
		}
		byte[] raw = bytes.toByteArray();
		byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	/** Whether a full answer with a Content-Length has arrived (so keep-alive servers need not close). */
	private static boolean complete(byte[] raw) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			return false;
		}
		for (String line : text.substring(0, end).split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				return raw.length >= end + 4 + Integer.parseInt(line.substring(15).trim());
			}
		}
		return false;
	}

	private static byte[] dechunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String text = new String(body, StandardCharsets.ISO_8859_1);
		int position = 0;
		while (position < text.length()) {
			int lineEnd = text.indexOf("\r\n", position);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(text.substring(position, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
			position = lineEnd + 2 + size + 2;
		}
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

}
