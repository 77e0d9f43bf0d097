package dev.sitrep.cli;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import picocli.CommandLine.Option;

/** The {@code --proxy HOST:PORT} option of the commands that fetch; mixed in with {@code @Mixin}. */
final class ProxyOption {
    @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "send every request through this HTTP proxy")
    String proxy;

    /** The proxy, or null when none was asked for. */
    ProxySelector selector() {
        if (proxy == null) {
            return null;
        }
        int colon = proxy.lastIndexOf(':');
        int port = -1;
        try {
            port = colon < 1 ? -1 : Integer.parseInt(proxy.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--proxy must be HOST:PORT, not " + proxy);
        }
        return ProxySelector.of(InetSocketAddress.createUnresolved(proxy.substring(0, colon), port));
    }
}
