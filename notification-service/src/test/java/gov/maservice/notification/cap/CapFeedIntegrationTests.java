package gov.maservice.notification.cap;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import gov.maservice.notification.NotificationIntegrationTestSupport;
import gov.maservice.notification.notice.Category;
import gov.maservice.notification.notice.Certainty;
import gov.maservice.notification.notice.MsgType;
import gov.maservice.notification.notice.Notice;
import gov.maservice.notification.notice.NoticeState;
import gov.maservice.notification.notice.NoticeStatus;
import gov.maservice.notification.notice.Severity;
import gov.maservice.notification.notice.Urgency;
import gov.maservice.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CAP feed: every alert in it validates against the OASIS CAP 1.2 schema.
 */
class CapFeedIntegrationTests extends NotificationIntegrationTestSupport {

	private static final String CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2";

	@Test
	void everyAlertInTheFeedValidatesAgainstTheCap12Schema() throws Exception {
		String plain = issue(notice("张村停水通知 & <维修>", ZHANGCUN)).path("id").asString();
		String urgent = issue("""
				{"headline":"山洪紧急转移","description":"请沿指定路线转移","instruction":"立即前往村委会集合",
				 "urgency":"Immediate","severity":"Severe","certainty":"Likely","category":"Geo","event":"山洪",
				 "status":"Exercise","areaCodes":["%s","%s"]}""".formatted(TOWN, STREET)).path("id").asString();
		this.http.put()
			.uri("/api/v1/notices/{id}", urgent)
			.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.publisher()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"headline":"山洪紧急转移（更新）","urgency":"Immediate","severity":"Severe","category":"Geo",
					 "status":"Exercise","areaCodes":["%s"]}""".formatted(TOWN))
			.exchange()
			.expectStatus()
			.isOk();

		String feed = this.http.get()
			.uri("/api/v1/cap/alerts.xml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType("application/atom+xml"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Document document = parse(feed);
		NodeList alerts = document.getElementsByTagNameNS(CAP_NS, "alert");
		assertThat(alerts.getLength()).isGreaterThanOrEqualTo(2);
		Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new StreamSource(getClass().getResourceAsStream("/cap/CAP-v1.2.xsd")))
			.newValidator();
		List<String> identifiers = new ArrayList<>();
		for (int i = 0; i < alerts.getLength(); i++) {
			Element alert = (Element) alerts.item(i);
			validator.validate(new DOMSource(alert));
			identifiers.add(alert.getElementsByTagNameNS(CAP_NS, "identifier").item(0).getTextContent());
		}
		assertThat(identifiers).contains("notice-" + plain + "-1", "notice-" + urgent + "-2");
		assertThat(feed).contains("张村停水通知 &amp; &lt;维修&gt;")
			.contains("<msgType>Update</msgType>")
			.contains("<references>maservice-410471,notice-" + urgent + "-1,");

		String single = this.http.get()
			.uri("/api/v1/cap/alerts/{id}.xml", plain)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		validator.validate(new StreamSource(new StringReader(single)));
		assertThat(single).contains("<areaDesc>张村</areaDesc>").contains("<value>" + ZHANGCUN + "</value>");
		this.http.get().uri("/api/v1/cap/alerts/{id}.xml", "unknown").exchange().expectStatus().isNotFound();
	}

	@Test
	void aNoticeStoredBeforeTheInputRuleStillYieldsValidXml() throws Exception {
		Instant now = Instant.now();
		String id = "legacy-" + UUID.randomUUID();
		this.mongo
			.save(new Notice(id, 1, NoticeState.ACTIVE, NoticeStatus.Actual, MsgType.Alert, null, Category.Infra, "停水",
					Urgency.Expected, Severity.Moderate, Certainty.Observed, "旧数据\u000b停水通知", "说明\u0000含控制字符", null,
					List.of(ZHANGCUN), now.minusSeconds(60), now.plusSeconds(3600), false, "publisher", now, now, "api",
					List.of()))
			.block();

		String feed = this.http.get()
			.uri("/api/v1/cap/alerts.xml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		CapWriterTests.assertWellFormed(feed);
		assertThat(feed).contains("<headline>旧数据停水通知</headline>").doesNotContain("<source>");
		String single = this.http.get()
			.uri("/api/v1/cap/alerts/{id}.xml", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		CapWriterTests.assertWellFormed(single);
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new StreamSource(getClass().getResourceAsStream("/cap/CAP-v1.2.xsd")))
			.newValidator()
			.validate(new StreamSource(new StringReader(single)));
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

}
