package gov.maservice.platform.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StrictJsonTests {

	private final JsonMapper mapper = strictMapper();

	private static JsonMapper strictMapper() {
		JsonMapper.Builder builder = JsonMapper.builder();
		PlatformJsonAutoConfiguration.strict(builder);
		return builder.build();
	}

	record Body(String name, int count, Double share, Boolean urgent, Level level, Instant at, LocalDate day,
			OffsetDateTime when) {
	}

	enum Level {

		LOW, HIGH

	}

	@Test
	void wellTypedBodiesAreRead() {
		Body body = this.mapper.readValue("""
				{"name":"窗口","count":2,"share":1.5,"urgent":true,"level":"HIGH","at":"2026-12-04T10:00:00Z",
				"day":"9999-12-31","when":"0001-01-01T00:00:00+00:00"}""", Body.class);
		assertThat(body.name()).isEqualTo("窗口");
		assertThat(body.count()).isEqualTo(2);
		assertThat(body.at()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
		assertThat(body.day()).isEqualTo(LocalDate.of(9999, 12, 31));
	}

	@Test
	void scalarsAreNotCoercedToText() {
		assertRefused("{\"name\":false}", "name");
		assertRefused("{\"name\":0}", "name");
		assertRefused("{\"name\":1.5}", "name");
	}

	@Test
	void textIsNotCoercedToNumbersOrBooleansAndFloatsAreNotTruncated() {
		assertRefused("{\"count\":\"12\"}", "count");
		assertRefused("{\"count\":1.5}", "count");
		assertRefused("{\"share\":\"1.5\"}", "share");
		assertRefused("{\"urgent\":\"true\"}", "urgent");
		assertRefused("{\"urgent\":1}", "urgent");
		assertRefused("{\"level\":1}", "level");
	}

	@Test
	void datesOutsideYearsOneTo9999AreRefused() {
		assertRefused("{\"at\":\"+999999-01-01T00:00:00Z\"}", "at");
		assertRefused("{\"at\":\"10000-01-01T00:00:00Z\"}", "at");
		assertRefused("{\"day\":\"+10000-01-01\"}", "day");
		assertRefused("{\"day\":\"0000-12-31\"}", "day");
		assertRefused("{\"when\":\"+10000-06-01T00:00:00+08:00\"}", "when");
	}

	private void assertRefused(String json, String field) {
		assertThatExceptionOfType(MismatchedInputException.class)
			.isThrownBy(() -> this.mapper.readValue(json, Body.class))
			.satisfies((ex) -> assertThat(ex.getPath()).last().extracting("propertyName").isEqualTo(field));
	}

}
