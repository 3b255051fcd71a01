package gov.maservice.catalog.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.catalog.TopicReader;
import gov.maservice.testsupport.TestTokens;
import gov.maservice.contracts.DirectoryEvent;
import gov.maservice.contracts.GuideEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.contracts.UpdateType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What consumers (QR, notification) receive when guides and the directory change. */
class GuideEventsIntegrationTests extends CatalogIntegrationTestSupport {

	@Value("${spring.embedded.kafka.brokers}")
	private String brokers;

	@Autowired
	private JsonMapper jsonMapper;

	@Test
	void publishMinorUpdateAndWithdrawEmitOneEventEachWithTheItemRevision() {
		String code = "410471-XK09201-002";
		write("POST", "/api/v1/items", TestTokens.admin(), guideJson(code));
		write("POST", "/api/v1/items/" + code + "/publish", TestTokens.publisher(),
				"{\"version\":1,\"updateType\":\"MAJOR\",\"changeNote\":\"首次发布\"}");
		write("PUT", "/api/v1/items/" + code + "/draft", TestTokens.admin(),
				"{\"version\":2,\"guide\":" + guideJson(code).replace("食品经营许可（新办）", "食品经营许可（新设）") + "}");
		write("POST", "/api/v1/items/" + code + "/publish", TestTokens.publisher(),
				"{\"version\":3,\"updateType\":\"MINOR\"}");
		write("POST", "/api/v1/items/" + code + "/withdraw", TestTokens.publisher(),
				"{\"version\":4,\"reason\":\"事项调整\"}");

		List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
			.until(() -> TopicReader.read(this.brokers, Topics.GUIDE_EVENTS, code), (found) -> found.size() >= 3);
		assertThat(records).hasSize(3);
		List<GuideEvent> events = records.stream()
			.map((record) -> this.jsonMapper.readValue(record.value(), GuideEvent.class))
			.toList();

		GuideEvent published = events.get(0);
		assertThat(published.type()).isEqualTo(GuideEvent.TYPE_PUBLISHED);
		assertThat(published.itemCode()).isEqualTo(code);
		assertThat(published.version()).isEqualTo(2);
		assertThat(published.edition()).isEqualTo(1);
		assertThat(published.updateType()).isEqualTo(UpdateType.MAJOR);
		assertThat(published.changeNote()).isEqualTo("首次发布");
		assertThat(published.itemName()).isEqualTo("食品经营许可（新办）");
		assertThat(published.departmentCode()).isEqualTo("scjgj");
		assertThat(published.isNotifiable()).isTrue();

		GuideEvent minor = events.get(1);
		assertThat(minor.type()).isEqualTo(GuideEvent.TYPE_UPDATED);
		assertThat(minor.version()).isEqualTo(4);
		assertThat(minor.edition()).isEqualTo(2);
		assertThat(minor.updateType()).isEqualTo(UpdateType.MINOR);
		assertThat(minor.changeNote()).isNull();
		assertThat(minor.itemName()).isEqualTo("食品经营许可（新设）");
		assertThat(minor.isNotifiable()).isFalse();

		GuideEvent withdrawn = events.get(2);
		assertThat(withdrawn.type()).isEqualTo(GuideEvent.TYPE_WITHDRAWN);
		assertThat(withdrawn.version()).isEqualTo(5);
		assertThat(withdrawn.withdrawnReason()).isEqualTo("事项调整");
		assertThat(withdrawn.isNotifiable()).isFalse();

		assertThat(events).extracting(GuideEvent::eventId).doesNotHaveDuplicates();
		assertThat(new String(records.get(0).headers().lastHeader("__TypeId__").value(), StandardCharsets.UTF_8))
			.isEqualTo(GuideEvent.class.getName());
	}

	@Test
	void seededDepartmentsAndLocalitiesAreAnnounced() {
		List<ConsumerRecord<String, String>> department = await().atMost(Duration.ofSeconds(20))
			.until(() -> TopicReader.read(this.brokers, Topics.DIRECTORY_EVENTS, "scjgj"), (found) -> !found.isEmpty());
		DirectoryEvent event = this.jsonMapper.readValue(department.get(0).value(), DirectoryEvent.class);
		assertThat(event.type()).isEqualTo(DirectoryEvent.TYPE_DEPARTMENT_CHANGED);
		assertThat(event.name()).isEqualTo("平顶山高新区市场监督管理局");
		assertThat(event.version()).isEqualTo(1);

		List<ConsumerRecord<String, String>> village = await().atMost(Duration.ofSeconds(20))
			.until(() -> TopicReader.read(this.brokers, Topics.DIRECTORY_EVENTS, "410471100201"),
					(found) -> !found.isEmpty());
		DirectoryEvent locality = this.jsonMapper.readValue(village.get(0).value(), DirectoryEvent.class);
		assertThat(locality.type()).isEqualTo(DirectoryEvent.TYPE_LOCALITY_CHANGED);
		assertThat(locality.name()).isEqualTo("张村");
		assertThat(locality.level()).isEqualTo("VILLAGE");
		assertThat(locality.parentCode()).isEqualTo("410471100000");
	}

	@Test
	void creatingAndRenamingADepartmentAnnounceEachVersion() {
		write("PUT", "/api/v1/departments/sfj", TestTokens.admin(), "{\"code\":\"sfj\",\"name\":\"平顶山高新区司法局\"}");
		write("PUT", "/api/v1/departments/sfj", TestTokens.admin(),
				"{\"code\":\"sfj\",\"name\":\"平顶山高新区司法和信访局\",\"shortName\":\"司法局\"}");
		List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
			.until(() -> TopicReader.read(this.brokers, Topics.DIRECTORY_EVENTS, "sfj"), (found) -> found.size() >= 2);
		assertThat(records).hasSize(2);
		DirectoryEvent created = this.jsonMapper.readValue(records.get(0).value(), DirectoryEvent.class);
		DirectoryEvent renamed = this.jsonMapper.readValue(records.get(1).value(), DirectoryEvent.class);
		assertThat(created.version()).isEqualTo(1);
		assertThat(renamed.name()).isEqualTo("平顶山高新区司法和信访局");
		assertThat(renamed.version()).isEqualTo(2);
		this.http.put()
			.uri("/api/v1/departments/sfj")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"code\":\"sfj\",\"name\":\"x\"}")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private void write(String method, String uri, String token, String body) {
		this.http.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

}
