package gov.maservice.catalog.guide;

/** Who the item serves (服务对象). */
public enum Target implements Labelled {

	NATURAL_PERSON("自然人"),

	LEGAL_PERSON("法人");

	private final String label;

	Target(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
