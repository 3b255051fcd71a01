package gov.maservice.catalog.guide;

/** In which form an application material is handed in. */
public enum MaterialForm implements Labelled {

	ORIGINAL("原件"),

	COPY("复印件"),

	ELECTRONIC("电子");

	private final String label;

	MaterialForm(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
