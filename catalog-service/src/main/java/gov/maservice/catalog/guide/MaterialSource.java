package gov.maservice.catalog.guide;

/** Where an application material comes from (材料来源). */
public enum MaterialSource implements Labelled {

	APPLICANT("申请人自备"),

	ISSUER("政府部门核发"),

	OTHER("其他");

	private final String label;

	MaterialSource(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
