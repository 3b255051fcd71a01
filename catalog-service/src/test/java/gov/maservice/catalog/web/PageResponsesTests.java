package gov.maservice.catalog.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PageResponsesTests {

	private static final RenderedPage PAGE = RenderedPage.of("<p>指南</p>", "g7", Instant.parse("2026-11-01T08:00:00Z"));

	private static ResponseEntity<byte[]> send(MockHttpServletRequest request) {
		return PageResponses.send(request, PAGE, HttpStatus.OK, Duration.ofSeconds(60));
	}

	@Test
	void gzipOnlyForClientsThatAcceptIt() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Encoding", "br, gzip;q=0.8");
		assertThat(send(request).getHeaders().getFirst("Content-Encoding")).isEqualTo("gzip");
		MockHttpServletRequest refuses = new MockHttpServletRequest();
		refuses.addHeader("Accept-Encoding", "gzip;q=0, br");
		assertThat(send(refuses).getHeaders().getFirst("Content-Encoding")).isNull();
		assertThat(send(new MockHttpServletRequest()).getBody()).isEqualTo(PAGE.html());
	}

	@Test
	void ifNoneMatchWinsOverIfModifiedSinceAndWeakTagsMatch() {
		MockHttpServletRequest matching = new MockHttpServletRequest();
		matching.addHeader("If-None-Match", "\"x\", W/" + PAGE.etag());
		assertThat(send(matching).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
		MockHttpServletRequest stale = new MockHttpServletRequest();
		stale.addHeader("If-None-Match", "\"old\"");
		stale.addHeader("If-Modified-Since", "Sun, 01 Nov 2026 09:00:00 GMT");
		assertThat(send(stale).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void ifModifiedSinceAnswersWithSecondPrecision() {
		MockHttpServletRequest same = new MockHttpServletRequest();
		same.addHeader("If-Modified-Since", "Sun, 01 Nov 2026 08:00:00 GMT");
		assertThat(send(same).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
		MockHttpServletRequest earlier = new MockHttpServletRequest();
		earlier.addHeader("If-Modified-Since", "Sun, 01 Nov 2026 07:59:59 GMT");
		assertThat(send(earlier).getStatusCode()).isEqualTo(HttpStatus.OK);
		MockHttpServletRequest garbage = new MockHttpServletRequest();
		garbage.addHeader("If-Modified-Since", "yesterday");
		assertThat(send(garbage).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void errorsAreNeverCachedOrAnswered304() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("If-None-Match", "*");
		ResponseEntity<byte[]> notFound = PageResponses.send(request, PAGE, HttpStatus.NOT_FOUND,
				Duration.ofSeconds(60));
		assertThat(notFound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(notFound.getHeaders().getCacheControl()).isEqualTo("no-cache");
		assertThat(notFound.getHeaders().getETag()).isNull();
	}

}
