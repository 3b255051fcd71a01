package gov.maservice.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Limits for LED board traffic, in this replica's memory: a token bucket per client
 * address for every board request, and one per board id for requests whose credential has
 * not been seen accepted for that board. The gateway cannot check a board credential
 * (only notification-service can), but it remembers a hash of the credential that last
 * got a 2xx for each board: the real board then bypasses its board's bucket, so a
 * stranger flooding a board id with wrong credentials gets 429 without taking the real
 * board offline.
 */
final class BoardLimiter {

	private final AddressLimiter byAddress;

	private final AddressLimiter byBoard;

	private final int maxBoards;

	private final Map<String, String> acceptedCredentials = new ConcurrentHashMap<>();

	BoardLimiter(RateLimitProperties.Boards settings, int maxTracked, LongSupplier nanoClock) {
		this.byAddress = new AddressLimiter(settings.perAddress(), maxTracked, nanoClock);
		this.byBoard = new AddressLimiter(settings.perBoard(), maxTracked, nanoClock);
		this.maxBoards = maxTracked;
	}

	RateLimitDecision tryAddress(String address) {
		return this.byAddress.tryConsume(address);
	}

	/**
	 * Counts a request against its board, unless it carries the credential last accepted
	 * for it.
	 * @param boardId the board id from the path
	 * @param credential the bearer value or {@code access_token}, or {@code null}
	 * @return the decision; {@code null} when the board's bucket does not apply
	 */
	RateLimitDecision tryBoard(String boardId, String credential) {
		if (credential != null && hash(credential).equals(this.acceptedCredentials.get(boardId))) {
			return null;
		}
		return this.byBoard.tryConsume(boardId);
	}

	/** Learns from notification-service's answer which credential belongs to a board. */
	void answered(String boardId, String credential, int status) {
		if (credential == null) {
			return;
		}
		if (status >= 200 && status < 300) {
			if (this.acceptedCredentials.size() >= this.maxBoards) {
				this.acceptedCredentials.clear();
			}
			this.acceptedCredentials.put(boardId, hash(credential));
		}
		else if (status == 401 || status == 403) {
			this.acceptedCredentials.remove(boardId, hash(credential));
		}
	}

	private static String hash(String credential) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
