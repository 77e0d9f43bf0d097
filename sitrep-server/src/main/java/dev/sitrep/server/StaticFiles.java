package dev.sitrep.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The web page's files from the class path: {@code /} and other paths from {@code dev/sitrep/web/},
 * {@code /webjars/...} from the webjars' {@code META-INF/resources/webjars/}. Paths with {@code ..}, a
 * backslash or an empty segment are refused, so nothing outside those folders can be named.
 */
final class StaticFiles {
    static final String WEB = "dev/sitrep/web/";
    static final String WEBJARS = "META-INF/resources/webjars/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final ClassLoader loader;

    StaticFiles(ClassLoader loader) {
        this.loader = loader;
    }

    void serve(HttpExchange ex, String rawPath) throws IOException {
        String path = java.net.URLDecoder.decode(rawPath, StandardCharsets.UTF_8);
        if (path.equals("/")) {
            path = "/index.html";
        }
        String resource = resource(path);
        InputStream in = resource == null ? null : loader.getResourceAsStream(resource);
        if (in == null) {
            Responses.send(ex, 404, "text/plain; charset=utf-8", ("not found: " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body;
        try (in) {
            body = in.readAllBytes();
        }
        Responses.send(ex, 200, type(path), body);
    }

    /** The class-path name of a request path, or null when the path could escape the web folders. */
    static String resource(String path) {
        String rel = path.substring(1);
        if (rel.isEmpty() || rel.endsWith("/") || rel.contains("\\") || rel.contains("//") || rel.indexOf('\0') >= 0) {
            return null;
        }
        for (String segment : rel.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        return rel.startsWith("webjars/") ? WEBJARS + rel.substring("webjars/".length()) : WEB + rel;
    }

    private static String type(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : TYPES.getOrDefault(path.substring(dot + 1), "application/octet-stream");
    }
}
