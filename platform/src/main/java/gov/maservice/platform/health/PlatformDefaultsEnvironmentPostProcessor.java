package gov.maservice.platform.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the platform's defaults as the lowest-precedence property source, so every service
 * exposes the same actuator endpoints and health policy unless its own configuration says
 * otherwise; and, when the {@value #MONGO_WIRE_PROFILE} profile is active, the settings
 * of the one-machine store. Boot does not load {@code application-*.properties} from a
 * dependency's jar, hence this.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** Profile of the one-machine store (mongo-java-server). */
	public static final String MONGO_WIRE_PROFILE = "mongo-wire";

	static final String DEFAULTS = "META-INF/platform/platform-defaults.properties";

	static final String MONGO_WIRE = "META-INF/platform/platform-mongo-wire.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// Profile-specific before general, both below every source of the application
		// itself.
		if (Arrays.asList(environment.getActiveProfiles()).contains(MONGO_WIRE_PROFILE)) {
			add(environment, "platform-mongo-wire", MONGO_WIRE);
		}
		add(environment, "platform-defaults", DEFAULTS);
	}

	private static void add(ConfigurableEnvironment environment, String name, String location) {
		try {
			for (PropertySource<?> source : new PropertiesPropertySourceLoader().load(name,
					new ClassPathResource(location, PlatformDefaultsEnvironmentPostProcessor.class.getClassLoader()))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

	@Override
	public int getOrder() {
		// After the application's config data, which activates profiles.
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
