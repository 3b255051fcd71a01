package gov.maservice.catalog.item;

import java.util.List;

/**
 * A page of the item list.
 *
 * @param content the items of this page
 * @param page where this page sits
 */
public record ItemPage(List<ItemSummary> content, PageMetadata page) {

	/**
	 * Paging metadata, in the shape of Spring Data's {@code PagedModel}.
	 *
	 * @param size page size
	 * @param number page number, from 0
	 * @param totalElements items matching the filters
	 * @param totalPages pages
	 */
	public record PageMetadata(int size, int number, long totalElements, long totalPages) {
	}

}
