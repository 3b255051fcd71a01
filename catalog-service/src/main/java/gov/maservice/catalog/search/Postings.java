package gov.maservice.catalog.search;

import java.util.Arrays;

/**
 * The sorted slots of the items that carry one token: a growable int array, no boxing.
 */
final class Postings {

	private final String token;

	private int[] slots = new int[4];

	private int size;

	Postings(String token) {
		this.token = token;
	}

	/** The token, one instance shared by every item that carries it. */
	String token() {
		return this.token;
	}

	void add(int slot) {
		int at = Arrays.binarySearch(this.slots, 0, this.size, slot);
		if (at >= 0) {
			return;
		}
		int insert = -at - 1;
		if (this.size == this.slots.length) {
			this.slots = Arrays.copyOf(this.slots, this.size * 2);
		}
		System.arraycopy(this.slots, insert, this.slots, insert + 1, this.size - insert);
		this.slots[insert] = slot;
		this.size++;
	}

	void remove(int slot) {
		int at = Arrays.binarySearch(this.slots, 0, this.size, slot);
		if (at < 0) {
			return;
		}
		System.arraycopy(this.slots, at + 1, this.slots, at, this.size - at - 1);
		this.size--;
	}

	int size() {
		return this.size;
	}

	int get(int i) {
		return this.slots[i];
	}

	boolean contains(int slot) {
		return Arrays.binarySearch(this.slots, 0, this.size, slot) >= 0;
	}

	boolean isEmpty() {
		return this.size == 0;
	}

}
