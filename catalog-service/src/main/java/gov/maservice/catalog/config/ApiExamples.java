package gov.maservice.catalog.config;

/** Example bodies shown in the OpenAPI description. */
public final class ApiExamples {

	/** A complete guide (docs/GUIDE-MODEL.md). */
	public static final String GUIDE = """
			{"code":"410471-XK00101-001","basicCode":"XK00101","name":"食品经营许可（新办）","shortName":"食品经营许可",\
			"parentCode":null,"situation":"NEW","itemType":"LICENSE","caseType":"PROMISED",\
			"targets":["LEGAL_PERSON","NATURAL_PERSON"],"departmentCode":"scjgj","level":"DISTRICT","localityCodes":[],\
			"legalBasis":[{"law":"《中华人民共和国食品安全法》","article":"第三十五条","text":"国家对食品生产经营实行许可制度……"}],\
			"conditions":["申请人应当具有与经营的食品品种、数量相适应的经营场所……"],\
			"materials":[{"name":"食品经营许可申请书","form":"ORIGINAL","copies":1,"required":true,"condition":null,\
			"source":"APPLICANT","notes":"申请人签字或盖章","formName":"食品经营许可申请书"},\
			{"name":"授权委托书","form":"ORIGINAL","copies":1,"required":false,"condition":"委托他人办理的",\
			"source":"APPLICANT","notes":null}],\
			"process":[{"step":"受理","actor":"综合受理窗口","description":"材料齐全的当场受理","days":0},\
			{"step":"决定","actor":"分管负责人","description":"作出准予或不予许可的决定","days":1}],\
			"statutoryDays":20,"promisedDays":5,"fee":{"charged":false,"basis":null,"amount":null},\
			"channels":{"hallAddress":"平顶山高新区行政服务中心一楼市场监管窗口","window":"A区 12-15号窗口",\
			"hours":"工作日 上午8:30-12:00，下午14:30-17:30","onlineUrl":"https://www.hnzwfw.gov.cn/","visits":1,\
			"methods":["WINDOW","ONLINE"]},"contacts":{"enquiryPhone":"0375-2616001","complaintPhone":"0375-12345"},\
			"faq":[{"question":"个体工商户可以申请吗？","answer":"可以，个体工商户凭营业执照申请。"}]}""";

	/** Body of {@code PUT /api/v1/items/{code}/draft}. */
	public static final String SAVE_DRAFT = "{\"version\":3,\"guide\":" + GUIDE + "}";

	/** Body of a major publication. */
	public static final String PUBLISH_MAJOR = """
			{"version":4,"updateType":"MAJOR","changeNote":"承诺办结时限由10个工作日缩短为5个工作日"}""";

	/** Body of a minor publication. */
	public static final String PUBLISH_MINOR = """
			{"version":4,"updateType":"MINOR"}""";

	/** Body of a withdrawal. */
	public static final String WITHDRAW = """
			{"version":5,"reason":"该事项已调整至市级办理，请前往市政务服务中心"}""";

	/** A validation problem. */
	public static final String INVALID = """
			{"type":"https://maservice.gov/problems/invalid-request","title":"Invalid request","status":400,\
			"detail":"Request body has 2 invalid fields","instance":"/api/v1/items",\
			"errors":[{"field":"materials","message":"must not be empty"},\
			{"field":"promisedDays","message":"must not exceed statutoryDays"}]}""";

	/** A stale write. */
	public static final String STALE = """
			{"type":"https://maservice.gov/problems/stale-version","title":"Stale version","status":409,\
			"detail":"Item '410471-XK00101-001' is at version 5, the request was based on version 4; reload and apply the change again",\
			"instance":"/api/v1/items/410471-XK00101-001/publish","currentVersion":5}""";

	/** An unknown code. */
	public static final String NOT_FOUND = """
			{"type":"https://maservice.gov/problems/not-found","title":"Not found","status":404,\
			"detail":"Item '410471-XX00000-999' does not exist","instance":"/api/v1/items/410471-XX00000-999"}""";

	/** A missing or invalid token. */
	public static final String UNAUTHORIZED = """
			{"type":"https://maservice.gov/problems/unauthorized","title":"Unauthorized","status":401,\
			"detail":"A valid bearer token from POST /api/v1/auth/token is required","instance":"/api/v1/items"}""";

	/** A token without the role. */
	public static final String FORBIDDEN = """
			{"type":"https://maservice.gov/problems/forbidden","title":"Forbidden","status":403,\
			"detail":"The token's roles do not allow this request","instance":"/api/v1/items/410471-XK00101-001/publish"}""";

	private ApiExamples() {
	}

}
