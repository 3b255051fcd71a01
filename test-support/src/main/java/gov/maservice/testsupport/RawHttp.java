package gov.maservice.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends requests byte for byte over a socket, so no client library normalises or refuses
 * the malformed input under test, and reads the whole answer (the request asks to close).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** An answer: status, headers (lower-case names) and body. */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		/**
		 * Checks the answer is a problem detail of the platform's contract: one of the
		 * statuses, {@code application/problem+json}, {@code type} ending in the slug, a
		 * {@code requestId} equal to the {@code X-Request-Id} header.
		 */
		public Answer assertProblem(String slug, int... statuses) {
			boolean statusMatches = false;
			for (int status : statuses) {
				statusMatches |= (status == this.status);
			}
			String contentType = header("Content-Type");
			String requestId = header("X-Request-Id");
			if (!statusMatches || contentType == null || !contentType.startsWith("application/problem+json")
					|| !this.body.contains("\"type\":\"https://maservice.gov/problems/" + slug + "\"")
					|| requestId == null || !requestId.matches("[A-Za-z0-9._-]{1,64}")
					|| !this.body.contains("\"requestId\":\"" + requestId + "\"")) {
				throw new AssertionError("Expected a '" + slug + "' problem detail with status "
						+ java.util.Arrays.toString(statuses) + " and a request id, got:\n" + this);
			}
			return this;
		}

		@Override
		public String toString() {
			return this.status + " " + this.headers + "\n" + this.body;
		}

	}

	/**
	 * Sends the head (request line and headers, CRLF-separated, without the blank line)
	 * and a body.
	 */
	public static Answer send(int port, String head, byte[] body, boolean halfClose) throws IOException {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.write(head.getBytes(StandardCharsets.ISO_8859_1));
		request.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			request.write(body);
		}
		return sendBytes(port, request.toByteArray(), halfClose);
	}

	/** A GET with {@code Connection: close} and extra header lines. */
	public static Answer get(int port, String target, String... headers) throws IOException {
		StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close");
		for (String header : headers) {
			head.append("\r\n").append(header);
		}
		return send(port, head.toString(), null, false);
	}

	/**
	 * A request line, {@code Host}, {@code Connection: close}, these headers and a body
	 * (with its {@code Content-Length}), sent from 127.0.0.1.
	 */
	public static Answer request(int port, String method, String target, Map<String, String> headers, byte[] body) {
		return request(InetAddress.getLoopbackAddress(), port, method, target, headers, body);
	}

	/**
	 * The same, sent from another loopback address (any of 127.0.0.0/8 on Linux), so that
	 * a test's traffic counts against its own per-address limits, as a stranger's would.
	 */
	public static Answer request(InetAddress from, int port, String method, String target, Map<String, String> headers,
			byte[] body) {
		StringBuilder head = new StringBuilder(
				method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close");
		headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		try {
			if (body != null) {
				head.append("\r\nContent-Length: ").append(body.length);
			}
			request.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			request.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				request.write(body);
			}
			return sendBytes(from, port, request.toByteArray(), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends raw bytes; the server may answer (and close) before it has read them all. */
	public static Answer sendBytes(int port, byte[] request, boolean halfClose) throws IOException {
		return sendBytes(InetAddress.getLoopbackAddress(), port, request, halfClose);
	}

	private static Answer sendBytes(InetAddress from, int port, byte[] request, boolean halfClose) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
				if (halfClose) {
					socket.shutdownOutput();
				}
			}
			catch (SocketException ex) {
				// the server answered early and closed; read what it said
			}
			return parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				all.write(buffer, 0, read);
			}
		}
		catch (SocketException ex) {
			// reset after the answer: keep what arrived
		}
		return all.toByteArray();
	}

	private static Answer parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			return new Answer(-1, Map.of(), text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		String body = text.substring(end + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Answer(status, headers, body);
	}

	private static String unchunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (at < chunked.length()) {
			int lineEnd = chunked.indexOf("\r\n", at);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			// sizes count bytes; the bodies here are ASCII JSON
			body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
			at = lineEnd + 2 + size + 2;
		}
		return body.toString();
	}

}
