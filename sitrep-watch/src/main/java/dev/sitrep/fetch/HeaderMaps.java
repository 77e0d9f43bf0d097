package dev.sitrep.fetch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable, order-keeping copies of header maps, and their wire form. */
final class HeaderMaps {
    private HeaderMaps() {
    }

    static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!name.startsWith(":")) { // HTTP/2 pseudo-headers are not headers
                out.put(name, List.copyOf(values));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    static String head(String firstLine, Map<String, List<String>> headers) {
        StringBuilder sb = new StringBuilder(firstLine).append("\r\n");
        headers.forEach((name, values) -> values.forEach(v -> sb.append(name).append(": ").append(v).append("\r\n")));
        return sb.append("\r\n").toString();
    }
}
