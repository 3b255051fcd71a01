package gov.maservice.catalog.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

import gov.maservice.catalog.search.Relevance.TermMatch;

/**
 * The in-memory inverted index every replica keeps of the published guides: token →
 * sorted item slots, plus the items themselves for exact ranking. Searches run
 * concurrently under a read lock; a publication takes the write lock for the few
 * microseconds it needs to swap one item's postings.
 * <p>
 * A query term is answered in two steps: candidates are gathered from the postings of its
 * tokens (character pairs, or first-letter pairs for pinyin), then each candidate is
 * checked exactly and scored by {@link Relevance}. Ties are broken by item code, so the
 * order is stable across requests and replicas.
 */
final class SearchIndex {

	/**
	 * Enough readings of an ambiguous pinyin term to cover what people mean, and no more.
	 */
	private static final int MAX_INITIAL_SEQUENCES = 24;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Map<String, Integer> slotByCode = new HashMap<>();

	private final TreeMap<String, IndexedItem> byCode = new TreeMap<>();

	private final Map<String, Postings> postings = new HashMap<>();

	private final Deque<Integer> freeSlots = new ArrayDeque<>();

	/**
	 * One instance of each normalized material name: catalogs repeat 身份证 and 营业执照
	 * thousands of times.
	 */
	private final Map<String, String> materialNames = new HashMap<>();

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
	 * Adds or replaces an item; a state no later than the one held is ignored, so replays
	 * and out-of-order refreshes are harmless.
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
			String[] materials = item.normalizedMaterials();
			for (int i = 0; i < materials.length; i++) {
				materials[i] = this.materialNames.computeIfAbsent(materials[i], (name) -> name);
			}
			String[] tokens = item.tokens();
			for (int i = 0; i < tokens.length; i++) {
				Postings list = this.postings.computeIfAbsent(tokens[i], Postings::new);
				list.add(slot);
				tokens[i] = list.token();
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

	/** The items accepted by the predicate, in code order. */
	List<IndexedItem> list(Predicate<IndexedItem> predicate) {
		this.lock.readLock().lock();
		try {
			List<IndexedItem> found = new ArrayList<>();
			for (IndexedItem item : this.byCode.values()) {
				if (predicate.test(item)) {
					found.add(item);
				}
			}
			return found;
		}
		finally {
			this.lock.readLock().unlock();
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
	 * Ranks the guides matching every term of the query and passing the filters; a blank
	 * query lists them by code.
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
		boolean everything = filters.equals(SearchFilters.NONE);
		int total = 0;
		List<SearchHit> hits = new ArrayList<>(size);
		for (IndexedItem item : this.byCode.values()) {
			if (filters.accepts(item)) {
				if (total >= from && hits.size() < size) {
					hits.add(new SearchHit(item, 0, List.of()));
				}
				total++;
				if (everything && hits.size() == size) {
					break;
				}
			}
		}
		return new SearchPage(everything ? this.byCode.size() : total, hits);
	}

	private SearchPage rank(SearchQuery query, SearchFilters filters, int page, int size) {
		Scratch work = this.scratch.get();
		work.prepare(this.slotCount);
		try {
			List<SearchQuery.Term> terms = query.terms();
			for (int t = 0; t < terms.size(); t++) {
				SearchQuery.Term term = terms.get(t);
				work.nextTerm();
				if (term.chinese()) {
					matchChinese(term.normalized(), t, work);
				}
				else {
					matchLatin(term, t, work);
				}
			}
			int wanted = (int) Math.min((long) (page + 1) * size, Integer.MAX_VALUE);
			TopSlots best = new TopSlots(wanted, work.score, this.items);
			int total = 0;
			for (int i = 0; i < work.matchedCount; i++) {
				int slot = work.matched[i];
				if (work.termsMatched[slot] == terms.size() && filters.accepts(this.items[slot])) {
					total++;
					best.offer(slot);
				}
			}
			int[] ranked = best.sorted();
			int from = (int) Math.min((long) page * size, ranked.length);
			List<SearchHit> hits = new ArrayList<>(ranked.length - from);
			for (int i = from; i < ranked.length; i++) {
				IndexedItem item = this.items[ranked[i]];
				hits.add(new SearchHit(item, work.score[ranked[i]], explain(item, terms)));
			}
			return new SearchPage(total, hits);
		}
		finally {
			work.clear();
		}
	}

	/** How each term matched one item, recomputed for the few items shown. */
	private List<TermMatch> explain(IndexedItem item, List<SearchQuery.Term> terms) {
		List<TermMatch> matches = new ArrayList<>(terms.size());
		Set<String> tokens = null;
		for (SearchQuery.Term term : terms) {
			if (!term.chinese()) {
				matches.add(matchLatin(item, term));
				continue;
			}
			String text = term.normalized();
			if (text.length() == 1) {
				matches.add(scoreChinese(item, text, 1, 1, 0, 0));
				continue;
			}
			if (tokens == null) {
				tokens = Set.of(item.tokens());
			}
			Set<String> bigrams = bigrams(text);
			int name = 0;
			int material = 0;
			int condition = 0;
			for (String bigram : bigrams) {
				name += tokens.contains(SearchTokens.NAME_BIGRAM + bigram) ? 1 : 0;
				material += tokens.contains(SearchTokens.MATERIAL_BIGRAM + bigram) ? 1 : 0;
				condition += tokens.contains(SearchTokens.CONDITION_BIGRAM + bigram) ? 1 : 0;
			}
			double pairs = bigrams.size();
			matches.add(scoreChinese(item, text, bigrams.size(), name / pairs, material / pairs, condition / pairs));
		}
		return matches;
	}

	private static Set<String> bigrams(String text) {
		Set<String> bigrams = new LinkedHashSet<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			bigrams.add(text.substring(i, i + 2));
		}
		return bigrams;
	}

	private void matchChinese(String term, int termIndex, Scratch work) {
		if (term.length() == 1) {
			Postings list = this.postings.get(SearchTokens.NAME_CHAR + term);
			for (int i = 0; list != null && i < list.size(); i++) {
				int slot = list.get(i);
				if (work.termsMatched[slot] == termIndex) {
					work.accept(slot, termIndex, scoreChinese(this.items[slot], term, 1, 1, 0, 0));
				}
			}
			return;
		}
		Set<String> bigrams = bigrams(term);
		for (String bigram : bigrams) {
			work.count(this.postings.get(SearchTokens.NAME_BIGRAM + bigram), work.nameHits, termIndex);
			work.count(this.postings.get(SearchTokens.MATERIAL_BIGRAM + bigram), work.materialHits, termIndex);
			work.count(this.postings.get(SearchTokens.CONDITION_BIGRAM + bigram), work.conditionHits, termIndex);
		}
		double pairs = bigrams.size();
		for (int i = 0; i < work.termTouchedCount; i++) {
			int slot = work.termTouched[i];
			double name = work.nameHits[slot] / pairs;
			double material = work.materialHits[slot] / pairs;
			double condition = work.conditionHits[slot] / pairs;
			if (name < Relevance.NAME_COVERAGE_THRESHOLD && material < Relevance.MATERIAL_COVERAGE_THRESHOLD
					&& condition < Relevance.CONDITION_COVERAGE_THRESHOLD) {
				continue;
			}
			work.accept(slot, termIndex,
					scoreChinese(this.items[slot], term, bigrams.size(), name, material, condition));
		}
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
			return new TermMatch(Relevance.conditionCoverage(conditionCoverage), Relevance.MatchedIn.CONDITION, -1, -1,
					-1);
		}
		return null;
	}

	private void matchLatin(SearchQuery.Term term, int termIndex, Scratch work) {
		Postings codes = this.postings.get(SearchTokens.CODE + term.raw());
		for (int i = 0; codes != null && i < codes.size(); i++) {
			int slot = codes.get(i);
			if (work.termsMatched[slot] == termIndex && work.firstVisit(slot)) {
				work.accept(slot, termIndex, codeMatch(this.items[slot], term));
			}
		}
		String text = term.normalized();
		for (String initials : PinyinMatcher.initialSequences(text, MAX_INITIAL_SEQUENCES)) {
			for (int slot : candidates(initials)) {
				if (work.termsMatched[slot] == termIndex && work.firstVisit(slot)) {
					work.accept(slot, termIndex, pinyinMatch(this.items[slot], text));
				}
			}
		}
	}

	private TermMatch matchLatin(IndexedItem item, SearchQuery.Term term) {
		TermMatch code = codeMatch(item, term);
		return (code != null) ? code : pinyinMatch(item, term.normalized());
	}

	private static TermMatch codeMatch(IndexedItem item, SearchQuery.Term term) {
		if (item.code().equalsIgnoreCase(term.raw())) {
			return new TermMatch(Relevance.CODE_EXACT, Relevance.MatchedIn.CODE, -1, -1, -1);
		}
		if (item.basicCode() != null && item.basicCode().equalsIgnoreCase(term.raw())) {
			return new TermMatch(Relevance.BASIC_CODE_EXACT, Relevance.MatchedIn.CODE, -1, -1, -1);
		}
		return null;
	}

	private static TermMatch pinyinMatch(IndexedItem item, String text) {
		PinyinMatcher.Match match = PinyinMatcher.match(item.nameReadings(), text);
		if (match == null) {
			return null;
		}
		return new TermMatch(Relevance.pinyin(match, item.normalizedName().length()), Relevance.MatchedIn.PINYIN,
				match.start(), match.end(), -1);
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

	/**
	 * Per-thread working arrays indexed by slot, so ranking a query allocates almost
	 * nothing: counters of the current term (valid where {@code termEpoch} equals the
	 * current epoch, so they need no clearing between terms) and the running score and
	 * number of terms matched per item (cleared after the query through the list of items
	 * that matched the first term).
	 */
	private static final class Scratch {

		int[] nameHits = new int[0];

		int[] materialHits = new int[0];

		int[] conditionHits = new int[0];

		int[] termEpoch = new int[0];

		int[] termTouched = new int[0];

		int termTouchedCount;

		int epoch;

		double[] score = new double[0];

		int[] termsMatched = new int[0];

		int[] matched = new int[0];

		int matchedCount;

		void prepare(int slots) {
			if (this.score.length < slots) {
				int capacity = Math.max(slots, this.score.length * 2);
				this.nameHits = new int[capacity];
				this.materialHits = new int[capacity];
				this.conditionHits = new int[capacity];
				this.termEpoch = new int[capacity];
				this.termTouched = new int[capacity];
				this.score = new double[capacity];
				this.termsMatched = new int[capacity];
				this.matched = new int[capacity];
				this.epoch = 0;
			}
			this.matchedCount = 0;
		}

		void nextTerm() {
			this.epoch++;
			if (this.epoch == Integer.MAX_VALUE) {
				Arrays.fill(this.termEpoch, 0);
				this.epoch = 1;
			}
			this.termTouchedCount = 0;
		}

		/**
		 * Whether the slot is seen for the first time in this term (and marks it seen).
		 */
		boolean firstVisit(int slot) {
			if (this.termEpoch[slot] == this.epoch) {
				return false;
			}
			this.termEpoch[slot] = this.epoch;
			return true;
		}

		void count(Postings list, int[] counter, int termIndex) {
			if (list == null) {
				return;
			}
			for (int i = 0; i < list.size(); i++) {
				int slot = list.get(i);
				if (this.termsMatched[slot] != termIndex) {
					continue;
				}
				if (firstVisit(slot)) {
					this.nameHits[slot] = 0;
					this.materialHits[slot] = 0;
					this.conditionHits[slot] = 0;
					this.termTouched[this.termTouchedCount++] = slot;
				}
				counter[slot]++;
			}
		}

		void accept(int slot, int termIndex, TermMatch match) {
			if (match == null) {
				return;
			}
			if (termIndex == 0) {
				this.score[slot] = 0;
				this.matched[this.matchedCount++] = slot;
			}
			this.score[slot] += match.score();
			this.termsMatched[slot] = termIndex + 1;
		}

		void clear() {
			for (int i = 0; i < this.matchedCount; i++) {
				this.termsMatched[this.matched[i]] = 0;
			}
			this.matchedCount = 0;
		}

	}

	/**
	 * The best slots by score, then by item code: a bounded heap whose root is the worst
	 * kept, so ranking thousands of matches for one page costs a comparison each, not a
	 * sort.
	 */
	private static final class TopSlots {

		private final int[] heap;

		private final double[] score;

		private final IndexedItem[] items;

		private int size;

		TopSlots(int capacity, double[] score, IndexedItem[] items) {
			this.heap = new int[Math.min(capacity, items.length)];
			this.score = score;
			this.items = items;
		}

		/** Whether slot a ranks before slot b. */
		private boolean better(int a, int b) {
			int byScore = Double.compare(this.score[a], this.score[b]);
			if (byScore != 0) {
				return byScore > 0;
			}
			return this.items[a].code().compareTo(this.items[b].code()) < 0;
		}

		void offer(int slot) {
			if (this.heap.length == 0) {
				return;
			}
			if (this.size < this.heap.length) {
				this.heap[this.size] = slot;
				siftUp(this.size++);
			}
			else if (better(slot, this.heap[0])) {
				this.heap[0] = slot;
				siftDown(0);
			}
		}

		private void siftUp(int i) {
			while (i > 0) {
				int parent = (i - 1) / 2;
				if (!better(this.heap[parent], this.heap[i])) {
					break;
				}
				swap(i, parent);
				i = parent;
			}
		}

		private void siftDown(int i) {
			while (true) {
				int left = 2 * i + 1;
				int right = left + 1;
				int worst = i;
				if (left < this.size && better(this.heap[worst], this.heap[left])) {
					worst = left;
				}
				if (right < this.size && better(this.heap[worst], this.heap[right])) {
					worst = right;
				}
				if (worst == i) {
					return;
				}
				swap(i, worst);
				i = worst;
			}
		}

		private void swap(int i, int j) {
			int t = this.heap[i];
			this.heap[i] = this.heap[j];
			this.heap[j] = t;
		}

		/** The kept slots, best first. */
		int[] sorted() {
			int[] out = new int[this.size];
			for (int i = this.size - 1; i >= 0; i--) {
				out[i] = this.heap[0];
				this.heap[0] = this.heap[--this.size];
				siftDown(0);
			}
			return out;
		}

	}

}
