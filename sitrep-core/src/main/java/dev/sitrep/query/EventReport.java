package dev.sitrep.query;

import java.time.LocalDate;

/**
 * One article's report of an event: where to read it.
 *
 * @param article   the article id
 * @param title     the article's title, or null
 * @param url       the article's address, or null
 * @param publisher the publisher, or null
 * @param published the article's day, or null
 * @param inferred  whether that day was inferred from the text
 * @param sentence  the sentence that reports the event
 * @param start     offset of the sentence in the article's text
 * @param end       offset after it
 */
public record EventReport(String article, String title, String url, String publisher, LocalDate published,
        boolean inferred, String sentence, int start, int end) {
}
