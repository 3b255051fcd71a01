package gov.maservice.qr.link;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import gov.maservice.qr.IntegrationTestSupport;
import gov.maservice.qr.QrCodes;
import gov.maservice.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

class LinkApiIntegrationTests extends IntegrationTestSupport {

	private static final String PUBLISHER = TestTokens.bearer("publisher", "PUBLISHER");

	@Test
	void aPublisherCreatesACustomLinkAndRedirectsItLaterWithoutReprinting() {
		HttpResponse<byte[]> created = write("POST", "/api/v1/links",
				"{\"title\":\"河南政务服务网\",\"target\":\"https://www.hnzwfw.gov.cn/\"}", PUBLISHER);
		assertThat(created.statusCode()).isEqualTo(201);
		String body = text(created);
		String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/links/" + token);
		assertThat(body).contains("\"kind\":\"CUSTOM\"")
			.contains("\"shortUrl\":\"" + BASE + "/q/" + token + "\"")
			.contains("\"pngUrl\":\"" + BASE + "/api/v1/qr/links/" + token + ".png\"");

		String printed = QrCodes.decodePng(get("/api/v1/qr/links/" + token + ".png?caption=true").body());
		assertThat(printed).isEqualTo(BASE + "/q/" + token);
		assertThat(get("/q/" + token).headers().firstValue("Location")).hasValue("https://www.hnzwfw.gov.cn/");

		HttpResponse<byte[]> changed = write("PUT", "/api/v1/links/" + token,
				"{\"title\":\"河南政务服务网（新）\",\"target\":\"/d/scjgj?from=poster\"}", PUBLISHER);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(text(changed)).contains("\"target\":\"" + BASE + "/d/scjgj?from=poster\"");
		assertThat(get("/q/" + token).headers().firstValue("Location")).hasValue(BASE + "/d/scjgj?from=poster");
		assertThat(QrCodes.decodePng(get("/api/v1/qr/links/" + token + ".png").body())).isEqualTo(printed);

		assertThat(text(get("/api/v1/links/" + token, "Authorization", PUBLISHER))).contains("河南政务服务网（新）");
		assertThat(text(get("/api/v1/links?kind=CUSTOM&size=500", "Authorization", PUBLISHER))).contains(token);
	}

	@Test
	void catalogLinksCannotBeRedirectedByHand() {
		department("lkgaj", "公安分局（测试）", 1);
		awaitDepartment("lkgaj", "公安分局（测试）");
		String link = QrCodes.decodePng(get("/api/v1/qr/departments/lkgaj.png").body());
		String token = link.substring(link.lastIndexOf('/') + 1);
		HttpResponse<byte[]> response = write("PUT", "/api/v1/links/" + token,
				"{\"title\":\"x\",\"target\":\"https://www.hnzwfw.gov.cn/\"}", PUBLISHER);
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void badTargetsAndBodiesAreProblemDetails() {
		for (String target : List.of("javascript:alert(1)", "ftp://www.hnzwfw.gov.cn/x", "//evil.example/x",
				"/\\\\evil.example/x", "https://", "http://user:pw@www.hnzwfw.gov.cn/", "not a url at all",
				"relative/without/slash", "/g/x y")) {
			HttpResponse<byte[]> response = write("POST", "/api/v1/links",
					"{\"title\":\"t\",\"target\":\"" + target + "\"}", PUBLISHER);
			assertThat(response.statusCode()).as(target).isEqualTo(400);
			assertThat(text(response)).as(target).contains("\"field\":\"target\"");
		}
		HttpResponse<byte[]> noTitle = write("POST", "/api/v1/links", "{\"target\":\"https://example.org/\"}",
				PUBLISHER);
		assertThat(noTitle.statusCode()).isEqualTo(400);
		assertThat(text(noTitle)).contains("\"field\":\"title\"");
		HttpResponse<byte[]> hugeTitle = write("POST", "/api/v1/links",
				"{\"title\":\"" + "长".repeat(200_000) + "\",\"target\":\"https://example.org/\"}", PUBLISHER);
		assertThat(hugeTitle.statusCode()).isEqualTo(400);
		assertThat(write("POST", "/api/v1/links", "{not json", PUBLISHER).statusCode()).isEqualTo(400);
		assertThat(write("POST", "/api/v1/links", "{\"title\":{\"$gt\":\"\"},\"target\":\"https://e.org/\"}", PUBLISHER)
			.statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/links?kind=NOPE", "Authorization", PUBLISHER).statusCode()).isEqualTo(400);
	}

	@Test
	void controlCharactersInTitlesAreRefused() {
		HttpResponse<byte[]> response = write("POST", "/api/v1/links",
				"{\"title\":\"政务\\u000b服务网\",\"target\":\"https://www.hnzwfw.gov.cn/\"}", PUBLISHER);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(text(response)).contains("\"field\":\"title\"", "must not contain control characters");
	}

	@Test
	void writesNeedAPublisherOrAdminToken() {
		String body = "{\"title\":\"t\",\"target\":\"https://www.hnzwfw.gov.cn/\"}";
		HttpResponse<byte[]> anonymous = write("POST", "/api/v1/links", body, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		HttpResponse<byte[]> editor = write("POST", "/api/v1/links", body, TestTokens.bearer("ed", "EDITOR"));
		assertThat(editor.statusCode()).isEqualTo(403);
		assertThat(editor.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		String foreign = "Bearer " + TestTokens.token("someone-else", "admin", List.of("ADMIN"));
		assertThat(write("POST", "/api/v1/links", body, foreign).statusCode()).isEqualTo(401);
		assertThat(write("POST", "/api/v1/links", body, "Bearer not.a.token").statusCode()).isEqualTo(401);
		assertThat(write("POST", "/api/v1/links", body, TestTokens.bearer("admin", "ADMIN")).statusCode())
			.isEqualTo(201);
		assertThat(get("/api/v1/links").statusCode()).isEqualTo(401);
	}

	@Test
	void targetsOnHostsOutsideTheAllowListAreRefusedNamingTheField() {
		for (String target : List.of("https://evil.example/", "https://www.hnzwfw.gov.cn.evil.example/",
				"https://evil.example/?https://www.hnzwfw.gov.cn/", "http://fw.example.gov.cn@evil.example/")) {
			HttpResponse<byte[]> response = write("POST", "/api/v1/links",
					"{\"title\":\"t\",\"target\":\"" + target + "\"}", PUBLISHER);
			assertThat(response.statusCode()).as(target).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(text(response)).as(target).contains("\"field\":\"target\"");
		}
		assertThat(text(
				write("POST", "/api/v1/links", "{\"title\":\"t\",\"target\":\"https://evil.example/\"}", PUBLISHER)))
			.contains("not on the allow-list");
		// the site's own host, the portal (any case, trailing dot) and paths on the own
		// site are allowed
		for (String target : List.of(BASE + "/g/410471-XK00101-001", "https://WWW.HNZWFW.GOV.CN./bsznList",
				"/l/410471100201")) {
			HttpResponse<byte[]> created = write("POST", "/api/v1/links",
					"{\"title\":\"t\",\"target\":\"" + target + "\"}", PUBLISHER);
			assertThat(created.statusCode()).as(target).isEqualTo(201);
		}
		// a repointed link is checked like a new one
		String token = text(write("POST", "/api/v1/links", "{\"title\":\"t\",\"target\":\"/\"}", PUBLISHER))
			.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		HttpResponse<byte[]> repointed = write("PUT", "/api/v1/links/" + token,
				"{\"title\":\"t\",\"target\":\"https://evil.example/\"}", PUBLISHER);
		assertThat(repointed.statusCode()).isEqualTo(400);
		assertThat(get("/q/" + token).headers().firstValue("Location")).hasValue(BASE + "/");
	}

	@Test
	void linksStoredBeforeTheAllowListKeepRedirectingAndAreReported(@Autowired MongoTemplate mongo,
			@Autowired LinkAllowListAudit audit) {
		Instant then = Instant.parse("2026-01-05T08:00:00Z");
		mongo.insert(new ShortLink("Legacy7x", LinkKind.CUSTOM, null, null, "CUSTOM:Legacy7x",
				"https://old-partner.example.org/page", "旧链接", then, then, "someone"));
		HttpResponse<byte[]> scanned = get("/q/Legacy7x");
		assertThat(scanned.statusCode()).isEqualTo(302);
		assertThat(scanned.headers().firstValue("Location")).hasValue("https://old-partner.example.org/page");
		assertThat(audit.linksOutsideTheAllowList()).contains("Legacy7x -> https://old-partner.example.org/page")
			.noneMatch((entry) -> entry.contains("hnzwfw"));
	}

	private HttpResponse<byte[]> write(String method, String path, String json, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

}
