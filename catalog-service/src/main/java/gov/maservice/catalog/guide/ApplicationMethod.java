package gov.maservice.catalog.guide;

/** How an application may be handed in (申请方式). */
public enum ApplicationMethod implements Labelled {

	WINDOW("窗口办理"),

	ONLINE("网上办理"),

	MAIL("邮寄"),

	APP("移动端");

	private final String label;

	ApplicationMethod(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
