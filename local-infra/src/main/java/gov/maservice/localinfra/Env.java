package gov.maservice.localinfra;

import java.nio.file.Path;

/** Reads the launcher settings from environment variables, with one-machine defaults. */
final class Env {

	private Env() {
	}

	static int intValue(String name, int defaultValue) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a port number, was '" + value + "'");
		}
	}

	static Path dataDir() {
		String value = System.getenv("DATA_DIR");
		return Path.of((value == null || value.isBlank()) ? ".data" : value);
	}

}
