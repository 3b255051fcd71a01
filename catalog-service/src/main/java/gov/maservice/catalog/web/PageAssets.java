package gov.maservice.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The page stylesheet and the version of the page templates. The stylesheet is inlined
 * into every page: a guide is usually the only page a citizen opens after scanning a QR
 * code, so a separate file would cost a round trip on a slow phone network for nothing.
 * The template version is a hash of every template and the stylesheet, so a deployment
 * that changes how pages look also changes their ETags and no browser keeps an old
 * rendering.
 */
@Component
class PageAssets {

	private static final String STYLESHEET = "classpath:static/assets/catalog.css";

	private final String css;

	private final String version;

	PageAssets() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			this.css = read(resolver.getResource(STYLESHEET));
			Resource[] templates = resolver.getResources("classpath*:templates/**/*.html");
			Arrays.sort(templates, Comparator.comparing(Resource::getDescription));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(this.css.getBytes(StandardCharsets.UTF_8));
			for (Resource template : templates) {
				digest.update(read(template).getBytes(StandardCharsets.UTF_8));
			}
			this.version = HexFormat.of().formatHex(digest.digest(), 0, 5);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Page templates or stylesheet unreadable", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream input = resource.getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The stylesheet, our own file, inlined unescaped into {@code <style>}. */
	String css() {
		return this.css;
	}

	/** Hash of templates and stylesheet, part of every page ETag. */
	String version() {
		return this.version;
	}

}
