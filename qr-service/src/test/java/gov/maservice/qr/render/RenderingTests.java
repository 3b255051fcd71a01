package gov.maservice.qr.render;

import java.nio.file.Path;
import java.util.List;

import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;

import gov.maservice.qr.QrCodes;
import gov.maservice.qr.config.QrProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderingTests {

	private static final String LINK = "http://localhost:8080/q/k7m2x9qa";

	private static final QrProperties.Render LIMITS = new QrProperties.Render(96, 2048, 256, 4.5, 10,
			java.time.Duration.ofMinutes(5));

	@Test
	void pngIsAOneBitIndexedImageOfTheAskedSizeThatDecodes() {
		for (ErrorCorrection ecc : ErrorCorrection.values()) {
			for (int size : List.of(96, 128, 256, 257, 1000, 2048)) {
				byte[] png = PngEncoder.bitmap(QrEncoder.encode(LINK, ecc, false), 4, size, Rgb.BLACK, Rgb.WHITE);
				assertThat(png[24]).as("bit depth").isEqualTo((byte) 1);
				assertThat(png[25]).as("colour type: indexed").isEqualTo((byte) 3);
				assertThat(readInt(png, 16)).isEqualTo(size);
				assertThat(QrCodes.decodePng(png)).as(ecc + "@" + size).isEqualTo(LINK);
			}
		}
	}

	@Test
	void theQuietZoneIsAtLeastTheMarginInEveryDirection() {
		BitMatrix matrix = QrEncoder.encode(LINK, ErrorCorrection.M, false);
		int size = 300;
		int scale = PngEncoder.moduleScale(matrix.getWidth(), 4, size);
		int offset = (size - matrix.getWidth() * scale) / 2;
		assertThat(offset).isGreaterThanOrEqualTo(4 * scale);
		assertThat(size - offset - matrix.getWidth() * scale).isGreaterThanOrEqualTo(4 * scale);
	}

	@Test
	void aCentreMarkForcesLevelHAndStillDecodes() {
		BitMatrix marked = QrEncoder.encode(LINK, ErrorCorrection.L, true);
		assertThat(marked.getWidth()).isEqualTo(QrEncoder.encode(LINK, ErrorCorrection.H, false).getWidth());
		assertThat(QrCodes.decodePng(PngEncoder.bitmap(marked, 4, 256, Rgb.BLACK, Rgb.WHITE))).isEqualTo(LINK);
		assertThat(QrCodes.decodeSvg(SvgEncoder.svg(marked, 4, 256, Rgb.BLACK, Rgb.WHITE, null))).isEqualTo(LINK);
	}

	@Test
	void svgIsOnePathInModuleUnitsWithEscapedCaption() {
		String svg = SvgEncoder.svg(QrEncoder.encode(LINK, ErrorCorrection.M, false), 4, 512, Rgb.BLACK, Rgb.WHITE,
				new String[] { "<script>alert('x')</script>&食品", "410471-XK00101-001" });
		assertThat(svg.split("<path", -1)).hasSize(2);
		assertThat(svg).contains("viewBox=\"0 0 37 ")
			.contains("width=\"512\"")
			.doesNotContain("<script>")
			.contains("&lt;script&gt;");
		assertThat(QrCodes.decodeSvg(svg)).isEqualTo(LINK);
	}

	@Test
	void tooSmallForTwoPixelsPerModuleIsRefused() {
		BitMatrix matrix = QrEncoder.encode(LINK, ErrorCorrection.H, false);
		assertThatIllegalArgumentException().isThrownBy(() -> PngEncoder.bitmap(matrix, 16, 96, Rgb.BLACK, Rgb.WHITE))
			.withMessageContaining("needs at least");
	}

	@Test
	void coloursMustBeDarkOnLightWithEnoughContrast() {
		assertThat(Rgb.contrast(Rgb.BLACK, Rgb.WHITE)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
		assertThat(Rgb.parse("1a3d6e")).isEqualTo(new Rgb(0x1A, 0x3D, 0x6E));
		assertThat(ImageOptions.of(request("#1A3D6E", "#FFF8E7"), LIMITS).foreground().hex()).isEqualTo("#1A3D6E");
		assertThatThrownBy(() -> ImageOptions.of(request("#FFFFFF", "#000000"), LIMITS)).hasMessageContaining("400");
		assertThatThrownBy(() -> ImageOptions.of(request("#767676", "#999999"), LIMITS)).hasMessageContaining("400");
		assertThatThrownBy(() -> ImageOptions.of(request("red", null), LIMITS)).hasMessageContaining("400");
	}

	@Test
	void captionsWrapAtTwoLinesAndEndWithAnEllipsis() {
		List<String> lines = Captions.wrap("城乡居民基本养老保险待遇领取资格认证及待遇发放申请", 2, 10, (text) -> text.length());
		assertThat(lines).containsExactly("城乡居民基本养老保险", "待遇领取资格认证及…");
		assertThat(Captions.wrap("出生医学证明", 2, 10, (text) -> text.length())).containsExactly("出生医学证明");
		assertThat(Captions.wrap("x".repeat(10_000_000), 2, 10, (text) -> text.length())).hasSize(2);
	}

	@Test
	void theFontPathIsConfigurableAndAMissingFontIsAClearError() {
		var font = new gov.maservice.qr.font.CjkFont(Path.of("/nonexistent/wqy-zenhei.ttc"));
		assertThatThrownBy(font::awt).hasMessageContaining("503").hasMessageContaining("fonts-wqy-zenhei");
	}

	private static ImageRequest request(String fg, String bg) {
		return new ImageRequest(null, null, null, fg, bg, null, null, null);
	}

	private static int readInt(byte[] bytes, int offset) {
		return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16) | ((bytes[offset + 2] & 0xFF) << 8)
				| (bytes[offset + 3] & 0xFF);
	}

}
