package gov.maservice.gateway.support;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the gateway's integration tests: the real application on a random port, the
 * in-memory Mongo-wire server, and the three backend stand-ins. Every subclass keeps this
 * exact configuration so Spring reuses one context for the whole module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureWebTestClient(timeout = "20s")
public abstract class GatewayIntegrationTest {

	public static final String ADMIN_PASSWORD = "bootstrap-admin-password";

	@Autowired
	protected WebTestClient client;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", TestMongo::uri);
		registry.add("gateway.routing.catalog-url", Backends.CATALOG::url);
		registry.add("gateway.routing.qr-url", Backends.QR::url);
		registry.add("gateway.routing.notification-url", Backends.NOTIFICATION::url);
		registry.add("gateway.auth.bootstrap-admin.password", () -> ADMIN_PASSWORD);
	}

	/** Logs in through the token endpoint and returns the access token. */
	protected String login(String username, String password) {
		return this.client.post()
			.uri("/api/v1/auth/token")
			.bodyValue(new Credentials(username, password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(TokenBody.class)
			.returnResult()
			.getResponseBody()
			.access_token();
	}

	/**
	 * A client whose requests come from another loopback address (Linux routes all of
	 * 127/8 to the loopback interface), so per-address limits see a different client.
	 */
	protected WebTestClient clientFrom(String localAddress) {
		HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(localAddress, 0));
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	protected String adminToken() {
		return login("admin", ADMIN_PASSWORD);
	}

	/**
	 * Mints a token with the test private key, as another issuer of the same key would.
	 */
	protected static String mintToken(String subject, List<String> roles, Instant expiresAt) {
		try {
			var privateKey = RsaKeyConverters.pkcs8()
				.convert(new ClassPathResource("jwt/jwt-private.pem").getInputStream());
			JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("maservice-gateway")
				.subject(subject)
				.claim("roles", roles)
				.claim("departments", List.of())
				.issueTime(java.util.Date.from(Instant.now()))
				.expirationTime(java.util.Date.from(expiresAt))
				.jwtID(UUID.randomUUID().toString())
				.build();
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner(privateKey));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	protected static String mintToken(String subject, List<String> roles) {
		return mintToken(subject, roles, Instant.now().plus(Duration.ofMinutes(10)));
	}

	protected static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * Login body.
	 *
	 * @param username user name
	 * @param password password
	 */
	public record Credentials(String username, String password) {
	}

	/**
	 * Token response.
	 *
	 * @param access_token the JWT
	 * @param token_type Bearer
	 * @param expires_in seconds
	 */
	public record TokenBody(String access_token, String token_type, long expires_in) {
	}

}
