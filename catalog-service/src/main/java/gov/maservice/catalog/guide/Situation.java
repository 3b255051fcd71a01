package gov.maservice.catalog.guide;

/**
 * Handling situation of a sub-item (办理情形); {@code null} for a main item without
 * situations.
 */
public enum Situation implements Labelled {

	NEW("新设"),

	CHANGE("变更"),

	RENEWAL("延续"),

	CANCELLATION("注销"),

	REISSUE("补办"),

	OTHER("其他");

	private final String label;

	Situation(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
