package gov.maservice.catalog.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import gov.maservice.catalog.search.Relevance.TermMatch;

/**
 * The in-memory inverted index every replica keeps of the published guides: token → sorted item
 * slots, plus the items themselves for exact ranking. Searches run concurrently under a read
 * lock; a publication takes the write lock for the few microseconds it needs to swap one item's
 * postings.
 * <p>
 * A query term is answered in two steps: candidates are gathered from the postings of its tokens
 * (character pairs, or first-letter pairs for pinyin), then each candidate is checked exactly and
 * scored by {@link Relevance}. Ties are broken by item code, so the order is stable across
 * requests and replicas.
 */
final class SearchIndex {

	/** Enough readings of an ambiguous pinyin term to cover what people mean, and no more. */
	private static final int MAX_INITIAL_SEQUENCES = 24;

	private static final Comparator<SearchHit> RANKING = Comparator.comparingDouble(SearchHit::score)
		.reversed()
		.thenComparing(hit -> hit.item().code());

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Map<String, Integer> slotByCode = new HashMap<>();

	private final TreeMap<String, IndexedItem> byCode = new TreeMap<>();

	private final Map<String, Postings> postings = new HashMap<>();

	private final Deque<Integer> freeSlots = new ArrayDeque<>();

	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

	private IndexedItem[] items = new IndexedItem[64];

	private int slotCount;

	/**
	 * One page of ranked results.
	 *
	 * @param total how many guides match
	 * @param hits the guides on the requested page, best first
	 */
	record SearchPage(int total, List<SearchHit> hits) {
	}

	/**
	 * A guide that matched.
	 *
	 * @param item the guide
	 * @param score sum of the terms' scores ({@code 0} for a listing without query)
	 * @param matches how each term matched, in query order
	 */
	record SearchHit(IndexedItem item, double score, List<TermMatch> matches) {
	}

	/**
	 * Adds or replaces an item; a state no later than the one held is ignored, so replays and
	 * out-of-order refreshes are harmless.
	 * @return whether the index changed
	 */
	boolean put(IndexedItem item) {
		this.lock.writeLock().lock();
		try {
			Integer slot = this.slotByCode.get(item.code());
			if (slot != null) {
				IndexedItem current = this.items[slot];
				if (!item.supersedes(current)) {
					return false;
				}
				unpost(slot, current);
			}
			else {
				slot = allocateSlot();
				this.slotByCode.put(item.code(), slot);
			}
			this.items[slot] = item;
			this.byCode.put(item.code(), item);
			for (String token : item.tokens()) {
				this.postings.computeIfAbsent(token, key -> new Postings()).add(slot);
			}
			return true;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Drops an item unless the index already holds a newer revision of it.
	 * @return whether the index changed
	 */
	boolean remove(String code, long revision) {
		this.lock.writeLock().lock();
		try {
			Integer slot = this.slotByCode.get(code);
			if (slot == null || this.items[slot].revision() > revision) {
				return false;
			}
			unpost(slot, this.items[slot]);
			this.items[slot] = null;
			this.slotByCode.remove(code);
			this.byCode.remove(code);
			this.freeSlots.push(slot);
			return true;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	int size() {
		this.lock.readLock().lock();
		try {
			return this.byCode.size();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Item code → revision held, to compare with the store. */
	Map<String, Long> revisions() {
		this.lock.readLock().lock();
		try {
			Map<String, Long> revisions = new HashMap<>(this.byCode.size() * 2);
			this.byCode.forEach((code, item) -> revisions.put(code, item.revision()));
			return revisions;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private int allocateSlot() {
		if (!this.freeSlots.isEmpty()) {
			return this.freeSlots.pop();
		}
		if (this.slotCount == this.items.length) {
			this.items = Arrays.copyOf(this.items, this.items.length * 2);
		}
		return this.slotCount++;
	}

	private void unpost(int slot, IndexedItem item) {
		for (String token : item.tokens()) {
			Postings list = this.postings.get(token);
			if (list != null) {
				list.remove(slot);
				if (list.isEmpty()) {
					this.postings.remove(token);
				}
			}
		}
	}

	/**
	 * Ranks the guides matching every term of the query and passing the filters; a blank query
	 * lists them by code.
	 * @param page zero-based page number
	 * @param size hits per page
	 */
	SearchPage search(SearchQuery query, SearchFilters filters, int page, int size) {
		this.lock.readLock().lock();
		try {
			return query.isBlank() ? list(filters, page, size) : rank(query, filters, page, size);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private SearchPage list(SearchFilters filters, int page, int size) {
		long from = (long) page * size;
		int total = 0;
		List<SearchHit> hits = new ArrayList<>(size);
		for (IndexedItem item : this.byCode.values()) {
			if (filters.accepts(item)) {
				if (total >= from && hits.size() < size) {
					hits.add(new SearchHit(item, 0, List.of()));
				}
				total++;
			}
		}
		return new SearchPage(total, hits);
	}

	private SearchPage rank(SearchQuery query, SearchFilters filters, int page, int size) {
		Map<Integer, List<TermMatch>> combined = null;
		for (SearchQuery.Term term : query.terms()) {
			Map<Integer, TermMatch> matches = term.chinese() ? matchChinese(term.normalized()) : matchLatin(term);
			if (combined == null) {
				combined = new HashMap<>(matches.size() * 2);
				for (Map.Entry<Integer, TermMatch> entry : matches.entrySet()) {
					List<TermMatch> list = new ArrayList<>(query.terms().size());
					list.add(entry.getValue());
					combined.put(entry.getKey(), list);
				}
			}
			else {
				combined.keySet().retainAll(matches.keySet());
				combined.forEach((slot, list) -> list.add(matches.get(slot)));
			}
			if (combined.isEmpty()) {
				break;
			}
		}
		List<SearchHit> hits = new ArrayList<>(combined.size());
		for (Map.Entry<Integer, List<TermMatch>> entry : combined.entrySet()) {
			IndexedItem item = this.items[entry.getKey()];
			if (filters.accepts(item)) {
				double score = 0;
				for (TermMatch match : entry.getValue()) {
					score += match.score();
				}
				hits.add(new SearchHit(item, score, List.copyOf(entry.getValue())));
			}
		}
		int total = hits.size();
		long from = (long) page * size;
		if (from >= total) {
			return new SearchPage(total, List.of());
		}
		int to = (int) Math.min(total, from + size);
		return new SearchPage(total, top(hits, to).subList((int) from, to));
	}

	/** The best {@code count} hits in ranking order, without sorting everything when few are wanted. */
	private static List<SearchHit> top(List<SearchHit> hits, int count) {
		if (count * 4L >= hits.size()) {
			hits.sort(RANKING);
			return hits;
		}
		PriorityQueue<SearchHit> best = new PriorityQueue<>(count + 1, RANKING.reversed());
		for (SearchHit hit : hits) {
			best.add(hit);
			if (best.size() > count) {
				best.poll();
			}
		}
		List<SearchHit> sorted = new ArrayList<>(best);
		sorted.sort(RANKING);
		return sorted;
	}

	private Map<Integer, TermMatch> matchChinese(String term) {
		Map<Integer, TermMatch> matches = new HashMap<>();
		if (term.length() == 1) {
			Postings list = this.postings.get(SearchTokens.NAME_CHAR + term);
			for (int i = 0; list != null && i < list.size(); i++) {
				int slot = list.get(i);
				TermMatch match = scoreChinese(this.items[slot], term, 1, 0, 0, 0);
				if (match != null) {
					matches.put(slot, match);
				}
			}
			return matches;
		}
		Set<String> bigrams = new LinkedHashSet<>();
		for (int i = 0; i + 1 < term.length(); i++) {
			bigrams.add(term.substring(i, i + 2));
		}
		Scratch counts = this.scratch.get();
		counts.prepare(this.slotCount);
		try {
			for (String bigram : bigrams) {
				counts.add(this.postings.get(SearchTokens.NAME_BIGRAM + bigram), counts.name);
				counts.add(this.postings.get(SearchTokens.MATERIAL_BIGRAM + bigram), counts.material);
				counts.add(this.postings.get(SearchTokens.CONDITION_BIGRAM + bigram), counts.condition);
			}
			double pairs = bigrams.size();
			for (int i = 0; i < counts.touchedCount; i++) {
				int slot = counts.touched[i];
				TermMatch match = scoreChinese(this.items[slot], term, bigrams.size(), counts.name[slot] / pairs,
						counts.material[slot] / pairs, counts.condition[slot] / pairs);
				if (match != null) {
					matches.put(slot, match);
				}
			}
		}
		finally {
			counts.clear();
		}
		return matches;
	}

	private static TermMatch scoreChinese(IndexedItem item, String term, int pairs, double nameCoverage,
			double materialCoverage, double conditionCoverage) {
		String name = item.normalizedName();
		if (term.equals(name)) {
			return TermMatch.name(Relevance.NAME_EXACT, 0, name.length());
		}
		int at = name.indexOf(term);
		if (term.equals(item.normalizedShortName())) {
			return TermMatch.name(Relevance.NAME_EXACT, at, (at >= 0) ? at + term.length() : -1);
		}
		if (at >= 0) {
			return TermMatch.name(Relevance.nameContains(term.length(), name.length(), at == 0), at,
					at + term.length());
		}
		if (pairs >= 2 && nameCoverage >= Relevance.NAME_COVERAGE_THRESHOLD) {
			return TermMatch.name(Relevance.nameCoverage(nameCoverage), -1, -1);
		}
		TermMatch best = null;
		String[] materials = item.normalizedMaterials();
		for (int i = 0; i < materials.length; i++) {
			double score = 0;
			if (materials[i].equals(term)) {
				score = Relevance.materialExact();
			}
			else if (materials[i].contains(term)) {
				score = Relevance.materialContains(term.length(), materials[i].length());
			}
			if (score > 0 && (best == null || score > best.score())) {
				best = new TermMatch(score, Relevance.MatchedIn.MATERIAL, -1, -1, i);
			}
		}
		if (best != null) {
			return best;
		}
		if (materialCoverage >= Relevance.MATERIAL_COVERAGE_THRESHOLD) {
			return new TermMatch(Relevance.materialCoverage(materialCoverage), Relevance.MatchedIn.MATERIAL, -1, -1,
					-1);
		}
		if (conditionCoverage >= Relevance.CONDITION_COVERAGE_THRESHOLD) {
			return new TermMatch(Relevance.conditionCoverage(conditionCoverage), Relevance.MatchedIn.CONDITION, -1,
					-1, -1);
		}
		return null;
	}

	private Map<Integer, TermMatch> matchLatin(SearchQuery.Term term) {
		Map<Integer, TermMatch> matches = new HashMap<>();
		Postings codes = this.postings.get(SearchTokens.CODE + term.raw());
		for (int i = 0; codes != null && i < codes.size(); i++) {
			int slot = codes.get(i);
			boolean itemCode = this.items[slot].code().equalsIgnoreCase(term.raw());
			matches.put(slot, new TermMatch(itemCode ? Relevance.CODE_EXACT : Relevance.BASIC_CODE_EXACT,
					Relevance.MatchedIn.CODE, -1, -1, -1));
		}
		String text = term.normalized();
		BitSet seen = new BitSet(this.slotCount);
		for (String initials : PinyinMatcher.initialSequences(text, MAX_INITIAL_SEQUENCES)) {
			for (int slot : candidates(initials)) {
				if (seen.get(slot)) {
					continue;
				}
				seen.set(slot);
				if (matches.containsKey(slot)) {
					continue;
				}
				IndexedItem item = this.items[slot];
				PinyinMatcher.Match match = PinyinMatcher.match(item.nameReadings(), text);
				if (match != null) {
					matches.put(slot,
							new TermMatch(Relevance.pinyin(match, item.normalizedName().length()),
									Relevance.MatchedIn.PINYIN, match.start(), match.end(), -1));
				}
			}
		}
		return matches;
	}

	/** Slots carrying every first-letter pair of the sequence (or its one letter). */
	private int[] candidates(String initials) {
		if (initials.length() == 1) {
			return slotsOf(this.postings.get(SearchTokens.INITIAL + initials));
		}
		List<Postings> lists = new ArrayList<>(initials.length() - 1);
		for (int i = 0; i + 1 < initials.length(); i++) {
			Postings list = this.postings.get(SearchTokens.INITIAL_PAIR + initials.substring(i, i + 2));
			if (list == null) {
				return new int[0];
			}
			lists.add(list);
		}
		lists.sort(Comparator.comparingInt(Postings::size));
		Postings smallest = lists.get(0);
		int[] out = new int[smallest.size()];
		int count = 0;
		outer: for (int i = 0; i < smallest.size(); i++) {
			int slot = smallest.get(i);
			for (int j = 1; j < lists.size(); j++) {
				if (!lists.get(j).contains(slot)) {
					continue outer;
				}
			}
			out[count++] = slot;
		}
		return Arrays.copyOf(out, count);
	}

	private static int[] slotsOf(Postings list) {
		if (list == null) {
			return new int[0];
		}
		int[] slots = new int[list.size()];
		for (int i = 0; i < slots.length; i++) {
			slots[i] = list.get(i);
		}
		return slots;
	}

	/** Per-thread counters of bigram hits per slot, reset after each query by the slots touched. */
	private static final class Scratch {

		int[] name = new int[0];

		int[] material = new int[0];

		int[] condition = new int[0];

		int[] touched = new int[0];

		int touchedCount;

		private boolean[] marked = new boolean[0];

		void prepare(int slots) {
			if (this.name.length < slots) {
				this.name = new int[slots];
				this.material = new int[slots];
				this.condition = new int[slots];
				this.touched = new int[slots];
				this.marked = new boolean[slots];
			}
			this.touchedCount = 0;
		}

		void add(Postings list, int[] counter) {
			if (list == null) {
				return;
			}
			for (int i = 0; i < list.size(); i++) {
				int slot = list.get(i);
				counter[slot]++;
				if (!this.marked[slot]) {
					this.marked[slot] = true;
					this.touched[this.touchedCount++] = slot;
				}
			}
		}

		void clear() {
			for (int i = 0; i < this.touchedCount; i++) {
				int slot = this.touched[i];
				this.name[slot] = 0;
				this.material[slot] = 0;
				this.condition[slot] = 0;
				this.marked[slot] = false;
			}
			this.touchedCount = 0;
		}

	}

}
