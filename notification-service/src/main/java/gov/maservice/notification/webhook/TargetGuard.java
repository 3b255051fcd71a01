package gov.maservice.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.util.NetUtil;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;

/**
 * Keeps webhook calls off the internal network (SSRF). A target must be {@code http} or
 * {@code https} without user info; every address its host resolves to must be public (not
 * loopback, private, link-local, unique-local, carrier-grade NAT, multicast,
 * documentation or reserved), unless an allowed network names it. Address literals are
 * checked before any connection; host names are checked by the HTTP client's resolver for
 * every connection it opens, after DNS, so a name that changes its answer between
 * subscription and call (DNS rebinding) is refused too. Redirects are not followed.
 */
final class TargetGuard {

	private final List<Network> allowed;

	private final Executor lookups;

	TargetGuard(List<String> allowedNetworks, Executor lookups) {
		this.allowed = allowedNetworks.stream().map(Network::parse).toList();
		this.lookups = lookups;
	}

	/**
	 * Checks the form of a target URL; refuses an address literal that is not allowed.
	 */
	URI check(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new TargetRefusedException("not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new TargetRefusedException("only http and https targets are allowed");
		}
		if (uri.getRawUserInfo() != null) {
			throw new TargetRefusedException("user info in the URL is not allowed");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw new TargetRefusedException("the URL has no host");
		}
		if (uri.getRawFragment() != null) {
			throw new TargetRefusedException("a fragment is not allowed");
		}
		InetAddress literal = literal(uri.getHost());
		if (literal != null) {
			check(literal);
		}
		return uri;
	}

	/** Refuses an address that is neither public nor in an allowed network. */
	void check(InetAddress address) {
		if (!isPublic(address) && this.allowed.stream().noneMatch((network) -> network.contains(address))) {
			throw new TargetRefusedException(
					"the target resolves to " + address.getHostAddress() + ", which is not a public address");
		}
	}

	/** Resolves a host name and checks every address (blocking: call off event loops). */
	void checkResolved(String host) throws UnknownHostException {
		for (InetAddress address : InetAddress.getAllByName(host)) {
			check(address);
		}
	}

	static InetAddress literal(String host) {
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		if (NetUtil.isValidIpV4Address(bare) || NetUtil.isValidIpV6Address(bare)) {
			try {
				return InetAddress.getByName(bare);
			}
			catch (UnknownHostException ex) {
				throw new TargetRefusedException("not a valid address literal");
			}
		}
		return null;
	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return !(first == 0 || first >= 240 || (first == 100 && (second & 0xc0) == 64)
					|| (first == 192 && second == 0 && (b[2] & 0xff) == 0)
					|| (first == 192 && second == 0 && (b[2] & 0xff) == 2) || (first == 198 && (second & 0xfe) == 18)
					|| (first == 198 && second == 51 && (b[2] & 0xff) == 100)
					|| (first == 203 && second == 0 && (b[2] & 0xff) == 113));
		}
		if (address instanceof Inet6Address) {
			int first = b[0] & 0xff;
			if ((first & 0xfe) == 0xfc
					|| (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8)) {
				return false;
			}
			// IPv4-compatible, NAT64 (64:ff9b::/96) and 6to4 forms hide an IPv4 address.
			boolean zeroPrefix = Arrays.equals(Arrays.copyOf(b, 12), new byte[12]);
			boolean nat64 = first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
			if (zeroPrefix || nat64) {
				return isPublic(ipv4(Arrays.copyOfRange(b, 12, 16)));
			}
			if (first == 0x20 && (b[1] & 0xff) == 0x02) {
				return isPublic(ipv4(Arrays.copyOfRange(b, 2, 6)));
			}
			return true;
		}
		return false;
	}

	private static InetAddress ipv4(byte[] bytes) {
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The resolver the HTTP client uses: DNS lookups run on {@code lookups} (never on an
	 * event loop) and every address is checked before the client may connect to it.
	 */
	AddressResolverGroup<InetSocketAddress> resolverGroup() {
		TargetGuard guard = this;
		return new AddressResolverGroup<>() {
			@Override
			protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
				return new InetNameResolver(executor) {
					@Override
					protected void doResolve(String host, Promise<InetAddress> promise) {
						guard.lookups.execute(() -> {
							try {
								InetAddress[] all = InetAddress.getAllByName(host);
								for (InetAddress address : all) {
									guard.check(address);
								}
								promise.trySuccess(all[0]);
							}
							catch (Exception ex) {
								promise.tryFailure(ex);
							}
						});
					}

					@Override
					protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
						guard.lookups.execute(() -> {
							try {
								List<InetAddress> all = List.of(InetAddress.getAllByName(host));
								all.forEach(guard::check);
								promise.trySuccess(all);
							}
							catch (Exception ex) {
								promise.tryFailure(ex);
							}
						});
					}
				}.asAddressResolver();
			}
		};
	}

	/** An IPv4 or IPv6 network in CIDR notation; a bare address is one host. */
	record Network(byte[] prefix, int bits) {

		static Network parse(String cidr) {
			String text = cidr.strip();
			int slash = text.indexOf('/');
			String host = (slash < 0) ? text : text.substring(0, slash);
			InetAddress address = literal(host);
			if (address == null) {
				throw new IllegalArgumentException("Not a network in CIDR notation: " + cidr);
			}
			byte[] bytes = address.getAddress();
			int bits = (slash < 0) ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
			if (bits < 0 || bits > bytes.length * 8) {
				throw new IllegalArgumentException("Bad prefix length in " + cidr);
			}
			return new Network(bytes, bits);
		}

		boolean contains(InetAddress address) {
			byte[] bytes = address.getAddress();
			if (bytes.length != this.prefix.length) {
				return false;
			}
			for (int i = 0; i < this.bits; i++) {
				int mask = 0x80 >> (i % 8);
				if ((bytes[i / 8] & mask) != (this.prefix[i / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

}
