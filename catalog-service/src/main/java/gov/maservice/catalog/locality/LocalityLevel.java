package gov.maservice.catalog.locality;

import gov.maservice.catalog.guide.Labelled;

/** Where a locality sits in the district's hierarchy. */
public enum LocalityLevel implements Labelled {

	TOWN("镇"),

	STREET("街道"),

	VILLAGE("村"),

	COMMUNITY("社区");

	private final String label;

	LocalityLevel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
