package dev.sitrep.server;

import java.util.Map;

/**
 * The connection-level bounds of the JDK HTTP server, which it reads from system properties once, when its
 * first server is created in the JVM. {@link #apply()} sets each one that is not already set (so
 * {@code -Dsun.net.httpserver.maxReqTime=...} on the command line still wins) before {@link SitrepServer}
 * creates its server. All of them are honoured by the JDK 21 to 25 server ({@code sun.net.httpserver.ServerConfig};
 * the header-size bound from 21.0.4).
 *
 * <p>Why each: a client that trickles its request head (slowloris) is closed {@value #MAX_REQUEST_SECONDS}
 * seconds after its first byte, and one that connects and sends nothing as soon; a client that does not read its
 * answer is closed after {@value #MAX_RESPONSE_SECONDS} seconds; connections are capped so that a flood runs
 * into the cap and not into the process's file handles.
 */
public final class HttpLimits {
    /** Seconds from a request's first byte to the end of its head. */
    public static final int MAX_REQUEST_SECONDS = 5;
    /** Seconds from the end of a request's head to the end of its answer. */
    public static final int MAX_RESPONSE_SECONDS = 30;
    /** Seconds a kept-alive connection may sit idle. */
    public static final int IDLE_SECONDS = 15;
    /** Open connections, idle or not; more are closed as they are accepted. */
    public static final int MAX_CONNECTIONS = 512;
    /** Header lines in one request. */
    public static final int MAX_HEADERS = 100;
    /** Bytes of the request line and headers together. */
    public static final int MAX_HEAD_BYTES = 64 * 1024;

    static final Map<String, String> PROPERTIES = Map.of(
            "sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS),
            "sun.net.httpserver.maxRspTime", String.valueOf(MAX_RESPONSE_SECONDS),
            "sun.net.httpserver.idleInterval", String.valueOf(IDLE_SECONDS),
            // The idle and silent-connection sweep runs every 10 s by default, which would let a silent
            // connection live twice as long as the request bound.
            "sun.net.httpserver.clockTick", "1000",
            "jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS),
            "sun.net.httpserver.maxReqHeaders", String.valueOf(MAX_HEADERS),
            "sun.net.httpserver.maxReqHeaderSize", String.valueOf(MAX_HEAD_BYTES));

    private HttpLimits() {
    }

    /** Sets the bounds not already set; effective only before the JVM's first HTTP server is created. */
    static synchronized void apply() {
        PROPERTIES.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }
}
