package dev.sitrep.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.query.QuerySyntaxException;

/** The bodies of error responses: {@code {"error", "parameter", "position", "pretty"}} or just {@code {"error"}}. */
final class ApiError {
    private ApiError() {
    }

    static ObjectNode of(String message) {
        return JsonViews.object().put("error", message);
    }

    static ObjectNode of(BadRequest e) {
        return located(e.getMessage(), e.parameter(), e.value(), e.position());
    }

    static ObjectNode of(QuerySyntaxException e, String parameter) {
        return located(e.getMessage(), parameter, e.query(), e.position());
    }

    private static ObjectNode located(String message, String parameter, String value, int position) {
        ObjectNode o = of(message);
        o.put("parameter", parameter);
        o.put("position", position);
        if (value != null) {
            o.put("pretty", QuerySyntaxException.pointAt(value, position));
        }
        return o;
    }
}
