package gov.maservice.platform.problem;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import gov.maservice.platform.requestid.ReactiveRequestIdFilter;

/**
 * Refuses, as a 4xx problem detail and before any security or routing runs, the request
 * lines no service of ours ever needs and whose handling downstream differs from service
 * to service (and once made a backend answer 500 and trip the gateway's circuit breaker):
 * {@code TRACE}; a path with an encoded slash, backslash or NUL, a {@code ;} or a control
 * character; bad percent-encoding or bytes that are not UTF-8 in the path or query; a
 * control character in a query parameter name, or in a value other than tab and line
 * breaks.
 */
public class MalformedRequestFilter implements WebFilter, Ordered {

	/**
	 * After the request id, so the refusal carries it, and after room for an access log
	 * that should see refusals too.
	 */
	public static final int ORDER = ReactiveRequestIdFilter.ORDER + 10;

	private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

	private final ReactiveProblemWriter writer;

	public MalformedRequestFilter(ReactiveProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (HttpMethod.TRACE.equals(exchange.getRequest().getMethod())) {
			return refuse(exchange, HttpStatus.METHOD_NOT_ALLOWED, "TRACE is not supported",
					Map.of(HttpHeaders.ALLOW, "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"));
		}
		String problem = problemWithPath(exchange.getRequest().getURI().getRawPath());
		if (problem == null) {
			problem = problemWithQuery(exchange.getRequest().getURI().getRawQuery());
		}
		if (problem != null) {
			return refuse(exchange, HttpStatus.BAD_REQUEST, problem, Map.of());
		}
		return chain.filter(exchange);
	}

	private Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String detail,
			Map<String, String> headers) {
		log.debug("Refused malformed request {} {}: {}", exchange.getRequest().getMethod(),
				exchange.getRequest().getURI().getRawPath(), detail);
		return this.writer.write(exchange, status, detail, headers);
	}

	/** Why a raw (still percent-encoded) path is refused, or {@code null}. */
	static String problemWithPath(String rawPath) {
		if (rawPath == null) {
			return null;
		}
		if (rawPath.indexOf(';') >= 0) {
			return "The path must not contain ';'";
		}
		String path = decode(rawPath, false);
		if (path == null) {
			return "The path is not validly percent-encoded UTF-8";
		}
		if (path.length() != countDecodedSlashes(rawPath, path)) {
			return "The path must not contain an encoded '/'";
		}
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '\\') {
				return "The path must not contain a backslash";
			}
			if (Character.isISOControl(c)) {
				return "The path must not contain control characters";
			}
		}
		return null;
	}

	/** Why a raw query is refused, or {@code null}. */
	static String problemWithQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return null;
		}
		for (String pair : rawQuery.split("&", -1)) {
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair, true);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1), true) : "";
			if (name == null || value == null) {
				return "The query is not validly percent-encoded UTF-8";
			}
			if (name.chars().anyMatch(Character::isISOControl)) {
				return "A query parameter name contains a control character";
			}
			if (value.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
				return "Query parameter '" + printable(name) + "' contains a control character";
			}
		}
		return null;
	}

	/**
	 * Strict percent-decoding to UTF-8; {@code null} for a stray {@code %}, a bad hex
	 * digit or bytes that are not UTF-8.
	 */
	static String decode(String raw, boolean plusIsSpace) {
		if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
			return raw;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return null;
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write((high << 4) | low);
				i += 2;
			}
			else if (plusIsSpace && c == '+') {
				bytes.write(' ');
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * The decoded path's length if it has no more slashes than the raw one, else
	 * something else: an extra slash can only come from {@code %2F}.
	 */
	private static int countDecodedSlashes(String rawPath, String path) {
		long raw = rawPath.chars().filter((c) -> c == '/').count();
		long decoded = path.chars().filter((c) -> c == '/').count();
		return (decoded == raw) ? path.length() : -1;
	}

	private static String printable(String name) {
		String shortened = (name.length() > 40) ? name.substring(0, 40) : name;
		return shortened.replaceAll("[^\\x20-\\x7e\\u00a0-\\uffff]", "?");
	}

}
