package gov.maservice.systemtests;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * run.sh's defaults make the gateway the only public port: from another address of this
 * machine the gateway answers, while catalog, qr, notification, the broker and the store
 * refuse, so nobody can bypass the gateway's authentication and rate limits or read the
 * services' metrics.
 */
class BindAddressIntegrationTests {

	private static final List<String> INTERNAL = List.of("CATALOG_PORT", "QR_PORT", "NOTIFICATION_PORT", "KAFKA_PORT",
			"KAFKA_CONTROLLER_PORT", "MONGO_PORT");

	private final LocalStack stack = LocalStack.get();

	@Test
	void onlyTheGatewayIsReachableOnANonLoopbackAddress() throws IOException {
		Optional<InetAddress> external = nonLoopbackAddress();
		assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to connect from");
		Map<String, Integer> ports = this.stack.ports();
		assertThat(accepts(external.get(), ports.get("GATEWAY_PORT"))).as("gateway on " + external.get()).isTrue();
		for (String port : INTERNAL) {
			assertThat(accepts(InetAddress.getLoopbackAddress(), ports.get(port))).as(port + " on loopback").isTrue();
			assertThat(accepts(external.get(), ports.get(port))).as(port + " on " + external.get()).isFalse();
		}
	}

	private static boolean accepts(InetAddress address, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
		return NetworkInterface.networkInterfaces().filter((network) -> {
			try {
				return network.isUp() && !network.isLoopback();
			}
			catch (SocketException ex) {
				return false;
			}
		})
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.findFirst();
	}

}
