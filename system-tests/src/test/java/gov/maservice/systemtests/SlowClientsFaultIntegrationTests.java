package gov.maservice.systemtests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 slow clients (Slowloris-style) on the gateway, all from 127.0.0.1: half send their
 * request headers one byte every half second and never finish them, half announce a 100
 * KB body and trickle it the same way. Meanwhile citizens' page requests are answered as
 * usual. Bounded: the slow clients stop after {@link #TRICKLE_SECONDS} and every socket
 * is closed.
 */
class SlowClientsFaultIntegrationTests extends FaultSupport {

	private static final int SLOW_CLIENTS = 500;

	private static final int TRICKLE_SECONDS = 10;

	private static final long PAGE_BUDGET_MILLIS = 2000;

	@Test
	void slowClientsDoNotStarveNormalPageRequests() throws Exception {
		FaultLedger ledger = new FaultLedger(SLOW_CLIENTS + " slow clients trickling headers and bodies");
		String code = elements(GatewayClient.json(getAsAdmin("/api/v1/items?size=1&status=PUBLISHED"))).get(0)
			.path("code")
			.asString();
		warm("/g/" + code, 200);
		warm("/", 200);
		long baseline = 0;
		for (int i = 0; i < 10; i++) {
			baseline = Math.max(baseline, timed(this.gateway.get("/g/" + code)).millis());
		}
		ledger.recordMillis("slowest of 10 page requests before the slow clients", baseline);
		int port = this.stack.ports().get("GATEWAY_PORT");
		List<Socket> slow = new ArrayList<>();
		int pages = 0;
		int pagesOk = 0;
		long slowest = 0;
		int closedByGateway = 0;
		try {
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				Socket socket = new Socket();
				socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
				String head = (i % 2 == 0) ? "GET /g/" + code + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
						: "POST /api/v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
								+ "Content-Length: 100000\r\n\r\n{\"username\":\"";
				socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
				slow.add(socket);
			}
			ledger.record("slow connections opened", slow.size());
			long end = System.nanoTime() + TRICKLE_SECONDS * 1_000_000_000L;
			long nextTrickle = 0;
			while (System.nanoTime() < end) {
				if (System.nanoTime() >= nextTrickle) {
					closedByGateway = trickle(slow);
					nextTrickle = System.nanoTime() + 500_000_000L;
				}
				for (String path : List.of("/g/" + code, "/")) {
					Timed<String> page = timed(this.gateway.get(path));
					pages++;
					if (page.status() == 200 && page.millis() <= PAGE_BUDGET_MILLIS) {
						pagesOk++;
					}
					slowest = Math.max(slowest, page.millis());
				}
				// About ten a second: citizens, well inside the per-address page
				// allowance.
				Thread.sleep(200);
			}
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
		ledger.record("normal page requests meanwhile", pages);
		ledger.record("answered 200 within 2 s", pagesOk);
		ledger.recordMillis("slowest normal page request", slowest);
		ledger.record("slow connections the gateway closed before the end", closedByGateway);
		assertThat(pages).isGreaterThan(10);
		assertThat(pagesOk).isEqualTo(pages);
	}

	/** One byte on every slow connection; returns how many the gateway has closed. */
	private static int trickle(List<Socket> sockets) {
		int closed = 0;
		for (Socket socket : sockets) {
			try {
				OutputStream out = socket.getOutputStream();
				out.write('a');
				out.flush();
			}
			catch (IOException ex) {
				closed++;
			}
		}
		return closed;
	}

}
