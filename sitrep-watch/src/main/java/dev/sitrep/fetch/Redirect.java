package dev.sitrep.fetch;

import java.net.URI;

/**
 * One redirect followed on the way to a result.
 *
 * @param exchange the request and the redirecting response
 * @param location where the Location header pointed, resolved against the request URI
 */
public record Redirect(Exchange exchange, URI location) {
    /** The URI that answered with the redirect. */
    public URI from() {
        return exchange.uri();
    }

    /** The redirect status: 301, 302, 303, 307 or 308. */
    public int status() {
        return exchange.status();
    }
}
