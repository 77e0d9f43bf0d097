/**
 * The HTTP side of Sitrep: the JSON API described in API.md (search, quotes, entities, entity profiles,
 * timelines, articles, the OpenAPI document) and the web page's static files, over a store opened with
 * {@code dev.sitrep.query.StoreSearch}.
 */
package dev.sitrep.server;
