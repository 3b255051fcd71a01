package gov.maservice.platform.collection;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one JSON shape of every list the API returns: {@code items}, paging facts in
 * {@code page} and ready-made {@code links}. Integrators write one reader for
 * departments, items, search hits, notices and boards alike; generated clients get one
 * generic type. Links are relative references (path and query) so they stay right behind
 * the gateway and any proxy in front of it.
 *
 * <p>
 * Two kinds of paging: numbered pages ({@code page}, {@code size}; 0-based) for lists
 * with a known size, and an opaque cursor ({@code after}, {@code size}) for lists that
 * are long or live, where {@code page.nextCursor} is absent on the last page.
 *
 * @param <T> the element type
 * @param items the elements of this page, never {@code null}
 * @param page the paging facts
 * @param links links to this and neighbouring pages
 */
public record CollectionPage<T>(List<T> items, PageInfo page, PageLinks links) {

	/** Query parameter of a numbered page (0-based). */
	public static final String PAGE_PARAM = "page";

	/** Query parameter of the page size. */
	public static final String SIZE_PARAM = "size";

	/** Query parameter of a cursor list: the cursor to continue after. */
	public static final String AFTER_PARAM = "after";

	public CollectionPage {
		items = List.copyOf(Objects.requireNonNull(items, "items"));
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(links, "links");
	}

	/**
	 * A numbered page of a list whose total is known.
	 * @param items the elements of the page
	 * @param number the page number, 0-based
	 * @param size the requested page size
	 * @param totalElements elements in the whole list
	 * @param request the request's URI (only path and query are used)
	 * @return the page with self, first, last and, where they exist, prev and next links
	 */
	public static <T> CollectionPage<T> ofPage(List<T> items, int number, int size, long totalElements, URI request) {
		int totalPages = (size <= 0) ? 1 : (int) Math.max(1, (totalElements + size - 1) / size);
		PageInfo info = new PageInfo(size, number, totalElements, totalPages, null);
		PageLinks links = new PageLinks(self(request), pageLink(request, 0, size),
				(number > 0) ? pageLink(request, Math.min(number - 1, totalPages - 1), size) : null,
				(number + 1 < totalPages) ? pageLink(request, number + 1, size) : null,
				pageLink(request, totalPages - 1, size));
		return new CollectionPage<>(items, info, links);
	}

	/**
	 * A whole list in one page, for short lists such as departments or localities.
	 * @param items every element
	 * @param request the request's URI
	 * @return a single page holding every element
	 */
	public static <T> CollectionPage<T> ofAll(List<T> items, URI request) {
		String self = self(request);
		PageInfo info = new PageInfo(items.size(), 0, (long) items.size(), 1, null);
		return new CollectionPage<>(items, info, new PageLinks(self, self, null, null, self));
	}

	/**
	 * A page of a cursor list.
	 * @param items the elements of the page
	 * @param size the requested page size
	 * @param nextCursor the opaque cursor after the last element, or {@code null} when
	 * there is nothing more now
	 * @param request the request's URI
	 * @return the page with self and, when there is more, next links
	 */
	public static <T> CollectionPage<T> ofCursor(List<T> items, int size, String nextCursor, URI request) {
		PageInfo info = new PageInfo(size, null, null, null, nextCursor);
		String next = (nextCursor != null) ? relative(request)
			.replaceQueryParam(AFTER_PARAM, URLEncoder.encode(nextCursor, StandardCharsets.UTF_8))
			.replaceQueryParam(SIZE_PARAM, size)
			.build(true)
			.toUriString() : null;
		return new CollectionPage<>(items, info, new PageLinks(self(request), null, null, next, null));
	}

	private static String pageLink(URI request, int number, int size) {
		return relative(request).replaceQueryParam(PAGE_PARAM, number)
			.replaceQueryParam(SIZE_PARAM, size)
			.build(true)
			.toUriString();
	}

	private static String self(URI request) {
		return relative(request).build(true).toUriString();
	}

	private static UriComponentsBuilder relative(URI request) {
		return UriComponentsBuilder.newInstance().path(request.getRawPath()).query(request.getRawQuery());
	}

	/**
	 * Paging facts. Numbered lists fill {@code number}, {@code totalElements} and
	 * {@code totalPages}; cursor lists fill {@code nextCursor} while there is more.
	 *
	 * @param size the page size asked for (or the list's length for a whole list)
	 * @param number the page number, 0-based; absent for cursor lists
	 * @param totalElements elements in the whole list; absent for cursor lists
	 * @param totalPages pages in the whole list (at least 1); absent for cursor lists
	 * @param nextCursor where the next page starts; absent when there is no more
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PageInfo(int size, Integer number, Long totalElements, Integer totalPages, String nextCursor) {
	}

	/**
	 * Relative links (path and query) to pages of the same list; absent where there is no
	 * such page.
	 *
	 * @param self this page
	 * @param first the first page
	 * @param prev the previous page
	 * @param next the next page
	 * @param last the last page
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PageLinks(String self, String first, String prev, String next, String last) {
	}

}
