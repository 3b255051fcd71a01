package gov.maservice.qr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP relay in front of the test store that can be frozen: while frozen it keeps every
 * connection open and accepts new ones but passes no bytes on, as a store process stopped
 * with SIGSTOP looks from outside. Thawed, it delivers what was held back.
 */
final class FreezableProxy {

	private final InetSocketAddress target;

	private final ServerSocket server;

	private volatile boolean frozen;

	FreezableProxy(InetSocketAddress target) {
		this.target = target;
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		daemon(this::accept, "store-proxy-accept").start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	String host() {
		return this.server.getInetAddress().getHostAddress();
	}

	void freeze() {
		this.frozen = true;
	}

	void thaw() {
		this.frozen = false;
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket upstream = new Socket(this.target.getAddress(), this.target.getPort());
				daemon(() -> pump(client, upstream), "store-proxy-up").start();
				daemon(() -> pump(upstream, client), "store-proxy-down").start();
			}
			catch (IOException ex) {
				// a client that went away: keep accepting
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (from; to) {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			int read;
			while ((read = in.read(buffer)) != -1) {
				while (this.frozen) {
					Thread.sleep(10);
				}
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// connection closed by either side
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

}
