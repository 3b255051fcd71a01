package gov.maservice.qr.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZxingReadabilityCheckTests {

	private final ZxingReadabilityCheck check = new ZxingReadabilityCheck();

	@Test
	void aValidSymbolThatZxingsDetectorCannotFindIsRefused() {
		String unreadable = "https://fw.example.gov.cn/q/akkweckm";
		var matrix = QrEncoder.encode(unreadable, ErrorCorrection.M, false);
		assertThat(matrix.getWidth()).isEqualTo(29);
		assertThat(this.check.readable(unreadable)).isFalse();
	}

	@Test
	void ordinaryLinksPass() {
		assertThat(this.check.readable("https://fw.example.gov.cn/q/k7m2x9qa")).isTrue();
		assertThat(this.check.readable("http://localhost:8080/q/abcdefgh")).isTrue();
	}

}
