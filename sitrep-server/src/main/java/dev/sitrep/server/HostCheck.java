package dev.sitrep.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which Host headers the server answers, against DNS rebinding: a page on another site whose name is made to
 * resolve to 127.0.0.1 can reach a loopback server, but its requests carry that site's name as Host. So a
 * server bound to loopback answers only {@code localhost}, {@code 127.0.0.1} and {@code [::1]} on its own
 * port; one bound to another address answers that address and the loopback names; the names an operator
 * allows (a proxy's public name) are accepted on any port. A server bound to the wildcard address without
 * allowed names cannot know its public names and accepts any Host.
 *
 * <p>A request without a Host header (HTTP/1.0) is answered: a browser always sends one.
 */
final class HostCheck {
    private final Set<String> exact = new HashSet<>();
    private final Set<String> anyPort = new HashSet<>();
    private final boolean open;
    private final String expected;

    HostCheck(InetSocketAddress bound, List<String> allowed) {
        int port = bound.getPort();
        InetAddress address = bound.getAddress();
        for (String name : List.of("localhost", "127.0.0.1", "[::1]")) {
            exact.add(name + ":" + port);
            if (port == 80) {
                exact.add(name);
            }
        }
        if (!address.isLoopbackAddress() && !address.isAnyLocalAddress()) {
            String literal = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
            exact.add(literal.toLowerCase(Locale.ROOT) + ":" + port);
        }
        for (String name : allowed) {
            anyPort.add(name.strip().toLowerCase(Locale.ROOT));
        }
        open = address.isAnyLocalAddress() && allowed.isEmpty();
        expected = "localhost:" + port + (allowed.isEmpty() ? "" : " or " + String.join(", ", allowed));
    }

    /** Empty when {@code host} (the Host header, possibly null) may be answered, else why not. */
    Optional<String> refusal(String host) {
        if (open || host == null) {
            return Optional.empty();
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (exact.contains(h) || anyPort.contains(withoutPort(h))) {
            return Optional.empty();
        }
        return Optional.of("this server answers to Host " + expected + ", not \"" + host.strip()
                + "\"; behind a proxy, start it with --allowed-host NAME");
    }

    private static String withoutPort(String host) {
        int colon = host.lastIndexOf(':');
        // A colon inside an IPv6 literal's brackets is not a port separator.
        return colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
    }
}
