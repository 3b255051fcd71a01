package gov.maservice.catalog.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import gov.maservice.catalog.guide.Guide;
import gov.maservice.platform.json.PlatformJsonAutoConfiguration;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every entry of the shipped seed passes the checks an editor's input passes: the
 * application's own JSON mapper (with application.yml) and validator, no broker and no
 * store. An invalid entry fails the build here instead of the catalog's start-up.
 */
class SeedFilesTests {

	private static ConfigurableApplicationContext context;

	private static JsonMapper jsonMapper;

	private static Validator validator;

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@BeforeAll
	static void startTheApplicationsMapperAndValidator() {
		context = new SpringApplicationBuilder(JsonAndValidation.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run();
		jsonMapper = context.getBean(JsonMapper.class);
		validator = context.getBean(Validator.class);
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@Test
	void everyEntryOfTheShippedSeedIsValid() throws IOException {
		SeedFiles seed = SeedFiles.read(this.resources, "classpath:seed/", jsonMapper, validator);
		assertThat(seed.problems()).as("invalid seed entries (fix tools/seed-generator/curated and regenerate)")
			.isEmpty();
		assertThat(seed.guides()).hasSizeGreaterThanOrEqualTo(1009);
		assertThat(seed.departments()).hasSize(32);
		assertThat(seed.localities()).hasSize(32);
		assertThat(seed.guides()).extracting(Guide::name).contains("个体工商户设立登记（营业执照核发）");
	}

	@Test
	void theIntegrationTestsFixtureIsValidToo() throws IOException {
		SeedFiles seed = SeedFiles.read(this.resources, "classpath:seed-fixture/", jsonMapper, validator);
		assertThat(seed.problems()).isEmpty();
		assertThat(seed.guides()).extracting(Guide::code).contains("410471-GG00201-001", "410471-XK00102-001");
	}

	@Test
	void invalidEntriesAreNamedWithTheirFileAndFieldAndTheSeedIsRefusedAsAWhole(@TempDir Path dir) throws IOException {
		Path fixture = Path.of("src/test/resources/seed-fixture");
		Files.copy(fixture.resolve("departments.json"), dir.resolve("departments.json"));
		Files.copy(fixture.resolve("localities.json"), dir.resolve("localities.json"));
		Files.createDirectories(dir.resolve("items"));
		ArrayNode guides = (ArrayNode) jsonMapper.readTree(Files.readString(fixture.resolve("items/scjgj.json")));
		ObjectNode valid = (ObjectNode) guides.get(0);
		ObjectNode blankName = valid.deepCopy().put("code", "410471-XK00199-001").put("name", " ");
		ObjectNode unknownDepartment = valid.deepCopy()
			.put("code", "410471-XK00198-001")
			.put("departmentCode", "nosuch");
		ObjectNode wrongType = valid.deepCopy().put("code", "410471-XK00197-001");
		wrongType.putObject("caseType").put("not", "an enum");
		ArrayNode items = jsonMapper.createArrayNode().add(valid).add(blankName).add(unknownDepartment).add(wrongType);
		Files.writeString(dir.resolve("items/scjgj.json"), jsonMapper.writeValueAsString(items),
				StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("items/broken.json"), "[{\"code\": ", StandardCharsets.UTF_8);

		SeedFiles seed = SeedFiles.read(this.resources, dir.toUri().toString(), jsonMapper, validator);

		assertThat(seed.guides()).extracting(Guide::code)
			.containsExactly(valid.get("code").asString(), "410471-XK00198-001");
		assertThat(seed.problems())
			.anySatisfy((problem) -> assertThat(problem).startsWith("items/broken.json: not JSON"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("items/scjgj.json[1] name: "))
			.anySatisfy((problem) -> assertThat(problem)
				.isEqualTo("items 410471-XK00198-001 departmentCode: department 'nosuch' is not in the seed"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("items/scjgj.json[3]: not a valid Guide"))
			.hasSize(4);
		assertThatExceptionOfType(SeedFiles.InvalidSeedException.class).isThrownBy(seed::requireValid)
			.withMessageContaining("has 4 invalid entries; nothing was loaded")
			.withMessageContaining("items/scjgj.json[1] name: ");
	}

	/**
	 * The beans that read and check request bodies, configured by application.yml, and
	 * nothing else.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ JacksonAutoConfiguration.class, ValidationAutoConfiguration.class,
			PlatformJsonAutoConfiguration.class })
	static class JsonAndValidation {

	}

	@Test
	void noGuideFilesMeansNoSeed(@TempDir Path dir) throws IOException {
		assertThat(SeedFiles.itemFiles(this.resources, dir.toUri().toString())).isEmpty();
	}

}
