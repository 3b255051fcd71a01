package gov.maservice.catalog.search;

import java.time.Instant;
import java.util.List;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Search over HTTP against the running service, and the index kept in step across
 * replicas.
 */
class SearchIntegrationTests extends CatalogIntegrationTestSupport {

	@Autowired
	private SearchIndexer indexer;

	@Autowired
	private SearchStore store;

	@Autowired
	private SearchIndex index;

	@Autowired
	private MongoOperations mongo;

	@Test
	void everyWayOfTypingFindsTheBusinessLicenceFirst() {
		for (String q : List.of("营业执照", "执照", "yyzz", "yingyezhizhao")) {
			int start = q.equals("执照") ? 2 : 0;
			this.http.get()
				.uri("/api/v1/search?q={q}", q)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.query")
				.isEqualTo(q)
				.jsonPath("$.hits[0].code")
				.isEqualTo("410471-XK00102-001")
				.jsonPath("$.hits[0].name")
				.isEqualTo("营业执照（个体工商户设立登记）")
				.jsonPath("$.hits[0].departmentName")
				.isEqualTo("平顶山高新区市场监督管理局")
				.jsonPath("$.hits[0].highlights[0].start")
				.isEqualTo(start)
				.jsonPath("$.hits[0].highlights[0].end")
				.isEqualTo(4);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void aTownFilterAlsoFindsWhatItsVillagesOffer() {
		this.http.get()
			.uri("/api/v1/search?locality=410471100000")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.hits[*].code")
			.value((codes) -> assertThat((List<Object>) codes).contains("410471-GG00201-001", "410471-QT00301-001"));
		this.http.get()
			.uri("/api/v1/search?locality=410471100202&department=rsj&itemType=PUBLIC_SERVICE")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1)
			.jsonPath("$.hits[0].code")
			.isEqualTo("410471-GG00201-001");
	}

	@Test
	@SuppressWarnings("unchecked")
	void badParametersAreProblemDetailsNamingTheFields() {
		this.http.get()
			.uri("/api/v1/search?q={q}&department={d}&size=500", "{\"$gt\":\"\"}", "$ne")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("q", "department", "size"));
		this.http.get()
			.uri("/api/v1/search?q={q}", "营".repeat(101))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("q");
		this.http.get().uri("/api/v1/search?page=abc").exchange().expectStatus().isBadRequest();
	}

	@Test
	void guidesIndexedByAnotherReplicaAppearAfterThePoll() {
		IndexableGuide elsewhere = new IndexableGuide("410471-QT09901-001", "QT09901", "跨副本同步测试事项", null, "mzj",
				"平顶山高新区民政局", "PUBLIC_SERVICE", List.of(), List.of(), List.of("户口簿"), List.of(), 7, 1);
		this.store.save(SearchDocument.published(elsewhere, Instant.now()));
		assertThat(found("跨副本同步")).isZero();
		this.indexer.refresh();
		assertThat(found("跨副本同步")).isEqualTo(1);
		this.store.save(SearchDocument.withdrawn("410471-QT09901-001", 8, Instant.now()));
		this.indexer.refresh();
		assertThat(found("跨副本同步")).isZero();
	}

	@Test
	void reconcileRestoresAGuideWhoseIndexingWasLost() {
		String code = "410471-XK00102-001";
		this.mongo.remove(Query.query(where("_id").is(code)), SearchDocument.class);
		this.index.remove(code, Long.MAX_VALUE);
		assertThat(found("个体工商户设立登记")).isZero();
		assertThat(this.indexer.reconcile()).isGreaterThanOrEqualTo(1);
		assertThat(found("个体工商户设立登记")).isEqualTo(1);
	}

	private long found(String q) {
		return this.index.search(SearchQuery.parse(q), SearchFilters.NONE, 0, 10).total();
	}

}
