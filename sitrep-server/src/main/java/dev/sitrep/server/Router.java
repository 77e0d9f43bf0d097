package dev.sitrep.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.sitrep.query.StoreSearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one handler of the server: refreshes the store's view (so that articles another process ingested appear
 * without a restart), sends {@code /api/} to {@link Api} and everything else to {@link StaticFiles}, and turns
 * failures into the error bodies of API.md. Only GET and HEAD are served.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private final StoreSearch store;
    private final Api api;
    private final StaticFiles files;
    private final Freshness freshness;

    Router(StoreSearch store, Api api, StaticFiles files, Freshness freshness) {
        this.store = store;
        this.api = api;
        this.files = files;
        this.freshness = freshness;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                Responses.json(ex, 405, ApiError.of("only GET and HEAD are served"));
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            if (path.startsWith("/api/")) {
                freshness.maybeRefresh(store);
                Responses.json(ex, 200, api.answer(path, new Params(ex.getRequestURI())));
            } else {
                files.serve(ex, path);
            }
        } catch (BadRequest e) {
            Responses.json(ex, 400, ApiError.of(e));
        } catch (Api.ParameterSyntax e) {
            Responses.json(ex, 400, ApiError.of(e.error, e.parameter));
        } catch (NotFound e) {
            Responses.json(ex, 404, ApiError.of(e.getMessage()));
        } catch (IllegalArgumentException e) {
            Responses.json(ex, 400, ApiError.of(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "failed: " + ex.getRequestURI(), e);
            Responses.send(ex, 500, "application/json; charset=utf-8",
                    ApiError.of("internal error; the server log has the details").toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
