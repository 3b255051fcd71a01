package gov.maservice.systemtests;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * run.sh supervises what it started: a part that dies is restarted by itself while the
 * rest keeps serving, and the store keeps every write it acknowledged across a kill.
 */
class SupervisorIntegrationTests {

	private final LocalStack stack = LocalStack.get();

	private final GatewayClient gateway = new GatewayClient(this.stack.gatewayUrl());

	@Test
	void aKilledServiceIsRestartedAndServesAgain() throws Exception {
		String image = "/api/v1/qr/departments/scjgj.png";
		assertThat(this.gateway.sendForBytes(this.gateway.get(image)).statusCode()).isEqualTo(200);

		kill("qr-service");

		await().atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> this.stack.output().contains("qr-service is ready again"));
		assertThat(this.stack.output()).contains("qr-service exited (code 137)");
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.gateway.sendForBytes(this.gateway.get(image)).statusCode() == 200);
		// The citizen pages never depended on it.
		assertThat(this.gateway.send(this.gateway.get("/")).statusCode()).isEqualTo(200);
	}

	@Test
	void everyWriteAcknowledgedBeforeTheStoreIsKilledIsThereAfterItsRestart() throws Exception {
		String token = this.gateway.adminToken(this.stack.adminUsername(), this.stack.adminPassword());
		String village = "410471100201";
		List<String> acknowledged = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			HttpResponse<String> registered = this.gateway
				.send(this.gateway.post("/api/v1/boards", token, "{\"name\":\"张村LED屏-" + i + "\",\"localityCode\":\""
						+ village + "\",\"profile\":{\"charsPerLine\":16,\"lines\":2,\"color\":false}}"));
			assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
			acknowledged.add(GatewayClient.json(registered).path("boardId").asString());
		}
		kill("mongo"); // right after the last acknowledgement

		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> this.stack.output().contains("mongo is ready again"));
		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			for (String boardId : acknowledged) {
				HttpResponse<String> board = this.gateway
					.send(this.gateway.get("/api/v1/boards/" + boardId).header("Authorization", "Bearer " + token));
				assertThat(board.statusCode()).as("board %s: %s", boardId, board.body()).isEqualTo(200);
				JsonNode json = GatewayClient.json(board);
				assertThat(json.path("boardId").asString()).isEqualTo(boardId);
			}
		});
	}

	/**
	 * SIGKILL, as the kernel's OOM killer or a crash ends a process: no shutdown hook
	 * runs.
	 */
	private void kill(String part) throws IOException, InterruptedException {
		Path pidFile = this.stack.dataDir().resolve("pids/" + part + ".pid");
		long pid = Long.parseLong(Files.readString(pidFile).trim());
		ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(part + " is not running"));
		Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(pid)).inheritIO().start();
		assertThat(kill.waitFor()).isZero();
		process.onExit().join();
	}

}
