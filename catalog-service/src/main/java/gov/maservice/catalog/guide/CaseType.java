package gov.maservice.catalog.guide;

/**
 * Case type (办件类型): whether the item is settled on the spot or within a promised time.
 */
public enum CaseType implements Labelled {

	ON_THE_SPOT("即办件"),

	PROMISED("承诺件"),

	JOINT("联办件"),

	REPORTED("上报件");

	private final String label;

	CaseType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
