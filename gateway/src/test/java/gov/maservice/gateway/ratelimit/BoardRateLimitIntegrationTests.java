package gov.maservice.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import gov.maservice.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Board paths are limited per board and per address (test profile: 10 requests per board
 * id with an unaccepted credential, 40 per address, both refilling slowly), so a flood
 * costs notification-service nothing once refused, while other boards and the real board
 * keep working.
 */
class BoardRateLimitIntegrationTests extends GatewayIntegrationTest {

	@Test
	void aFloodOnOneBoardIdGets429WhileTheRealBoardAndOtherBoardsStillConnect() {
		WebTestClient realBoard = clientFrom("127.0.0.41");
		WebTestClient stranger = clientFrom("127.0.0.42");
		poll(realBoard, "bd-flooded", "brd_ok-bd-flooded").expectStatus().isOk();

		int refusedAt = -1;
		for (int i = 0; i < 20 && refusedAt < 0; i++) {
			int status = poll(stranger, "bd-flooded", "brd_guess-" + i).returnResult(String.class).getStatus().value();
			if (status == 429) {
				refusedAt = i;
			}
			else {
				assertThat(status).isEqualTo(401);
			}
		}
		assertThat(refusedAt).as("the board's bucket ran out").isBetween(5, 11);
		poll(stranger, "bd-flooded", "brd_guess-again").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (retryAfter) -> assertThat(Long.parseLong(retryAfter)).isPositive())
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(429);

		// the credential notification-service accepted for the board still gets through
		poll(realBoard, "bd-flooded", "brd_ok-bd-flooded").expectStatus().isOk();
		// and another board connects, even from the flooding address
		poll(stranger, "bd-other", "brd_ok-bd-other").expectStatus().isOk();
		stranger.get()
			.uri("/api/v1/boards/bd-other/stream")
			.header(HttpHeaders.AUTHORIZATION, "Bearer brd_ok-bd-other")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody()
			.blockFirst();
	}

	@Test
	void aFloodFromOneAddressGets429WhileOtherAddressesStillConnect() {
		WebTestClient flooder = clientFrom("127.0.0.43");
		int refusedAt = -1;
		for (int i = 0; i < 60 && refusedAt < 0; i++) {
			int status = poll(flooder, "bd-many-" + i, "brd_x").returnResult(String.class).getStatus().value();
			if (status == 429) {
				refusedAt = i;
			}
		}
		assertThat(refusedAt).as("the address's bucket ran out").isBetween(35, 50);
		flooder.get()
			.uri("/board?id=bd-many-0&key=brd_x")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER);

		poll(clientFrom("127.0.0.44"), "bd-elsewhere", "brd_ok-bd-elsewhere").expectStatus().isOk();
	}

	private static WebTestClient.ResponseSpec poll(WebTestClient client, String boardId, String credential) {
		return client.get()
			.uri("/api/v1/boards/" + boardId + "/notices")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + credential)
			.exchange();
	}

}
