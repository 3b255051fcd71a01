package gov.maservice.notification.cap;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import gov.maservice.notification.notice.Notice;
import gov.maservice.platform.validation.TextRules;

/**
 * Writes notices as CAP 1.2 {@code alert} elements, alone or inside an Atom feed. Each
 * revision of a notice is one CAP message, identified {@code notice-<id>-<version>};
 * revisions after the first reference the first one. The sender is the organisation (the
 * district's deployment), never the staff member who issued it. Every text and attribute
 * goes through {@link TextRules#toXml}, so a character XML 1.0 forbids that was stored
 * before the input rule existed cannot make the feed unreadable for every consumer.
 */
final class CapWriter {

	static final String CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2";

	static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	/**
	 * CAP requires an explicit offset and no fraction; boards and people here read
	 * Beijing time.
	 */
	private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final String sender;

	private final String senderName;

	CapWriter(String districtCode, String districtName) {
		this.sender = "maservice-" + districtCode;
		this.senderName = districtName;
	}

	String alert(Alert alert) {
		return write((xml) -> {
			xml.writeStartDocument("UTF-8", "1.0");
			writeAlert(xml, alert);
			xml.writeEndDocument();
		});
	}

	String feed(List<Alert> alerts, Instant updated, String selfPath) {
		return write((xml) -> {
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(ATOM_NS);
			xml.writeStartElement(ATOM_NS, "feed");
			xml.writeDefaultNamespace(ATOM_NS);
			element(xml, ATOM_NS, "id", "urn:maservice:" + this.sender + ":cap-feed");
			element(xml, ATOM_NS, "title", this.senderName + " 生效中的公告（CAP 1.2）");
			element(xml, ATOM_NS, "updated", CAP_TIME.format(updated));
			xml.writeStartElement(ATOM_NS, "author");
			element(xml, ATOM_NS, "name", this.senderName);
			xml.writeEndElement();
			xml.writeEmptyElement(ATOM_NS, "link");
			xml.writeAttribute("rel", "self");
			xml.writeAttribute("href", TextRules.toXml(selfPath));
			for (Alert alert : alerts) {
				Notice notice = alert.notice();
				xml.writeStartElement(ATOM_NS, "entry");
				element(xml, ATOM_NS, "id", "urn:maservice:" + identifier(notice, notice.version()));
				element(xml, ATOM_NS, "title", notice.headline());
				element(xml, ATOM_NS, "updated", CAP_TIME.format(notice.sent()));
				xml.writeEmptyElement(ATOM_NS, "link");
				xml.writeAttribute("rel", "alternate");
				xml.writeAttribute("type", "application/cap+xml");
				xml.writeAttribute("href", TextRules.toXml("/api/v1/cap/alerts/" + notice.id() + ".xml"));
				xml.writeStartElement(ATOM_NS, "content");
				xml.writeAttribute("type", "application/cap+xml");
				writeAlert(xml, alert);
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
		});
	}

	private void writeAlert(XMLStreamWriter xml, Alert alert) throws XMLStreamException {
		Notice notice = alert.notice();
		xml.setDefaultNamespace(CAP_NS);
		xml.writeStartElement(CAP_NS, "alert");
		xml.writeDefaultNamespace(CAP_NS);
		element(xml, CAP_NS, "identifier", identifier(notice, notice.version()));
		element(xml, CAP_NS, "sender", this.sender);
		element(xml, CAP_NS, "sent", CAP_TIME.format(notice.sent()));
		element(xml, CAP_NS, "status", notice.status().name());
		element(xml, CAP_NS, "msgType", notice.msgType().name());
		element(xml, CAP_NS, "scope", "Public");
		if (notice.version() > 1) {
			element(xml, CAP_NS, "references",
					this.sender + "," + identifier(notice, 1) + "," + CAP_TIME.format(notice.firstSent()));
		}
		xml.writeStartElement(CAP_NS, "info");
		element(xml, CAP_NS, "language", "zh-CN");
		element(xml, CAP_NS, "category", notice.category().name());
		element(xml, CAP_NS, "event", notice.event());
		element(xml, CAP_NS, "urgency", notice.urgency().name());
		element(xml, CAP_NS, "severity", notice.severity().name());
		element(xml, CAP_NS, "certainty", notice.certainty().name());
		element(xml, CAP_NS, "effective", CAP_TIME.format(notice.effective()));
		element(xml, CAP_NS, "expires", CAP_TIME.format(notice.expires()));
		element(xml, CAP_NS, "senderName", this.senderName);
		element(xml, CAP_NS, "headline", notice.headline());
		if (notice.description() != null && !notice.description().isBlank()) {
			element(xml, CAP_NS, "description", notice.description());
		}
		if (notice.instruction() != null && !notice.instruction().isBlank()) {
			element(xml, CAP_NS, "instruction", notice.instruction());
		}
		element(xml, CAP_NS, "web", "/api/v1/notices/" + notice.id());
		xml.writeStartElement(CAP_NS, "area");
		element(xml, CAP_NS, "areaDesc", String.join("、", alert.areaNames()));
		for (String code : notice.areaCodes()) {
			xml.writeStartElement(CAP_NS, "geocode");
			element(xml, CAP_NS, "valueName", "CN-DIVISION-CODE");
			element(xml, CAP_NS, "value", code);
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	static String identifier(Notice notice, long version) {
		return "notice-" + notice.id() + "-" + version;
	}

	private static void element(XMLStreamWriter xml, String namespace, String name, String text)
			throws XMLStreamException {
		xml.writeStartElement(namespace, name);
		xml.writeCharacters(TextRules.toXml(text));
		xml.writeEndElement();
	}

	private static String write(XmlBody body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
			body.write(xml);
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write CAP XML", ex);
		}
		return out.toString();
	}

	/**
	 * A notice with the names of its areas.
	 *
	 * @param notice the notice
	 * @param areaNames display names of its area codes, in order
	 */
	record Alert(Notice notice, List<String> areaNames) {
	}

	@FunctionalInterface
	private interface XmlBody {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

}
