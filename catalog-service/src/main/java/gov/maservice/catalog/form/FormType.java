package gov.maservice.catalog.form;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types citizens can open on a phone or a hall PC. A file is accepted only when
 * its extension and its first bytes agree, so a renamed executable is refused.
 */
enum FormType {

	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F' }, "pdf"),

	DOC("application/msword", Magic.OLE2, "doc"),

	XLS("application/vnd.ms-excel", Magic.OLE2, "xls"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP, "docx"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP, "xlsx"),

	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "png"),

	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "jpg", "jpeg");

	/** The accepted extensions, for messages. */
	static final String ACCEPTED = "pdf, doc, docx, xls, xlsx, png, jpg";

	private final String contentType;

	private final byte[] magic;

	private final String[] extensions;

	FormType(String contentType, byte[] magic, String... extensions) {
		this.contentType = contentType;
		this.magic = magic;
		this.extensions = extensions;
	}

	String contentType() {
		return this.contentType;
	}

	/**
	 * The type of a file named {@code filename} starting with {@code head}, if it is
	 * accepted.
	 */
	static Optional<FormType> detect(String filename, byte[] head) {
		if (filename == null || filename.lastIndexOf('.') < 0) {
			return Optional.empty();
		}
		String extension = filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((type) -> Arrays.asList(type.extensions).contains(extension))
			.filter((type) -> startsWith(head, type.magic))
			.findFirst();
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * File signatures shared by several types (enum constants cannot refer to their own
	 * statics).
	 */
	private static final class Magic {

		/** OLE2 compound file: legacy Word and Excel. */
		static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

		/** ZIP container: Office Open XML. */
		static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };

	}

}
