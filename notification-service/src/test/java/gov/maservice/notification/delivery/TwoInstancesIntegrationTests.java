package gov.maservice.notification.delivery;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.contracts.Topics;
import gov.maservice.notification.BoardStream;
import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.notification.NotificationServiceApplication;
import gov.maservice.testsupport.TestTokens;
import gov.maservice.notification.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the service share the broker and the store: a notice posted to either
 * is stored once, put on the topic once, and reaches the boards connected to both.
 */
class TwoInstancesIntegrationTests extends NotificationIntegrationTestSupport {

	private static ConfigurableApplicationContext second;

	@Autowired
	private EmbeddedKafkaBroker broker;

	@BeforeAll
	static void startSecondInstance(@Autowired EmbeddedKafkaBroker broker) {
		second = new SpringApplicationBuilder(NotificationServiceApplication.class).run("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(), "--spring.mongodb.uri=" + mongoUri(),
				"--spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/jwt-public.pem",
				"--management.health.mongodb.enabled=false", "--logging.structured.format.console=",
				"--notification.boards.heartbeat-interval=2s", "--notification.boards.sweep-interval=300ms",
				"--notification.delivery.keep-alive=1s", "--notification.delivery.refresh-interval=2s",
				"--platform.outbox.sweep-interval=300ms", "--platform.outbox.lease=3s",
				"--platform.outbox.send-timeout=2s", "--platform.kafka.partitions=1");
	}

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void boardsOnBothInstancesGetANoticeThatIsStoredOnce() {
		String secondUrl = "http://localhost" + ":" + second.getEnvironment().getProperty("local.server.port");
		JsonNode onFirst = registerBoard("一号实例上的张村屏", ZHANGCUN);
		JsonNode onSecond = registerBoard("二号实例上的张楼屏", ZHANGLOU);
		try (TopicReader topic = new TopicReader(this.broker.getBrokersAsString(), Topics.NOTICE_EVENTS);
				BoardStream first = stream(onFirst);
				BoardStream other = BoardStream.open(secondUrl, onSecond.path("boardId").asString(),
						onSecond.path("credential").asString())) {
			String viaFirst = issue(notice("双实例测试：经一号实例发布", TOWN)).path("id").asString();
			String viaSecond = JSON
				.readTree(WebTestClient.bindToServer()
					.baseUrl(secondUrl)
					.build()
					.post()
					.uri("/api/v1/notices")
					.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(notice("双实例测试：经二号实例发布", TOWN))
					.exchange()
					.expectStatus()
					.isCreated()
					.expectBody(String.class)
					.returnResult()
					.getResponseBody())
				.path("id")
				.asString();

			await().atMost(Duration.ofSeconds(5))
				.until(() -> first.shown(viaFirst) && first.shown(viaSecond) && other.shown(viaFirst)
						&& other.shown(viaSecond));

			assertThat(this.mongo.count(Query.query(Criteria.where("headline").regex("^双实例测试")), "notices").block())
				.isEqualTo(2);
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(topic.values()
					.stream()
					.filter((event) -> viaFirst.equals(event.path("noticeId").asString())
							|| viaSecond.equals(event.path("noticeId").asString()))
					.count()).isEqualTo(2));
		}
	}

}
