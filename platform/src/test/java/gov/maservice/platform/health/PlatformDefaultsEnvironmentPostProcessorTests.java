package gov.maservice.platform.health;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDefaultsEnvironmentPostProcessorTests {

	private final PlatformDefaultsEnvironmentPostProcessor processor = new PlatformDefaultsEnvironmentPostProcessor();

	@Test
	void defaultsApplyButTheServiceOverrides() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("application",
					Map.of("management.endpoint.health.group.readiness.include", "readinessState,store,kafka")));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("management.endpoint.health.show-details")).isEqualTo("when-authorized");
		assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
			.isEqualTo("readinessState,store,kafka");
		assertThat(environment.getProperty("platform.kafka.partitions")).isEqualTo("3");
		assertThat(environment.getProperty("management.health.mongodb.enabled")).isNull();
	}

	@Test
	void theMongoWireProfileTurnsBootsMongoIndicatorOff() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.setActiveProfiles("mongo-wire");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("management.health.mongodb.enabled", Boolean.class)).isFalse();
	}

}
