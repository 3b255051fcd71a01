package gov.maservice.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * No Docker engine runs on the build machines, so docker-compose.yml is checked statically:
 * against the compose-spec JSON schema (copied from the compose-spec project, Apache-2.0) and
 * against the deployment rules the product promises (health checks, ordered start-up, memory
 * limits, no default secrets).
 */
class DockerComposeFileTests {

	private static final List<String> SERVICES = List.of("catalog-service", "qr-service", "notification-service",
			"gateway");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static JsonNode compose;

	@BeforeAll
	static void load() throws IOException {
		Path file = LocalStack.projectRoot().resolve("docker-compose.yml");
		// SnakeYAML resolves the merge keys (<<: *anchor) the way docker compose does before it validates.
		Object yaml = new Yaml().load(Files.readString(file));
		compose = JSON.valueToTree(yaml);
	}

	@Test
	void validatesAgainstTheComposeSpecSchema() throws IOException {
		try (InputStream schemaStream = getClass().getResourceAsStream("/compose/compose-spec.json")) {
			ObjectNode schemaNode = (ObjectNode) JSON.readTree(schemaStream);
			// The published schema's $id is a bare file name, which the validator rejects as a base
			// IRI; every $ref in it is document-local, so an absolute id changes nothing else.
			schemaNode.put("$id", "https://compose-spec.io/schema/compose-spec.json");
			JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode);
			Set<ValidationMessage> errors = schema.validate(compose);
			assertThat(errors).as("compose-spec violations").isEmpty();
		}
	}

	@Test
	void runsRealKafkaAndAMongoReplicaSet() {
		assertThat(compose.at("/services/kafka/image").asText()).startsWith("apache/kafka:");
		assertThat(compose.at("/services/kafka/environment/KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
		assertThat(compose.at("/services/mongo/image").asText()).startsWith("mongo:");
		assertThat(compose.at("/services/mongo/command").toString()).contains("--replSet");
		assertThat(compose.at("/services/mongo/healthcheck/test").toString()).contains("rs.initiate");
	}

	@Test
	void everyServiceIsBuiltHealthCheckedOrderedAndLimited() {
		List<String> problems = new ArrayList<>();
		for (String name : SERVICES) {
			JsonNode service = compose.path("services").path(name);
			if (!service.at("/build/dockerfile").asText().equals(name + "/Dockerfile")) {
				problems.add(name + ": not built from its own Dockerfile");
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
	void dockerfilesCopyEveryModuleOfTheReactor() throws IOException {
		String rootPom = Files.readString(LocalStack.projectRoot().resolve("pom.xml"));
		List<String> modules = java.util.regex.Pattern.compile("<module>([^<]+)</module>")
			.matcher(rootPom)
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(modules).contains("contracts", "test-support");
		for (String name : SERVICES) {
			String dockerfile = Files.readString(LocalStack.projectRoot().resolve(name).resolve("Dockerfile"));
			for (String module : modules) {
				assertThat(dockerfile).as(name + "/Dockerfile must copy " + module + "/pom.xml so Maven can read the reactor")
					.contains("COPY " + module + "/pom.xml " + module + "/pom.xml");
			}
		}
	}

	@Test
	void dockerfilesBuildMultiStageAndRunAsNonRoot() throws IOException {
		for (String name : SERVICES) {
			String dockerfile = Files.readString(LocalStack.projectRoot().resolve(name).resolve("Dockerfile"));
			assertThat(dockerfile).as(name).contains("AS build").contains("FROM eclipse-temurin:17-jre");
			assertThat(dockerfile.lines().filter((line) -> line.startsWith("USER ")).toList()).as(name)
				.containsExactly("USER app");
		}
	}

}
