package gov.maservice.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on the build machines, so docker-compose.yml is checked
 * statically: against the compose-spec JSON schema (copied from the compose-spec project,
 * Apache-2.0) and against the deployment rules the product promises (health checks,
 * ordered start-up, memory limits, no default secrets).
 */
class DockerComposeFileTests {

	private static final List<String> SERVICES = List.of("catalog-service", "qr-service", "notification-service",
			"gateway");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static JsonNode compose;

	@BeforeAll
	static void load() throws IOException {
		Path file = LocalStack.projectRoot().resolve("docker-compose.yml");
		// SnakeYAML resolves the merge keys (<<: *anchor) the way docker compose does
		// before it validates.
		Object yaml = new Yaml().load(Files.readString(file));
		compose = JSON.valueToTree(yaml);
	}

	@Test
	void validatesAgainstTheComposeSpecSchema() throws IOException {
		try (InputStream schemaStream = getClass().getResourceAsStream("/compose/compose-spec.json")) {
			ObjectNode schemaNode = (ObjectNode) JSON.readTree(schemaStream);
			// The published schema's $id is a bare file name, which the validator rejects
			// as a base
			// IRI; every $ref in it is document-local, so an absolute id changes nothing
			// else.
			schemaNode.put("$id", "https://compose-spec.io/schema/compose-spec.json");
			JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode);
			Set<ValidationMessage> errors = schema.validate(compose);
			assertThat(errors).as("compose-spec violations").isEmpty();
		}
	}

	@Test
	void runsRealKafkaAndAMongoReplicaSet() {
		assertThat(compose.at("/services/kafka/image").asText()).startsWith("apache/kafka:");
		assertThat(compose.at("/services/kafka/environment/KAFKA_PROCESS_ROLES").asText())
			.isEqualTo("broker,controller");
		assertThat(compose.at("/services/mongo/image").asText()).startsWith("mongo:");
		assertThat(compose.at("/services/mongo/command").toString()).contains("--replSet");
		assertThat(compose.at("/services/mongo/healthcheck/test").toString()).contains("rs.initiate");
	}

	@Test
	void everyServiceIsBuiltHealthCheckedOrderedAndLimited() {
		List<String> problems = new ArrayList<>();
		for (String name : SERVICES) {
			JsonNode service = compose.path("services").path(name);
			if (!service.at("/build/dockerfile").asText().equals("Dockerfile")
					|| !service.at("/build/context").asText().equals(".")) {
				problems.add(name + ": not built from the root Dockerfile with the repository as context");
			}
			if (!service.at("/build/args/SERVICE").asText().equals(name)) {
				problems.add(name + ": build argument SERVICE is not " + name);
			}
			if (!Files.isRegularFile(LocalStack.projectRoot().resolve(name).resolve("pom.xml"))) {
				problems.add(name + ": no module " + name + " in the reactor");
			}
			if (!service.at("/healthcheck/test").toString().contains("/actuator/health/readiness")) {
				problems.add(name + ": no readiness healthcheck");
			}
			JsonNode dependsOn = service.path("depends_on");
			if (!dependsOn.isObject() || dependsOn.isEmpty()) {
				problems.add(name + ": no depends_on");
			}
			dependsOn.properties().forEach((entry) -> {
				if (!"service_healthy".equals(entry.getValue().path("condition").asText())) {
					problems.add(name + ": depends on " + entry.getKey() + " without condition service_healthy");
				}
			});
			if (service.at("/deploy/resources/limits/memory").isMissingNode()) {
				problems.add(name + ": no memory limit");
			}
		}
		for (String infra : List.of("kafka", "mongo")) {
			if (compose.at("/services/" + infra + "/healthcheck/test").isMissingNode()) {
				problems.add(infra + ": no healthcheck");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void refusesToStartWithoutAnAdminPasswordAndKeepsKeysOutOfTheFile() {
		String adminPassword = compose.at("/services/gateway/environment/ADMIN_PASSWORD").asText();
		assertThat(adminPassword).as("no default admin password").startsWith("${ADMIN_PASSWORD:?");
		assertThat(compose.at("/services/gateway/environment/JWT_PRIVATE_KEY_LOCATION").asText())
			.startsWith("file:/run/secrets/");
		assertThat(compose.at("/secrets/jwt-private.pem/file").asText()).startsWith("./secrets/");
		assertThat(compose.at("/services/gateway/ports").toString()).contains("8080");
		for (String name : List.of("catalog-service", "qr-service", "notification-service", "kafka", "mongo")) {
			assertThat(compose.at("/services/" + name + "/ports").isMissingNode()).as(name + " is not published")
				.isTrue();
		}
	}

	@Test
	void qrServiceImageHasTheChineseFontItsPostersEmbed() {
		assertThat(compose.at("/services/qr-service/build/args/RUNTIME_PACKAGES").asText())
			.contains("fonts-wqy-zenhei");
	}

	@Test
	void oneDockerfileBuildsEveryServiceFromTheWholeReactor() throws IOException {
		Path root = LocalStack.projectRoot();
		try (var files = Files.walk(root, 2)) {
			assertThat(files.filter((file) -> file.getFileName().toString().equals("Dockerfile"))
				.map((file) -> root.relativize(file).toString())
				.toList()).as("one parameterised Dockerfile, no per-service copies").containsExactly("Dockerfile");
		}
		String dockerfile = Files.readString(root.resolve("Dockerfile"));
		// The whole context is copied, so every reactor module, present and future,
		// reaches the build.
		assertThat(dockerfile.lines().filter((line) -> line.startsWith("COPY ") && !line.contains("--from=")).toList())
			.containsExactly("COPY . .");
		assertThat(dockerfile).contains("ARG SERVICE").contains("-pl \"${SERVICE}\" -am package");
		List<String> ignored = Files.readAllLines(root.resolve(".dockerignore"))
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		List<String> modules = Pattern.compile("<module>([^<]+)</module>")
			.matcher(Files.readString(root.resolve("pom.xml")))
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(modules).contains("contracts", "platform", "test-support");
		for (String module : modules) {
			for (String pattern : ignored) {
				assertThat(
						ignoredByDocker(pattern, module + "/pom.xml") || ignoredByDocker(pattern, module + "/src/main"))
					.as(".dockerignore pattern '" + pattern + "' leaves module " + module + " out of the build")
					.isFalse();
			}
		}
		assertThat(ignored).as("keys and local data never reach an image").contains("secrets/", ".data/", ".git/");
	}

	@Test
	void dockerfileBuildsMultiStageAndRunsAsNonRoot() throws IOException {
		String dockerfile = Files.readString(LocalStack.projectRoot().resolve("Dockerfile"));
		assertThat(dockerfile).contains("AS build").contains("FROM eclipse-temurin:17-jre");
		assertThat(dockerfile.lines().filter((line) -> line.startsWith("USER ")).toList()).containsExactly("USER app");
	}

	/**
	 * Docker's .dockerignore matching for {@code **}, {@code *} and a directory pattern
	 * (which ignores all below it).
	 */
	private static boolean ignoredByDocker(String pattern, String path) {
		String glob = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < glob.length(); i++) {
			char c = glob.charAt(i);
			if (glob.startsWith("**/", i)) {
				regex.append("(.*/)?");
				i += 2;
			}
			else if (c == '*') {
				regex.append("[^/]*");
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex + "(/.*)?").matcher(path).matches();
	}

}
