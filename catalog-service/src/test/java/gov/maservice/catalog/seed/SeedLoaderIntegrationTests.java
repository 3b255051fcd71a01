package gov.maservice.catalog.seed;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import gov.maservice.catalog.item.CatalogItem;
import gov.maservice.catalog.item.ItemStatus;
import gov.maservice.contracts.UpdateType;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The seed fills an empty catalog once and never overwrites what admins changed. */
class SeedLoaderIntegrationTests extends CatalogIntegrationTestSupport {

	@Autowired
	private SeedLoader seed;

	@Autowired
	private MongoOperations mongo;

	@Test
	void fixtureWasPublishedAsFirstEditions() {
		CatalogItem item = this.mongo.findById("410471-GG00201-001", CatalogItem.class);
		assertThat(item).isNotNull();
		assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
		assertThat(item.edition()).isEqualTo(1);
		// Loading the catalog is not news: minor editions, so no board is told about
		// 1,000 guides.
		assertThat(item.published().updateType()).isEqualTo(UpdateType.MINOR);
		assertThat(item.published().changeNote()).isNull();
		assertThat(item.published().publishedBy()).isEqualTo("system:seed");
		assertThat(this.mongo.count(new Query(where("createdBy").is("system:seed")), CatalogItem.class)).isEqualTo(4);
		Document marker = this.mongo.findById(SeedLoader.MARKER, Document.class, SeedLoader.META);
		assertThat(marker.getString("status")).isEqualTo("DONE");
	}

	@Test
	void resumingAnInterruptedLoadKeepsAdminEdits() throws Exception {
		String code = "410471-XK00102-001";
		String edited = guideJson(code).replace("食品经营许可（新办）", "营业执照（管理员修改）");
		this.http.put()
			.uri("/api/v1/items/{code}/draft", code)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"version\":" + this.mongo.findById(code, CatalogItem.class).version() + ",\"guide\":" + edited
					+ "}")
			.exchange()
			.expectStatus()
			.isOk();
		CatalogItem before = this.mongo.findById(code, CatalogItem.class);
		long items = this.mongo.count(new Query(), CatalogItem.class);
		try {
			this.mongo.updateFirst(Query.query(where("_id").is(SeedLoader.MARKER)),
					new Update().set("status", "RUNNING"), SeedLoader.META);
			this.seed.run(null);
			CatalogItem after = this.mongo.findById(code, CatalogItem.class);
			assertThat(after.version()).isEqualTo(before.version());
			assertThat(after.draft().guide().name()).isEqualTo("营业执照（管理员修改）");
			assertThat(this.mongo.count(new Query(), CatalogItem.class)).isEqualTo(items);
			assertThat(this.mongo.findById(SeedLoader.MARKER, Document.class, SeedLoader.META).getString("status"))
				.isEqualTo("DONE");

			this.mongo.remove(Query.query(where("_id").is(SeedLoader.MARKER)), SeedLoader.META);
			this.seed.run(null);
			assertThat(this.mongo.findById(SeedLoader.MARKER, Document.class, SeedLoader.META)).isNull();
		}
		finally {
			this.mongo.upsert(Query.query(where("_id").is(SeedLoader.MARKER)), new Update().set("status", "DONE"),
					SeedLoader.META);
		}
	}

}
