package gov.maservice.qr.scan;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import gov.maservice.qr.IntegrationTestSupport;
import gov.maservice.qr.QrCodes;
import gov.maservice.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

class ScanStatisticsIntegrationTests extends IntegrationTestSupport {

	private static final String ADMIN = TestTokens.bearer("admin", "ADMIN");

	@Autowired
	private ScanCounter scanCounter;

	@Test
	void adminsSeeTopItemsScansPerLocalityAndPerDay() {
		String village = "410471100293";
		String item = "410471-ST00101-001";
		locality(village, "严村", "VILLAGE", "410471100000", 1);
		publishItem(item, "残疾人证办理", "stcl", List.of(village), 1);
		awaitItem(item, 1);
		awaitLocality(village, "严村");

		String hall = token("/api/v1/qr/items/" + item + ".png");
		String onVillagePoster = token("/api/v1/qr/items/" + item + ".png?locality=" + village);
		String villageCode = token("/api/v1/qr/localities/" + village + ".png");
		scan(hall, 7);
		scan(onVillagePoster, 3);
		scan(villageCode, 2);

		String top = text(get("/api/v1/scans/top?days=30&limit=200", "Authorization", ADMIN));
		assertThat(top).contains("{\"itemCode\":\"" + item + "\",\"itemName\":\"残疾人证办理\",\"scans\":10}");

		String localities = text(get("/api/v1/scans/localities?days=30", "Authorization", ADMIN));
		assertThat(localities).contains("{\"localityCode\":\"" + village
				+ "\",\"name\":\"严村\",\"level\":\"VILLAGE\",\"scans\":5,\"localityCodeScans\":2,\"itemCodeScans\":3}");

		String daily = text(get("/api/v1/scans/daily?days=3&token=" + hall, "Authorization", ADMIN));
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		assertThat(daily).startsWith("[{\"day\":\"" + LocalDate.parse(today).minusDays(2) + "\",\"scans\":0}")
			.endsWith("{\"day\":\"" + today + "\",\"scans\":7}]");
	}

	@Test
	void statisticsNeedARoleAndBoundedParameters() {
		assertThat(get("/api/v1/scans/top").statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/scans/top", "Authorization", TestTokens.bearer("e", "EDITOR")).statusCode())
			.isEqualTo(403);
		assertThat(get("/api/v1/scans/top", "Authorization", TestTokens.bearer("p", "PUBLISHER")).statusCode())
			.isEqualTo(200);
		for (String query : List.of("top?days=0", "top?days=100000", "top?limit=abc", "localities?days=-1",
				"daily?token=%7B%22$gt%22:%22%22%7D", "daily")) {
			HttpResponse<byte[]> response = get("/api/v1/scans/" + query, "Authorization", ADMIN);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
		}
	}

	private String token(String image) {
		String link = QrCodes.decodePng(get(image).body());
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private void scan(String token, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(get("/q/" + token).statusCode()).isEqualTo(302);
		}
		this.scanCounter.flush();
	}

}
