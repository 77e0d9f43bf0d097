package dev.sitrep.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps fetches away from addresses that are not the public web: loopback, link-local (where cloud metadata
 * services such as {@code 169.254.169.254} answer), private networks (10/8, 172.16/12, 192.168/16, 100.64/10,
 * fc00::/7, fec0::/10), multicast and the unspecified address. A feed or a redirect that names such a host is
 * a way into the machine's own network, not news.
 *
 * <p>A guard belongs to the source a URL came from. When that source is itself on a loopback or private
 * address (a feed on the intranet, a test server on 127.0.0.1), URLs on the same kind of address are allowed,
 * since the user who configured the source already reaches that network; every other kind is still refused,
 * so a source on 127.0.0.1 cannot redirect to 10.0.0.1 or to 169.254.169.254. Link-local, multicast and the
 * unspecified address are never allowed.
 *
 * <p>A host is refused when any of its addresses is refused, since the connection may use any of them. The
 * check resolves the name once and the HTTP client resolves it again, so a name that changes its answer
 * between the two (DNS rebinding) can slip through; a proxy in front of the fetcher closes that gap, and then
 * {@link #OFF} is the guard to use, because the proxy resolves names and decides.
 */
public final class AddressGuard {
    /** A guard that refuses nothing, for fetches through a proxy that applies its own rules. */
    public static final AddressGuard OFF = new AddressGuard(null, EnumSet.noneOf(Kind.class));

    /** How a guard turns a host name into addresses; {@code InetAddress::getAllByName} unless a test says so. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The kinds of non-public address, each with the words a refusal uses. */
    private enum Kind {
        LOOPBACK("a loopback address"),
        PRIVATE("a private-network address"),
        LINK_LOCAL("a link-local address"),
        MULTICAST("a multicast address"),
        ANY_LOCAL("the unspecified address");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private static final Set<Kind> MAY_BE_EXEMPT = EnumSet.of(Kind.LOOPBACK, Kind.PRIVATE);

    private final Resolver resolver;
    private final Set<Kind> exempt;

    private AddressGuard(Resolver resolver, Set<Kind> exempt) {
        this.resolver = resolver;
        this.exempt = exempt;
    }

    /** A guard with no exemptions, for URLs whose origin is unknown or public. */
    public static AddressGuard strict() {
        return new AddressGuard(InetAddress::getAllByName, EnumSet.noneOf(Kind.class));
    }

    /** The guard for URLs found in {@code source}, resolving names with the system resolver. */
    public static AddressGuard forSource(URI source) {
        return forSource(source, InetAddress::getAllByName);
    }

    /**
     * The guard for URLs found in {@code source}: the loopback or private kinds of address that the source's
     * own host resolves to are allowed for its URLs. A source that cannot be resolved earns no exemption.
     */
    public static AddressGuard forSource(URI source, Resolver resolver) {
        Set<Kind> exempt = EnumSet.noneOf(Kind.class);
        String host = hostOf(source);
        if (host != null) {
            try {
                for (InetAddress a : resolver.resolve(host)) {
                    Kind k = kindOf(a);
                    if (k != null && MAY_BE_EXEMPT.contains(k)) {
                        exempt.add(k);
                    }
                }
            } catch (UnknownHostException e) {
                exempt.clear(); // the refusal of its URLs will name the unresolvable hosts one by one
            }
        }
        return new AddressGuard(resolver, exempt);
    }

    /**
     * Why {@code target} must not be fetched, in one line, or empty when it may be. A host that does not
     * resolve is refused too: nothing could be fetched from it, and the reason says so.
     */
    public Optional<String> refusal(URI target) {
        if (resolver == null) {
            return Optional.empty();
        }
        String host = hostOf(target);
        if (host == null) {
            return Optional.of("no host in " + target);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + host);
        }
        for (InetAddress a : addresses) {
            Kind k = kindOf(a);
            if (k != null && !exempt.contains(k)) {
                String literal = a.getHostAddress();
                String what = literal.equals(host) ? "host " + host + " is " : "host " + host + " resolves to "
                        + literal + ", ";
                return Optional.of("refused address: " + what + k.words);
            }
        }
        return Optional.empty();
    }

    private static String hostOf(URI uri) {
        String host = uri == null ? null : uri.getHost();
        if (host == null || host.isEmpty()) {
            return null;
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The kind of non-public address {@code a} is, or {@code null} for a public one. */
    private static Kind kindOf(InetAddress a) {
        if (a.isAnyLocalAddress()) {
            return Kind.ANY_LOCAL;
        }
        if (a.isLoopbackAddress()) {
            return Kind.LOOPBACK;
        }
        if (a.isLinkLocalAddress()) {
            return Kind.LINK_LOCAL;
        }
        if (a.isMulticastAddress()) {
            return Kind.MULTICAST;
        }
        byte[] b = a.getAddress();
        if (a.isSiteLocalAddress()) {
            return Kind.PRIVATE;
        }
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 100 && second >= 64 && second < 128) {
                return Kind.PRIVATE; // 100.64/10, shared address space behind carrier-grade NAT
            }
            if (first == 0) {
                return Kind.ANY_LOCAL; // 0/8 means "this network"; connecting to it reaches the host itself
            }
        } else if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return Kind.PRIVATE; // fc00::/7, unique local addresses
        }
        return null;
    }
}
