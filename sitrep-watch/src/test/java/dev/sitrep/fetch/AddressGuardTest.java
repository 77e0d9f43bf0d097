package dev.sitrep.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    /** Names from a table, literals parsed; nothing goes to DNS. */
    private static final AddressGuard.Resolver TABLE = host -> {
        Map<String, String[]> names = Map.of(
                "news.example", new String[] {"93.184.216.34"},
                "metadata.example", new String[] {"169.254.169.254"},
                "mixed.example", new String[] {"93.184.216.34", "10.0.0.7"},
                "intranet.example", new String[] {"10.0.0.5"},
                "localhost", new String[] {"127.0.0.1", "::1"});
        String[] literals = names.get(host);
        if (literals == null && !host.matches("[0-9.]+|.*:.*")) {
            throw new UnknownHostException(host);
        }
        if (literals == null) {
            return InetAddress.getAllByName(host);
        }
        InetAddress[] out = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            out[i] = InetAddress.getByName(literals[i]);
        }
        return out;
    };

    private static final AddressGuard PUBLIC_SOURCE = AddressGuard.forSource(URI.create("https://news.example/feed"), TABLE);

    private static Optional<String> refusal(AddressGuard g, String url) {
        return g.refusal(URI.create(url));
    }

    @Test
    void nonPublicLiteralsAreRefused() {
        for (String url : new String[] {"http://127.0.0.1/", "http://127.8.9.1:8080/a", "http://10.1.2.3/",
                "http://172.16.0.1/", "http://172.31.255.254/", "http://192.168.1.1/", "http://169.254.169.254/latest",
                "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/", "http://0.0.0.0/",
                "http://100.64.0.1/", "http://[::ffff:10.0.0.1]/"}) {
            assertTrue(refusal(PUBLIC_SOURCE, url).isPresent(), url);
        }
    }

    @Test
    void publicLiteralsAndNamesPass() {
        for (String url : new String[] {"http://93.184.216.34/", "http://172.32.0.1/", "http://[2606:4700::1]/",
                "https://news.example/story"}) {
            assertEquals(Optional.empty(), refusal(PUBLIC_SOURCE, url), url);
        }
    }

    @Test
    void namesAreJudgedByEveryAddressTheyResolveTo() {
        assertEquals(Optional.of("refused address: host metadata.example resolves to 169.254.169.254, a link-local address"),
                refusal(PUBLIC_SOURCE, "http://metadata.example/latest/meta-data"));
        assertTrue(refusal(PUBLIC_SOURCE, "http://mixed.example/").orElseThrow().contains("10.0.0.7"));
        assertTrue(refusal(PUBLIC_SOURCE, "http://localhost:8080/").orElseThrow().contains("loopback"));
        assertEquals(Optional.of("unknown host nowhere.example"), refusal(PUBLIC_SOURCE, "http://nowhere.example/"));
    }

    @Test
    void systemResolverRefusesLocalhost() {
        assertTrue(AddressGuard.strict().refusal(URI.create("http://localhost/")).isPresent());
        assertTrue(AddressGuard.forSource(URI.create("http://93.184.216.34/")).refusal(URI.create("http://127.0.0.1/"))
                .isPresent());
    }

    @Test
    void loopbackSourceMayReachLoopbackOnly() {
        AddressGuard local = AddressGuard.forSource(URI.create("http://127.0.0.1:8080/feed"), TABLE);
        assertEquals(Optional.empty(), refusal(local, "http://127.0.0.1:9999/story"));
        assertEquals(Optional.empty(), refusal(local, "http://localhost:9999/story"));
        assertEquals(Optional.empty(), refusal(local, "https://news.example/story"));
        assertTrue(refusal(local, "http://169.254.169.254/latest/meta-data").isPresent());
        assertTrue(refusal(local, "http://10.0.0.1/").isPresent());
        assertTrue(refusal(local, "http://192.168.0.1/").isPresent());
    }

    @Test
    void privateSourceMayReachItsNetworkKindOnly() {
        AddressGuard intranet = AddressGuard.forSource(URI.create("http://intranet.example/feed"), TABLE);
        assertEquals(Optional.empty(), refusal(intranet, "http://10.9.9.9/story"));
        assertEquals(Optional.empty(), refusal(intranet, "http://192.168.4.4/story"));
        assertTrue(refusal(intranet, "http://127.0.0.1/").isPresent());
        assertTrue(refusal(intranet, "http://metadata.example/").isPresent());
    }

    @Test
    void linkLocalSourceEarnsNoExemption() {
        AddressGuard g = AddressGuard.forSource(URI.create("http://169.254.1.1/feed"), TABLE);
        assertTrue(refusal(g, "http://169.254.169.254/").isPresent());
    }

    @Test
    void offRefusesNothing() {
        assertEquals(Optional.empty(), refusal(AddressGuard.OFF, "http://169.254.169.254/"));
        assertEquals(Optional.empty(), refusal(AddressGuard.OFF, "http://unresolvable.invalid/"));
    }
}
