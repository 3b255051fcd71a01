package gov.maservice.catalog.search;

import java.time.Instant;
import java.util.List;

/**
 * A small catalog with the items search must find and the decoys it must not rank first.
 */
final class SearchCorpus {

	static final String TOWN = "410471100000";

	static final String VILLAGE = "410471100201";

	static final String STREET = "410471001000";

	private SearchCorpus() {
	}

	static IndexableGuide guide(String code, String name, String department, String itemType, List<String> materials,
			List<String> conditions, List<String> scope) {
		return new IndexableGuide(code, code.split("-")[1], name, null, department, department + "名称", itemType,
				scope.isEmpty() ? List.of() : List.of(scope.get(0)), scope, materials, conditions, 1, 1);
	}

	static List<IndexableGuide> guides() {
		return List.of(
				guide("410471-DJ00101-001", "个体工商户营业执照设立登记", "scjgj", "LICENSE", List.of("个体工商户登记申请书", "经营者身份证明"),
						List.of("申请人具有经营能力"), List.of()),
				guide("410471-DJ00102-001", "企业营业执照变更登记", "scjgj", "LICENSE", List.of("变更登记申请书", "营业执照正副本"),
						List.of("企业登记事项发生变化"), List.of()),
				guide("410471-DJ00103-001", "营业执照遗失补领", "scjgj", "LICENSE", List.of("补领申请书", "遗失声明"),
						List.of("营业执照遗失或者损毁"), List.of(TOWN, VILLAGE)),
				guide("410471-XK00201-001", "营业性演出许可", "whgly", "LICENSE", List.of("营业性演出申请登记表", "营业执照副本"),
						List.of("有与其业务相适应的专职演员"), List.of()),
				guide("410471-XK00301-001", "医师执业注册", "wsjkw", "LICENSE", List.of("医师执业注册申请审核表", "医师资格证书"),
						List.of("取得医师资格"), List.of()),
				guide("410471-XK00302-001", "护士执业注册", "wsjkw", "LICENSE", List.of("护士执业注册申请审核表", "护士执业资格考试成绩合格证明"),
						List.of("取得护士执业资格"), List.of()),
				guide("410471-XK00401-001", "律师执业证书申领", "sfj", "CONFIRMATION", List.of("律师执业申请登记表", "法律职业资格证书"),
						List.of("拥护宪法"), List.of()),
				guide("410471-XK00101-001", "食品经营许可（新办）", "scjgj", "LICENSE", List.of("食品经营许可申请书", "营业执照", "授权委托书"),
						List.of("具有与经营的食品品种相适应的经营场所"), List.of()),
				guide("410471-QR00501-001", "长期居住证明开具", "gaj", "CONFIRMATION", List.of("居民身份证"), List.of("在辖区长期居住"),
						List.of(STREET)),
				guide("410471-GF00601-001", "就业困难人员认定", "rsj", "CONFIRMATION", List.of("居民身份证", "就业创业证"),
						List.of("持有残疾人证的登记失业人员"), List.of(VILLAGE)),
				guide("410471-GF00602-001", "残疾人证办理", "cl", "PUBLIC_SERVICE", List.of("居民身份证", "近期免冠照片"),
						List.of("户籍在本区"), List.of()),
				guide("410471-GG00701-001", "银行业金融机构网点设立备案", "jrb", "FILING", List.of("备案报告"), List.of("符合设立条件"),
						List.of()));
	}

	static SearchIndex index() {
		SearchIndex index = new SearchIndex();
		for (IndexableGuide guide : guides()) {
			index.put(IndexedItem.of(SearchDocument.published(guide, Instant.parse("2026-11-01T00:00:00Z"))));
		}
		return index;
	}

}
