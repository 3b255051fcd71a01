package gov.maservice.notification.webhook;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signatures a receiver checks: the Standard Webhooks published test vector, and a
 * verifier written from the specification independently of the signing code.
 */
class WebhookSignaturesTests {

	@Test
	void reproducesThePublishedTestVector() {
		assertThat(WebhookSignatures.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				1614265330L, "{\"test\": 2432232314}"))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void anIndependentVerifierAcceptsWhatIsSignedAndNothingElse() {
		String secret = WebhookSignatures.newSecret();
		assertThat(secret).startsWith("whsec_");
		long now = Instant.now().getEpochSecond();
		String body = "{\"specversion\":\"1.0\",\"data\":{\"headline\":\"张村停水\"}}";
		String header = WebhookSignatures.header(List.of(secret), "evt-1", now, body);
		var verifier = new StandardWebhooksVerifier(secret);
		assertThat(verifier.verify("evt-1", Long.toString(now), header, body, now)).isTrue();
		assertThat(verifier.verify("evt-2", Long.toString(now), header, body, now)).isFalse();
		assertThat(verifier.verify("evt-1", Long.toString(now), header, body + " ", now)).isFalse();
		assertThat(verifier.verify("evt-1", Long.toString(now), header, body, now + 301)).isFalse();
		assertThat(new StandardWebhooksVerifier(WebhookSignatures.newSecret()).verify("evt-1", Long.toString(now),
				header, body, now))
			.isFalse();
	}

	@Test
	void duringARotationBothSecretsSign() {
		String oldSecret = WebhookSignatures.newSecret();
		String newSecret = WebhookSignatures.newSecret();
		long now = Instant.now().getEpochSecond();
		String header = WebhookSignatures.header(List.of(newSecret, oldSecret), "evt-9", now, "{}");
		assertThat(header.split(" ")).hasSize(2).allMatch((entry) -> entry.startsWith("v1,"));
		assertThat(new StandardWebhooksVerifier(oldSecret).verify("evt-9", Long.toString(now), header, "{}", now))
			.isTrue();
		assertThat(new StandardWebhooksVerifier(newSecret).verify("evt-9", Long.toString(now), header, "{}", now))
			.isTrue();
	}

}
