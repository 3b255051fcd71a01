package gov.maservice.gateway.ratelimit;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Back-off per client address for the login endpoint, kept in this replica's memory.
 * Every attempt is charged when it is admitted (so parallel attempts cannot slip through
 * together) and refunded when it did not fail with 401; after {@code freeFailures}
 * charged attempts the address has to wait before each further one, doubling up to
 * {@code maxBackoff}. A successful login only refunds its own charge: an attacker cannot
 * wipe the count by logging in to an account of their own. Only the failing address
 * waits; the accounts it tried are never locked.
 */
final class LoginBackoff {

	private final RateLimitProperties.Login settings;

	private final int maxAddresses;

	private final LongSupplier nanoClock;

	private final Map<String, Entry> entries = new HashMap<>();

	LoginBackoff(RateLimitProperties.Login settings, int maxAddresses, LongSupplier nanoClock) {
		this.settings = settings;
		this.maxAddresses = maxAddresses;
		this.nanoClock = nanoClock;
	}

	/**
	 * Admits and charges one login attempt, or says how long the address must wait.
	 * @param address the client address
	 * @return 0 when admitted, otherwise the nanoseconds until the address may try again
	 */
	synchronized long admit(String address) {
		long now = this.nanoClock.getAsLong();
		Entry entry = this.entries.get(address);
		if (entry != null && entry.forgettable(now, this.settings.forgetAfter().toNanos())) {
			this.entries.remove(address);
			entry = null;
		}
		if (entry == null) {
			if (this.entries.size() >= this.maxAddresses) {
				evict(now);
			}
			entry = new Entry(now);
			this.entries.put(address, entry);
		}
		long wait = entry.blockedUntil - now;
		if (wait > 0) {
			return wait;
		}
		entry.charged++;
		entry.lastAttempt = now;
		int beyondFree = entry.charged - this.settings.freeFailures();
		if (beyondFree > 0) {
			entry.blockedUntil = now + backoff(beyondFree);
		}
		return 0;
	}

	/**
	 * Takes back the charge of an attempt that did not fail (success, malformed request,
	 * refusal).
	 */
	synchronized void refund(String address) {
		Entry entry = this.entries.get(address);
		if (entry != null && entry.charged > 0) {
			entry.charged--;
		}
	}

	synchronized int trackedAddresses() {
		return this.entries.size();
	}

	private long backoff(int beyondFree) {
		long initial = this.settings.initialBackoff().toNanos();
		long max = this.settings.maxBackoff().toNanos();
		int doublings = Math.min(beyondFree - 1, 40);
		long backoff = (initial > (max >> doublings)) ? max : initial << doublings;
		return Math.min(backoff, max);
	}

	/**
	 * Keeps memory bounded under a flood of addresses: forgets idle addresses first, then
	 * those not waiting, and only then everything.
	 */
	private void evict(long now) {
		long forgetAfter = this.settings.forgetAfter().toNanos();
		this.entries.values().removeIf((entry) -> entry.forgettable(now, forgetAfter));
		if (this.entries.size() >= this.maxAddresses) {
			this.entries.values().removeIf((entry) -> entry.blockedUntil - now <= 0);
		}
		if (this.entries.size() >= this.maxAddresses) {
			this.entries.clear();
		}
	}

	private static final class Entry {

		int charged;

		long blockedUntil;

		long lastAttempt;

		Entry(long now) {
			this.blockedUntil = now;
			this.lastAttempt = now;
		}

		boolean forgettable(long now, long forgetAfter) {
			return this.blockedUntil - now <= 0 && now - this.lastAttempt > forgetAfter;
		}

	}

}
