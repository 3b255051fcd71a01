package gov.maservice.notification.locality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalityDirectoryTests {

	private final LocalityDirectory directory = new LocalityDirectory(null,
			new DistrictProperties("410471", "平顶山高新技术产业开发区"));

	@Test
	void statisticalCodesNameTheirParent() {
		assertThat(this.directory.structuralParent("410471100201")).isEqualTo("410471100000");
		assertThat(this.directory.structuralParent("410471001003")).isEqualTo("410471001000");
		assertThat(this.directory.structuralParent("410471100000")).isEqualTo("410471");
		assertThat(this.directory.structuralParent("somewhere")).isEqualTo("410471");
	}

}
