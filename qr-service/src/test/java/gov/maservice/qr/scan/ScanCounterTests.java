package gov.maservice.qr.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ScanCounterTests {

	private final MongoTemplate store = mock(MongoTemplate.class);

	private final ScanCounter counter = new ScanCounter(this.store, new ScanProperties(Duration.ofHours(1)));

	@Test
	void scansAreCountedWithoutTheStoreAndWrittenAsOneIncrementPerTokenAndDay() {
		List<Update> writes = recordWrites();
		for (int i = 0; i < 5; i++) {
			this.counter.count("k7m2x9qa", "ITEM", "410471-XK00101-001", null);
		}
		assertThat(writes).isEmpty();

		this.counter.flush();

		assertThat(writes).hasSize(1);
		assertThat(writes.get(0).getUpdateObject().get("$inc", org.bson.Document.class).get("count")).isEqualTo(5L);
	}

	@Test
	void scansCountedWhileTheStoreIsDownAreWrittenOnceItIsBack() {
		when(this.store.upsert(any(Query.class), any(Update.class), eq(DailyScans.class)))
			.thenThrow(new DataAccessResourceFailureException("store frozen"));
		this.counter.count("k7m2x9qa", "ITEM", "410471-XK00101-001", null);
		this.counter.count("k7m2x9qa", "ITEM", "410471-XK00101-001", null);
		assertThatThrownBy(this.counter::flush).isInstanceOf(DataAccessResourceFailureException.class);
		this.counter.count("k7m2x9qa", "ITEM", "410471-XK00101-001", null);

		List<Update> writes = recordWrites();
		this.counter.flush();

		assertThat(writes).hasSize(1);
		assertThat(writes.get(0).getUpdateObject().get("$inc", org.bson.Document.class).get("count")).isEqualTo(3L);
	}

	private List<Update> recordWrites() {
		List<Update> writes = new ArrayList<>();
		doAnswer((call) -> {
			writes.add(call.getArgument(1));
			return null;
		}).when(this.store).upsert(any(Query.class), any(Update.class), eq(DailyScans.class));
		return writes;
	}

}
