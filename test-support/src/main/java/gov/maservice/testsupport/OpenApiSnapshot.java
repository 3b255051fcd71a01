package gov.maservice.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the committed API documents ({@code openapi/<name>.json} at the repository root)
 * equal to what the running code serves, so the documents integrators read and generate
 * clients from cannot drift from the code. A test fetches the served document and calls
 * {@link #assertMatches}; after an intended API change, run that test with
 * {@code -Dopenapi.update=true} to rewrite the committed file, and review the diff.
 */
public final class OpenApiSnapshot {

	/** System property that rewrites the committed document instead of comparing. */
	public static final String UPDATE_PROPERTY = "openapi.update";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private OpenApiSnapshot() {
	}

	/**
	 * Compares a served document with the committed one (ignoring {@code servers}, which
	 * names the random test port), or rewrites the committed one when
	 * {@value #UPDATE_PROPERTY} is set.
	 * @param servedJson the document as the service serves it
	 * @param name the document's name: {@code catalog}, {@code qr}, {@code notification},
	 * {@code gateway} or the merged {@code maservice-v1}
	 */
	public static void assertMatches(String servedJson, String name) {
		String served = normalize(servedJson);
		Path committed = documentPath(name);
		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			write(committed, served);
			return;
		}
		String expected = Files.exists(committed) ? read(committed) : "";
		if (!expected.equals(served)) {
			Path actual = Path.of("target", "openapi", name + ".json").toAbsolutePath();
			write(actual, served);
			throw new AssertionError("The served API document differs from " + committed + " (served copy: " + actual
					+ "). If the change is intended, rerun this test with -D" + UPDATE_PROPERTY
					+ "=true and commit the document.");
		}
	}

	/**
	 * Where a committed document lives.
	 * @param name the document's name
	 * @return {@code <repository root>/openapi/<name>.json}
	 */
	public static Path documentPath(String name) {
		return repositoryRoot().resolve("openapi").resolve(name + ".json");
	}

	/**
	 * Pretty, key-ordered JSON without {@code servers}, ending with a newline: the form
	 * the documents are committed in.
	 * @param json a document
	 * @return its normalized text
	 */
	public static String normalize(String json) {
		JsonNode node = JSON.readTree(json);
		if (node instanceof ObjectNode object) {
			object.remove("servers");
		}
		Object ordered = JSON.treeToValue(node, Object.class);
		return JSON.writeValueAsString(ordered) + "\n";
	}

	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException(
					"No repository root (a directory with mvnw) above " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path path, String text) {
		try {
			Files.createDirectories(path.getParent());
			Files.writeString(path, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
