package gov.maservice.catalog.guide;

/** The administrative level that exercises the item (行使层级). */
public enum Level implements Labelled {

	DISTRICT("区/县级"),

	TOWNSHIP("乡镇（街道）级"),

	VILLAGE("村（社区）级");

	private final String label;

	Level(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
