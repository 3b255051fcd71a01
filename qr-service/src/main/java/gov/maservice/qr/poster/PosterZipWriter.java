package gov.maservice.qr.poster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes many posters into one ZIP, one PDF per department and locality, reporting
 * progress after each. The PDFs are already compressed, so entries are stored with light
 * deflation only.
 */
public final class PosterZipWriter {

	private PosterZipWriter() {
	}

	/**
	 * @param posters the posters in archive order; their content is read when its turn
	 * comes
	 * @param progress called with the number of posters written so far
	 */
	public static void write(List<NamedPoster> posters, Paper paper, PosterRenderer renderer, OutputStream out,
			IntConsumer progress) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(1);
			int done = 0;
			for (NamedPoster poster : posters) {
				PosterContent content = poster.content().get();
				if (content != null) {
					zip.putNextEntry(new ZipEntry(poster.fileName()));
					zip.write(renderer.render(content, paper));
					zip.closeEntry();
				}
				progress.accept(++done);
			}
		}
	}

	/**
	 * One poster of an export.
	 *
	 * @param fileName path inside the ZIP, e.g. {@code departments/scjgj-市场监督管理局.pdf}
	 * @param content supplies the content when the poster is written ({@code null}: skip
	 * it)
	 */
	public record NamedPoster(String fileName, Supplier<PosterContent> content) {
	}

}
