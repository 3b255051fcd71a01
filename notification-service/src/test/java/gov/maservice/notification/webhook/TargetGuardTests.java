package gov.maservice.notification.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * SSRF protection. Only address literals and loopback are used: nothing here sends a
 * packet anywhere else, and the refusals happen before any connection.
 */
class TargetGuardTests {

	private final TargetGuard guard = new TargetGuard(List.of(), Runnable::run);

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hook", "http://127.8.9.10:8080/", "http://10.0.0.1/",
			"http://172.16.5.4/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
			"http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fe80::1]/", "http://[fd00::1]/",
			"http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/", "http://[64:ff9b::a00:1]/",
			"http://[2002:c0a8:101::1]/", "http://224.0.0.1/", "http://198.18.0.1/", "http://192.0.2.1/" })
	void refusesNonPublicAddressLiterals(String url) {
		assertThatExceptionOfType(TargetRefusedException.class).isThrownBy(() -> this.guard.check(url))
			.withMessageContaining("not a public address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://example.com/", "file:///etc/passwd", "http://user:pw@example.com/",
			"gopher://example.com/", "http:///nohost", "https://example.com/#frag" })
	void refusesOtherSchemesUserInfoAndFragments(String url) {
		assertThatExceptionOfType(TargetRefusedException.class).isThrownBy(() -> this.guard.check(url));
	}

	@Test
	void acceptsPublicLiteralsAndHostNamesWithoutLookingThemUp() {
		assertThatNoException().isThrownBy(() -> this.guard.check("https://8.8.8.8/hook"));
		assertThatNoException().isThrownBy(() -> this.guard.check("https://[2606:4700::1111]/hook"));
		assertThatNoException().isThrownBy(() -> this.guard.check("https://wx.example.gov.cn/hook"));
	}

	@Test
	void anAllowedNetworkLetsItsAddressesThrough() {
		var allowing = new TargetGuard(List.of("127.0.0.0/8", "::1/128", "10.1.2.0/24"), Runnable::run);
		assertThatNoException().isThrownBy(() -> allowing.check("http://127.0.0.1:9/"));
		assertThatNoException().isThrownBy(() -> allowing.check("http://[::1]:9/"));
		assertThatNoException().isThrownBy(() -> allowing.check("http://10.1.2.200/"));
		assertThatExceptionOfType(TargetRefusedException.class).isThrownBy(() -> allowing.check("http://10.1.3.1/"));
	}

	@Test
	void aNameResolvingToLoopbackIsRefusedAfterResolution() {
		assertThatExceptionOfType(TargetRefusedException.class).isThrownBy(() -> this.guard.checkResolved("localhost"))
			.withMessageContaining("not a public address");
	}

	@Test
	void theSenderRefusesBeforeConnecting() throws IOException {
		WebhookSender sender = new WebhookSender(new TargetGuard(List.of(), Executors.newSingleThreadExecutor()),
				properties());
		try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			listener.setSoTimeout(300);
			for (String url : List.of("http://127.0.0.1:" + listener.getLocalPort() + "/hook",
					"http://localhost:" + listener.getLocalPort() + "/hook")) {
				var outcome = sender.send(url, "evt-1", List.of(WebhookSignatures.newSecret()), "{}", Instant.now())
					.block(Duration.ofSeconds(10));
				assertThat(outcome.statusCode()).isNull();
				assertThat(outcome.error()).startsWith("refused:").contains("not a public address");
				assertThatExceptionOfType(SocketTimeoutException.class).as("no connection reached %s", url)
					.isThrownBy(listener::accept);
			}
		}
	}

	static WebhookProperties properties() {
		return new WebhookProperties(List.of(), Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(1),
				1000, 4, 20,
				new WebhookProperties.Retry(Duration.ofSeconds(5), 3, Duration.ofHours(6), 0.2, Duration.ofHours(24)),
				new WebhookProperties.Breaker(50, 5, Duration.ofSeconds(30)), Duration.ofDays(5), Duration.ofHours(24),
				500, Duration.ofDays(7));
	}

}
