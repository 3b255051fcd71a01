package gov.maservice.catalog.web;

import java.time.Duration;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuidePageCacheTests {

	private static final RenderedPage PAGE = RenderedPage.of("<p>指南</p>", "g1", null);

	private static GuidePageCache cache(int entries, Duration ttl) {
		return new GuidePageCache(new PageProperties("站点", "12345", Duration.ofSeconds(60), entries, ttl));
	}

	@Test
	void aRenderingIsServedOnlyAtTheRevisionItWasMadeFor() {
		GuidePageCache cache = cache(10, Duration.ofMinutes(1));
		cache.put("A", false, 3, PAGE);
		assertThat(cache.get("A", false, OptionalLong.of(3))).isSameAs(PAGE);
		assertThat(cache.get("A", false, OptionalLong.of(4))).isNull();
		assertThat(cache.get("A", true, OptionalLong.of(3))).isNull();
		assertThat(cache.get("A", false, OptionalLong.empty())).isNull();
	}

	@Test
	void aRenderingIsRenewedAfterItsTimeToLive() {
		GuidePageCache cache = cache(10, Duration.ZERO);
		cache.put("A", false, 3, PAGE);
		assertThat(cache.get("A", false, OptionalLong.of(3))).isNull();
	}

	@Test
	void theCacheNeverGrowsBeyondItsCapacity() {
		GuidePageCache cache = cache(2, Duration.ofMinutes(1));
		cache.put("A", false, 1, PAGE);
		cache.put("B", false, 1, PAGE);
		cache.put("C", false, 1, PAGE);
		assertThat(cache.size()).isLessThanOrEqualTo(2);
		assertThat(cache.get("C", false, OptionalLong.of(1))).isSameAs(PAGE);
	}

	@Test
	void etagsNameTheRevisionAndChangeWithTheContent() {
		RenderedPage other = RenderedPage.of("<p>指南（新）</p>", "g1", null);
		assertThat(PAGE.etag()).startsWith("\"g1-").endsWith("\"");
		assertThat(PAGE.gzipEtag()).isEqualTo(PAGE.etag().replace("\"", "").transform((tag) -> "\"" + tag + "-gz\""));
		assertThat(other.etag()).isNotEqualTo(PAGE.etag());
	}

}
