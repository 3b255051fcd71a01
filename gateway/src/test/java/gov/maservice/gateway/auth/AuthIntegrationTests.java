package gov.maservice.gateway.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.test.web.reactive.server.WebTestClient;

import gov.maservice.gateway.support.Backends;
import gov.maservice.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthIntegrationTests extends GatewayIntegrationTest {

	@Test
	void tokenIsAnRs256JwtVerifiableWithThePublicKey() throws Exception {
		TokenBody token = this.client.post()
			.uri("/api/v1/auth/token")
			.bodyValue(new Credentials("admin", ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.expectBody(TokenBody.class)
			.returnResult()
			.getResponseBody();

		assertThat(token.token_type()).isEqualTo("Bearer");
		assertThat(token.expires_in()).isEqualTo(3600);
		SignedJWT jwt = SignedJWT.parse(token.access_token());
		var publicKey = RsaKeyConverters.x509().convert(new ClassPathResource("jwt/jwt-public.pem").getInputStream());
		assertThat(jwt.verify(new RSASSAVerifier(publicKey))).isTrue();
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("maservice-gateway");
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("admin");
		assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN");
		assertThat(jwt.getJWTClaimsSet().getStringListClaim("departments")).isEmpty();
		assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isBetween(Instant.now().plusSeconds(3500),
				Instant.now().plusSeconds(3700));
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameProblem() {
		createUser("li.na", "li-na-password", List.of("PUBLISHER"));
		byte[] unknown = this.client.post()
			.uri("/api/v1/auth/token")
			.bodyValue(new Credentials("nobody-" + System.nanoTime(), "li-na-password"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		byte[] wrong = this.client.post()
			.uri("/api/v1/auth/token")
			.bodyValue(new Credentials("li.na", "not-the-password"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.returnResult()
			.getResponseBody();
		assertThat(detailOf(unknown)).isEqualTo(detailOf(wrong)).contains("Invalid username or password");
		// one failure does not lock the account
		assertThat(login("li.na", "li-na-password")).isNotBlank();
	}

	@Test
	void anAttackerHammeringAnAccountGets429ButCannotLockTheOwnerOut() {
		createUser("owner.one", "owner-one-password", List.of("PUBLISHER"));
		WebTestClient attacker = clientFrom("127.0.0.31");
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			statuses.add(attacker.post()
				.uri("/api/v1/auth/token")
				.bodyValue(new Credentials("owner.one", "guess-number-" + i))
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value());
		}
		// the address's free failures (6 in the test profile) and one more are checked,
		// then it must wait
		assertThat(statuses.subList(0, 7)).containsOnly(401);
		assertThat(statuses.subList(7, 12)).containsOnly(429);
		attacker.post()
			.uri("/api/v1/auth/token")
			.bodyValue(new Credentials("owner.one", "owner-one-password"))
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (retryAfter) -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 5L))
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(429)
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("failed logins"));

		// the owner, from another address, still gets in with the right password (after a
		// bounded wait)
		clientFrom("127.0.0.32").post()
			.uri("/api/v1/auth/token")
			.bodyValue(new Credentials("owner.one", "owner-one-password"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(TokenBody.class)
			.value((token) -> assertThat(token.access_token()).isNotBlank());
	}

	@Test
	void failedAttemptsOnAnAccountMakeLaterAttemptsWaitBoundedlyForKnownAndUnknownNames(
			@Autowired LoginAttempts attempts) {
		for (String name : List.of("li.na.waits", "nobody-" + System.nanoTime())) {
			List<Duration> delays = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				delays.add(attempts.charge(name).block());
			}
			// test profile: 3 free failures, then every attempt waits 50 ms, doubling up
			// to 200 ms
			assertThat(delays).as(name)
				.containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofMillis(50),
						Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(200));
			attempts.clear(name).block();
			assertThat(attempts.charge(name).block()).as("a success clears the count").isZero();
		}
	}

	@Test
	void adminCreatedAndChangedPasswordsMustMeetThePolicy() {
		String admin = adminToken();
		Map<String, String> bad = Map.of("short-pass", "at least 12 characters", "Policy.User.One", "the user name",
				"Password1234", "most common", "tab\tinside-password", "control characters");
		bad.forEach((password, message) -> this.client.post()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
			.bodyValue(Map.of("username", "policy.user.one", "password", password, "roles", List.of("EDITOR")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("password")
			.jsonPath("$.errors[0].message")
			.value((text) -> assertThat((String) text).as(password).contains(message)));
		createUser("policy.user.one", "a-long-and-uncommon-one", List.of("EDITOR"));
		this.client.patch()
			.uri("/api/v1/users/policy.user.one")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
			.bodyValue(Map.of("password", "administrator"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
		assertThat(login("policy.user.one", "a-long-and-uncommon-one")).isNotBlank();
	}

	@Test
	void malformedAndInvalidLoginBodiesAreBadRequests() {
		this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"username\": {\"$gt\": \"\"}, \"password\": \"x\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{not json")
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.client.post()
			.uri("/api/v1/auth/token")
			.bodyValue(Map.of("username", "", "password", ""))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.exists();
	}

	@Test
	void gatewayAdminEndpointsAnswer401WithoutTokenAnd403WithoutAdminRole() {
		String editor = mintToken("editor-1", List.of("EDITOR"));
		String publisher = mintToken("publisher-1", List.of("PUBLISHER"));
		for (String path : List.of("/api/v1/users", "/api/v1/api-keys")) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			this.client.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + editor)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			this.client.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + publisher)
				.exchange()
				.expectStatus()
				.isForbidden();
			this.client.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
				.exchange()
				.expectStatus()
				.isOk();
		}
		this.client.post()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + editor)
			.bodyValue(Map.of("username", "sneaky", "password", "sneaky-password", "roles", List.of("ADMIN")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void expiredForgedAndGarbageTokensAre401() {
		String expired = mintToken("admin", List.of("ADMIN"), Instant.now().minusSeconds(120));
		for (String token : List.of(expired, "not-a-jwt", adminToken() + "x")) {
			this.client.get()
				.uri("/api/v1/users")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.detail")
				.value(detail -> assertThat((String) detail).contains("invalid"));
		}
		// a bad token is refused even on an open read
		this.client.get()
			.uri("/api/v1/items")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + expired)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void writesToServicesNeedATokenAtTheGatewayAndTheTokenIsForwarded() {
		int before = Backends.CATALOG.count("POST", "/api/v1/items");
		this.client.post()
			.uri("/api/v1/items")
			.bodyValue(Map.of("code", "x"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer");
		this.client.post()
			.uri("/api/v1/items")
			.header("X-API-Key", "msk_0123456789abcdef_whatever")
			.bodyValue(Map.of("code", "x"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(Backends.CATALOG.count("POST", "/api/v1/items")).isEqualTo(before);

		String token = mintToken("editor-2", List.of("EDITOR"));
		this.client.post()
			.uri("/api/v1/items")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.bodyValue(Map.of("code", "x"))
			.exchange()
			.expectStatus()
			.isCreated();
		assertThat(Backends.CATALOG.count("POST", "/api/v1/items")).isEqualTo(before + 1);
		assertThat(Backends.CATALOG.last("/api/v1/items").authorization()).isEqualTo("Bearer " + token);
	}

	@Test
	void boardCredentialIsNotMistakenForABadJwt() {
		this.client.get()
			.uri("/api/v1/boards/board-7/stream")
			.header(HttpHeaders.AUTHORIZATION, "Bearer brd_s3cr3t-credential")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody()
			.blockFirst();
		assertThat(Backends.NOTIFICATION.last("/api/v1/boards/board-7/stream").authorization())
			.isEqualTo("Bearer brd_s3cr3t-credential");

		this.client.get().uri("/api/v1/boards/board-7/stream").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void adminsCreateListAndDisableUsers() {
		String admin = adminToken();
		createUser("wang.fang", "wang-fang-password", List.of("EDITOR"), List.of("scjgj"));
		String editorToken = login("wang.fang", "wang-fang-password");
		assertThat(editorToken).isNotBlank();

		this.client.get()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.username == 'wang.fang')].departments[0]")
			.isEqualTo("scjgj")
			.jsonPath("$[0].passwordHash")
			.doesNotExist();

		this.client.post()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
			.bodyValue(Map.of("username", "wang.fang", "password", "another-password", "roles", List.of("EDITOR")))
			.exchange()
			.expectStatus()
			.isEqualTo(409);

		this.client.post()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
			.bodyValue(Map.of("username", "x", "password", "short", "roles", List.of("SUPERUSER")))
			.exchange()
			.expectStatus()
			.isBadRequest();

		this.client.patch()
			.uri("/api/v1/users/wang.fang")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
			.bodyValue(Map.of("enabled", false))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.enabled")
			.isEqualTo(false);
		this.client.post()
			.uri("/api/v1/auth/token")
			.bodyValue(new Credentials("wang.fang", "wang-fang-password"))
			.exchange()
			.expectStatus()
			.isUnauthorized();

		this.client.patch()
			.uri("/api/v1/users/admin")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
			.bodyValue(Map.of("enabled", false))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void bootstrapAdminNeedsAPasswordUntilItExistsAndASetPasswordResetsIt(@Autowired UserService users) {
		assertThatThrownBy(() -> users.ensureAdmin("root-" + System.nanoTime(), Optional.empty()).block())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ADMIN_PASSWORD is not set");
		assertThatThrownBy(() -> users.ensureAdmin("third.admin", Optional.of("admin123")).block())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ADMIN_PASSWORD does not meet the password policy")
			.hasMessageContaining("at least 12 characters")
			.hasMessageNotContaining("admin123");

		assertThat(users.ensureAdmin("second.admin", Optional.of("first-password")).block()).isTrue();
		assertThat(users.ensureAdmin("second.admin", Optional.empty()).block()).isFalse();
		assertThat(users.ensureAdmin("second.admin", Optional.of("first-password")).block()).isFalse();
		assertThat(users.ensureAdmin("second.admin", Optional.of("second-password")).block()).isTrue();
		assertThat(login("second.admin", "second-password")).isNotBlank();
		this.client.post()
			.uri("/api/v1/auth/token")
			.bodyValue(new Credentials("second.admin", "first-password"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private void createUser(String username, String password, List<String> roles) {
		createUser(username, password, roles, List.of());
	}

	private void createUser(String username, String password, List<String> roles, List<String> departments) {
		this.client.post()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.bodyValue(Map.of("username", username, "password", password, "roles", roles, "departments", departments))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/api/v1/users/" + username);
	}

	private static String detailOf(byte[] problem) {
		return JsonMapper.builder().build().readTree(problem).get("detail").toString();
	}

}
