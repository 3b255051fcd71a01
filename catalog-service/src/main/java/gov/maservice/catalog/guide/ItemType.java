package gov.maservice.catalog.guide;

/** Item type (事项类型) from the national basic catalog. */
public enum ItemType implements Labelled {

	LICENSE("行政许可"),

	CONFIRMATION("行政确认"),

	BENEFIT("行政给付"),

	FILING("行政备案"),

	ADJUDICATION("行政裁决"),

	REWARD("行政奖励"),

	OTHER_POWER("其他行政权力"),

	PUBLIC_SERVICE("公共服务");

	private final String label;

	ItemType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
