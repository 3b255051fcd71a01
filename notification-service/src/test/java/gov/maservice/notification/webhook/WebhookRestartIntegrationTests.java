package gov.maservice.notification.webhook;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import gov.maservice.contracts.NoticeEvent;
import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.notification.NotificationServiceApplication;
import gov.maservice.notification.changes.ChangeRecorder;
import gov.maservice.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No message is lost when the service stops in the middle of delivering: an instance with
 * its own store records changes for a receiver that is down, the receiver comes back and
 * takes calls, the instance's Spring context is closed while calls are in flight (their
 * results are never written), and a new instance on the same store delivers everything,
 * per item in order. A restart of the context against the same store, not a SIGKILL of a
 * process: the store here is in memory and outlives the context.
 */
class WebhookRestartIntegrationTests extends NotificationIntegrationTestSupport {

	@Autowired
	private EmbeddedKafkaBroker broker;

	@Test
	void aRestartMidDeliveryLosesNothing() throws Exception {
		MongoServer store = new MongoServer(new MemoryBackend());
		InetSocketAddress address = store.bind();
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		String first = "restart-a-" + UUID.randomUUID();
		String second = "restart-b-" + UUID.randomUUID();
		ConfigurableApplicationContext before = start(address);
		String secret;
		try {
			secret = subscribe(before, "http://127.0.0.1:" + port + "/hook");
			ChangeRecorder recorder = before.getBean(ChangeRecorder.class);
			for (int version = 1; version <= 3; version++) {
				recorder.record(event(first, version)).block();
				recorder.record(event(second, version)).block();
			}
			ReactiveMongoTemplate mongo = before.getBean(ReactiveMongoTemplate.class);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> mongo.count(new Query(), DeliveryAttempt.class).block() >= 2);
		}
		catch (RuntimeException | Error ex) {
			before.close();
			throw ex;
		}
		try (TestReceiver receiver = TestReceiver.start(port).answering(200, Duration.ofSeconds(3))) {
			await().atMost(Duration.ofSeconds(60)).until(() -> !receiver.calls().isEmpty());
			before.close();
			int seenBeforeRestart = receiver.calls().size();
			receiver.answering(200, Duration.ZERO);
			ConfigurableApplicationContext after = start(address);
			try {
				await().atMost(Duration.ofSeconds(90))
					.until(() -> versions(receiver, first).contains(3L) && versions(receiver, second).contains(3L));
				assertThat(seenBeforeRestart).isGreaterThanOrEqualTo(1);
				assertThat(versions(receiver, first)).isSorted().containsSubsequence(1L, 2L, 3L);
				assertThat(versions(receiver, second)).isSorted().containsSubsequence(1L, 2L, 3L);
				assertThat(receiver.calls()).allMatch((call) -> new StandardWebhooksVerifier(secret).verify(call.id(),
						call.timestamp(), call.signature(), call.body(), Instant.now().getEpochSecond()));
			}
			finally {
				after.close();
			}
		}
		finally {
			store.shutdownNow();
		}
	}

	private ConfigurableApplicationContext start(InetSocketAddress store) {
		return new SpringApplicationBuilder(NotificationServiceApplication.class).run("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + this.broker.getBrokersAsString(),
				"--spring.kafka.listener.auto-startup=false",
				"--spring.mongodb.uri=mongodb://127.0.0.1:" + store.getPort() + "/notification",
				"--spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/jwt-public.pem",
				"--management.health.mongodb.enabled=false", "--logging.structured.format.console=",
				"--platform.kafka.partitions=1", "--notification.webhooks.allowed-networks=127.0.0.0/8",
				"--notification.webhooks.poll-interval=200ms", "--notification.webhooks.timeout=4s",
				"--notification.webhooks.connect-timeout=1s", "--notification.webhooks.retry.initial-delay=200ms",
				"--notification.webhooks.retry.multiplier=2", "--notification.webhooks.retry.max-delay=1s",
				"--notification.webhooks.breaker.open-for=1s");
	}

	private static String subscribe(ConfigurableApplicationContext context, String url) {
		String body = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.post()
			.uri("/api/v1/webhooks/subscriptions")
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"url\":\"" + url + "\",\"types\":[\"notice.issued\",\"notice.updated\"]}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode answer = JSON.readTree(body);
		return answer.path("secret").asString();
	}

	private static NoticeEvent event(String noticeId, long version) {
		return new NoticeEvent(UUID.randomUUID(), (version == 1) ? NoticeEvent.TYPE_ISSUED : NoticeEvent.TYPE_UPDATED,
				Instant.now(), noticeId, version, "Actual", (version == 1) ? "Alert" : "Update",
				(version == 1) ? null : noticeId, "Infra", "Expected", "Moderate", "重启测试第" + version + "版", "测试", null,
				List.of("410471"), Instant.now(), Instant.now().plusSeconds(3600), false);
	}

	private static List<Long> versions(TestReceiver receiver, String noticeId) {
		return receiver.calls()
			.stream()
			.map(TestReceiver.Call::event)
			.filter((event) -> noticeId.equals(event.path("subject").asString()))
			.map((event) -> event.path("data").path("version").asLong())
			.toList();
	}

}
