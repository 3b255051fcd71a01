package gov.maservice.catalog.item;

import gov.maservice.catalog.guide.Labelled;

/**
 * Where an item stands in its life: never published, published, or withdrawn (the page
 * stays).
 */
public enum ItemStatus implements Labelled {

	DRAFT("草稿"),

	PUBLISHED("已发布"),

	WITHDRAWN("已撤回");

	private final String label;

	ItemStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
