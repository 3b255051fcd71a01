package gov.maservice.catalog.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ImportEncodingTests {

	private static final String TEXT = "code,name\r\n410471-XK00101-001,食品经营许可（新办）\r\n";

	@Test
	void utf8WithAndWithoutByteOrderMark() {
		assertThat(ImportEncoding.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
		assertThat(ImportEncoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
	}

	@Test
	void gbkAsExcelAndWpsSaveItOnChineseWindows() {
		assertThat(ImportEncoding.decode(TEXT.getBytes(Charset.forName("GBK")))).isEqualTo(TEXT);
		assertThat(ImportEncoding.decode(TEXT.getBytes(ImportEncoding.GB18030))).isEqualTo(TEXT);
	}

	@Test
	void utf16ByItsByteOrderMark() {
		assertThat(ImportEncoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(TEXT);
		assertThat(ImportEncoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE))).isEqualTo(TEXT);
	}

	@Test
	void undecodableBytesAreRefusedWithTheirLine() {
		byte[] file = { 'a', '\n', 'b', '\n', 'c', (byte) 0xFF, '\n' };
		ErrorResponseException problem = catchThrowableOfType(ErrorResponseException.class,
				() -> ImportEncoding.decode(file));
		assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem.getBody().getDetail()).contains("line 3 is not valid UTF-8", "line 3 is not valid GB18030");
		assertThat(problem.getBody().getProperties()).containsEntry("line", 3);

		byte[] truncated = ("\uFEFFa\nb\nc").getBytes(StandardCharsets.UTF_16LE);
		byte[] odd = Arrays.copyOf(truncated, truncated.length - 1);
		ErrorResponseException utf16 = catchThrowableOfType(ErrorResponseException.class,
				() -> ImportEncoding.decode(odd));
		assertThat(utf16.getBody().getDetail()).contains("UTF-16LE", "line 3");
	}

}
