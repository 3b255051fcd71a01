package gov.maservice.catalog.form;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import gov.maservice.catalog.CatalogIntegrationTestSupport;
import gov.maservice.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading, listing, downloading and deleting forms, and the limits on what may be
 * uploaded.
 */
class FormsIntegrationTests extends CatalogIntegrationTestSupport {

	private static final String ITEM = "410471-XK00101-001";

	@Test
	void uploadedFormIsListedOnTheGuideAndDownloadsWithItsChineseName() {
		byte[] pdf = "%PDF-1.4\n食品经营许可申请书\n%%EOF".getBytes(StandardCharsets.UTF_8);
		String location = upload(TestTokens.admin(), "食品经营许可申请书.pdf", pdf, "SAMPLE").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.kind")
			.isEqualTo("SAMPLE")
			.jsonPath("$.contentType")
			.isEqualTo("application/pdf")
			.jsonPath("$.filename")
			.isEqualTo("食品经营许可申请书.pdf")
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();

		this.http.get()
			.uri("/api/v1/items/{code}/guide", ITEM)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.forms[?(@.downloadPath == '" + location + "')].name")
			.isEqualTo("申请书");

		byte[] downloaded = this.http.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectHeader()
			.value(HttpHeaders.CONTENT_DISPOSITION,
					(value) -> assertThat(value).startsWith("attachment")
						.contains("filename*=UTF-8''%E9%A3%9F%E5%93%81"))
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(downloaded).isEqualTo(pdf);

		this.http.delete()
			.uri(location)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.delete()
			.uri(location)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isNoContent();
		this.http.get().uri(location).exchange().expectStatus().isNotFound();
	}

	@Test
	void fileOverTheLimitIs413() {
		byte[] large = new byte[100 * 1024];
		Arrays.fill(large, (byte) 'a');
		System.arraycopy("%PDF".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 4);
		upload(TestTokens.admin(), "大文件.pdf", large, "BLANK").expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void executableRenamedToPdfIsRefused() {
		byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		upload(TestTokens.admin(), "申请书.pdf", executable, "BLANK").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("file");
		upload(TestTokens.admin(), "setup.exe", executable, "BLANK").expectStatus().isBadRequest();
	}

	@Test
	void unknownKindAndMissingTokenAreRefused() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
		upload(TestTokens.admin(), "样表.png", png, "POSTER").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("kind");
		upload(null, "样表.png", png, "BLANK").expectStatus().isUnauthorized();
		upload(TestTokens.editor("rsj"), "样表.png", png, "BLANK").expectStatus().isForbidden();
	}

	private RestTestClient.ResponseSpec upload(String token, String filename, byte[] content, String kind) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		});
		body.add("kind", kind);
		body.add("name", "申请书");
		RestTestClient.RequestBodySpec request = this.http.post()
			.uri("/api/v1/items/{code}/forms", ITEM)
			.contentType(MediaType.MULTIPART_FORM_DATA);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
		}
		return request.body(body).exchange();
	}

}
