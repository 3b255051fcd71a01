package gov.maservice.catalog.search;

/**
 * Restrictions on which guides a search returns; {@code null} means no restriction.
 *
 * @param department department code
 * @param locality locality code: guides offered in that locality or anywhere inside it (a
 * village's item matches a filter on its town), see
 * {@link IndexableGuide#localityScope()}
 * @param itemType item type constant
 */
record SearchFilters(String department, String locality, String itemType) {

	static final SearchFilters NONE = new SearchFilters(null, null, null);

	boolean accepts(IndexedItem item) {
		return (this.department == null || this.department.equals(item.departmentCode()))
				&& (this.locality == null || item.offeredIn(this.locality))
				&& (this.itemType == null || this.itemType.equals(item.itemType()));
	}

}
