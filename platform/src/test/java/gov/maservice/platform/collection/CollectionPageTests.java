package gov.maservice.platform.collection;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CollectionPageTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void numberedPageLinksKeepFiltersAndReplacePaging() {
		CollectionPage<String> page = CollectionPage.ofPage(List.of("a", "b"), 1, 2, 5,
				URI.create("http://host:8081/api/v1/items?department=D1&page=1&size=2"));

		assertThat(page.page()).isEqualTo(new CollectionPage.PageInfo(2, 1, 5L, 3, null));
		assertThat(page.links().self()).isEqualTo("/api/v1/items?department=D1&page=1&size=2");
		assertThat(page.links().first()).isEqualTo("/api/v1/items?department=D1&page=0&size=2");
		assertThat(page.links().prev()).isEqualTo("/api/v1/items?department=D1&page=0&size=2");
		assertThat(page.links().next()).isEqualTo("/api/v1/items?department=D1&page=2&size=2");
		assertThat(page.links().last()).isEqualTo("/api/v1/items?department=D1&page=2&size=2");
	}

	@Test
	void encodedQueriesStayEncodedOnce() {
		CollectionPage<String> page = CollectionPage.ofPage(List.of("a"), 0, 1, 2,
				URI.create("/api/v1/search?q=%E8%90%A5%E4%B8%9A+%2B"));
		assertThat(page.links().self()).isEqualTo("/api/v1/search?q=%E8%90%A5%E4%B8%9A+%2B");
		assertThat(page.links().next()).isEqualTo("/api/v1/search?q=%E8%90%A5%E4%B8%9A+%2B&page=1&size=1");
	}

	@Test
	void lastPageHasNoNextAndEmptyListHasOnePage() {
		CollectionPage<String> last = CollectionPage.ofPage(List.of("e"), 2, 2, 5, URI.create("/x?page=2&size=2"));
		assertThat(last.links().next()).isNull();

		CollectionPage<String> empty = CollectionPage.ofPage(List.of(), 0, 20, 0, URI.create("/x"));
		assertThat(empty.page().totalPages()).isEqualTo(1);
		assertThat(empty.links().prev()).isNull();
		assertThat(empty.links().next()).isNull();
	}

	@Test
	void pastTheEndPointsBackToTheLastPage() {
		CollectionPage<String> beyond = CollectionPage.ofPage(List.of(), 9, 2, 5, URI.create("/x?page=9&size=2"));
		assertThat(beyond.links().prev()).isEqualTo("/x?page=2&size=2");
		assertThat(beyond.links().next()).isNull();
	}

	@Test
	void cursorPageLinksToTheNextCursorOnlyWhileThereIsMore() {
		CollectionPage<String> more = CollectionPage.ofCursor(List.of("a"), 1, "c/1+x=",
				URI.create("/api/v1/changes?types=notice.issued"));
		assertThat(more.page().nextCursor()).isEqualTo("c/1+x=");
		assertThat(more.links().next()).isEqualTo("/api/v1/changes?types=notice.issued&after=c%2F1%2Bx%3D&size=1");

		CollectionPage<String> done = CollectionPage.ofCursor(List.of(), 1, null, URI.create("/api/v1/changes"));
		assertThat(done.links().next()).isNull();
	}

	@Test
	void jsonLeavesOutWhatDoesNotApply() {
		String body = this.json
			.writeValueAsString(CollectionPage.ofAll(List.of("x"), URI.create("/api/v1/departments")));
		assertThat(body).isEqualTo("{\"items\":[\"x\"],\"page\":{\"size\":1,\"number\":0,\"totalElements\":1,"
				+ "\"totalPages\":1},\"links\":{\"self\":\"/api/v1/departments\",\"first\":\"/api/v1/departments\","
				+ "\"last\":\"/api/v1/departments\"}}");
	}

}
