package dev.sitrep.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP spoken by hand over a socket, for what a well-behaved client will not send: any Host header, raw
 * dots, backslashes and percent signs in paths, bodies on a GET.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** The whole answer (status line, headers, body) to one request; the connection is closed after it. */
    static String exchange(int port, String method, String target, String host, String... headers) throws IOException {
        return exchangeWithBody(port, method, target, host, "", headers);
    }

    /** Like {@link #exchange(int, String, String, String, String...)}, sending {@code body} after the head. */
    static String exchangeWithBody(int port, String method, String target, String host, String body, String... headers)
            throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (host != null) {
            head.append("Host: ").append(host).append("\r\n");
        }
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n").append(body);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);
        }
    }

    /** The status code of an answer {@link #exchange} returned. */
    static int status(String answer) {
        return Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (java.net.SocketException e) {
            return new byte[0]; // reset by the server: nothing more to read
        }
    }
}
