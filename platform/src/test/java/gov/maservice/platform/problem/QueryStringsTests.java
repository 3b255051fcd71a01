package gov.maservice.platform.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryStringsTests {

	@Test
	void cleanQueriesPass() {
		assertThat(QueryStrings.problem(null)).isNull();
		assertThat(QueryStrings.problem("")).isNull();
		assertThat(QueryStrings.problem("q=%E8%90%A5%E4%B8%9A&page=0&size[$gt]=1&flag&a=b=c&x=%20+y")).isNull();
	}

	@Test
	void badEscapesAndNonUtf8AreFound() {
		assertThat(QueryStrings.problem("q=%FF")).contains("percent-encoding");
		assertThat(QueryStrings.problem("q=%")).contains("percent-encoding");
		assertThat(QueryStrings.problem("q=%4")).contains("percent-encoding");
		assertThat(QueryStrings.problem("q=%G1")).contains("percent-encoding");
		assertThat(QueryStrings.problem("q=%E8%90")).contains("percent-encoding");
		assertThat(QueryStrings.problem("%C0%AF=1")).contains("percent-encoding");
	}

	@Test
	void controlCharactersInNamesAreFoundButNotInValues() {
		assertThat(QueryStrings.problem("a%01b=1")).contains("control character");
		assertThat(QueryStrings.problem("a\u0001b=1")).contains("control character");
		assertThat(QueryStrings.problem("%7F=1")).contains("control character");
		assertThat(QueryStrings.problem("note=line%0Aline")).isNull();
	}

}
