package gov.maservice.notification.cap;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import gov.maservice.notification.notice.Category;
import gov.maservice.notification.notice.Certainty;
import gov.maservice.notification.notice.MsgType;
import gov.maservice.notification.notice.Notice;
import gov.maservice.notification.notice.NoticeState;
import gov.maservice.notification.notice.NoticeStatus;
import gov.maservice.notification.notice.Severity;
import gov.maservice.notification.notice.Urgency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CAP writer stays well-formed and schema-valid whatever was stored, and names the
 * organisation, never the staff member, as the sender.
 */
class CapWriterTests {

	private static final String CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2";

	private final CapWriter writer = new CapWriter("410471", "高新区");

	@Test
	void charactersXmlForbidsNeverReachTheFeed() throws Exception {
		Instant now = Instant.parse("2026-06-01T09:00:00Z");
		Notice legacy = new Notice("legacy-1", 2, NoticeState.ACTIVE, NoticeStatus.Actual, MsgType.Update, "legacy-1",
				Category.Infra, "停\u000b水", Urgency.Expected, Severity.Moderate, Certainty.Observed,
				"张村\u000b停水\u0000通知\uFFFE", "说明\u0001第一行\n第二行\ud800", "请\u001f储水", List.of("410471100201"), now,
				now.plusSeconds(86_400), false, "publisher1", now, now, "api", List.of());
		CapWriter.Alert alert = new CapWriter.Alert(legacy, List.of("张\u000b村"));

		String feed = this.writer.feed(List.of(alert), now, "/api/v1/cap/alerts.xml");
		String single = this.writer.alert(alert);

		for (String xml : List.of(feed, single)) {
			assertWellFormed(xml);
			assertThat(xml).doesNotContain("\u000b", "\u0000", "\u0001", "\u001f", "\uFFFE", "\ud800")
				.contains("<headline>张村停水通知</headline>", "<areaDesc>张村</areaDesc>", "说明第一行\n第二行");
			assertThat(xml).contains("<sender>maservice-410471</sender>", "<senderName>高新区</senderName>")
				.doesNotContain("publisher1")
				.doesNotContain("<source>");
		}
		Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new StreamSource(getClass().getResourceAsStream("/cap/CAP-v1.2.xsd")))
			.newValidator();
		validator.validate(new StreamSource(new StringReader(single)));
		NodeList alerts = parse(feed).getElementsByTagNameNS(CAP_NS, "alert");
		assertThat(alerts.getLength()).isEqualTo(1);
		validator.validate(new DOMSource(alerts.item(0)));
	}

	/**
	 * The JDK's parser refuses every character XML 1.0 forbids; where {@code xmllint} is
	 * installed it must accept the document too, as consumers' tools do.
	 */
	static void assertWellFormed(String xml) throws Exception {
		parse(xml);
		if (!xmllintInstalled()) {
			return;
		}
		Process process = new ProcessBuilder("xmllint", "--noout", "-").redirectErrorStream(true).start();
		try (OutputStream input = process.getOutputStream()) {
			input.write(xml.getBytes(StandardCharsets.UTF_8));
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("xmllint --noout: %s", output).isZero();
	}

	private static boolean xmllintInstalled() throws IOException {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (new File(directory, "xmllint").canExecute()) {
				return true;
			}
		}
		return false;
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
	}

}
