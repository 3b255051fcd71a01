package gov.maservice.catalog.form;

import gov.maservice.catalog.guide.Labelled;

/** What an uploaded form file is. */
public enum FormKind implements Labelled {

	BLANK("空白表格"),

	SAMPLE("示例样表");

	private final String label;

	FormKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
