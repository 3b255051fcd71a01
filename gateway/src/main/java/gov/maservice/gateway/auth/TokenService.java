package gov.maservice.gateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

import gov.maservice.platform.security.GatewayTokens;
import gov.maservice.platform.security.Roles;

/**
 * Mints the RS256 access tokens every service verifies with the gateway's public key,
 * with the issuer and claims the platform's {@link GatewayTokens} checks.
 */
@Service
class TokenService {

	private final JwtEncoder encoder;

	private final AuthProperties properties;

	private final Clock clock;

	TokenService(JwtEncoder encoder, AuthProperties properties, Clock clock) {
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	TokenResponse issue(UserAccount user) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(GatewayTokens.ISSUER)
			.subject(user.username())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.tokenLifetime()))
			.id(UUID.randomUUID().toString())
			.claim(Roles.CLAIM, user.roles().stream().map(Role::name).sorted().toList())
			.claim(Roles.DEPARTMENTS_CLAIM, List.copyOf(user.departments()))
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new TokenResponse(token, "Bearer", this.properties.tokenLifetime().toSeconds());
	}

}
