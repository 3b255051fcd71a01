package gov.maservice.gateway.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import gov.maservice.platform.security.GatewayTokens;
import gov.maservice.platform.security.Roles;

/**
 * Turns a verified API key into a one-minute gateway token (subject {@code apikey:<id>},
 * no roles, the key's scopes in {@code scopes}) for the services that decide per key,
 * such as notification-service for webhook subscriptions. The key itself never leaves the
 * gateway, and the services check the token like any other.
 */
@Component
public class ApiKeyTokens {

	static final Duration LIFETIME = Duration.ofMinutes(1);

	private final JwtEncoder encoder;

	private final Clock clock;

	ApiKeyTokens(JwtEncoder encoder, Clock clock) {
		this.encoder = encoder;
		this.clock = clock;
	}

	/** A short-lived token standing for this key. */
	public String mint(ApiKey key) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(GatewayTokens.ISSUER)
			.subject("apikey:" + key.id())
			.issuedAt(now)
			.expiresAt(now.plus(LIFETIME))
			.id(UUID.randomUUID().toString())
			.claim(Roles.CLAIM, List.of())
			.claim("scopes", key.scopes().stream().map(ApiKeyScope::value).sorted().toList())
			.build();
		return this.encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}

}
