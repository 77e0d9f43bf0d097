package dev.sitrep.watch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the watcher remembers of one source between polls and across restarts. Times are epoch milliseconds
 * (0: never).
 *
 * @param lastPoll     when it was last polled
 * @param nextDue      when it is due again
 * @param interval     the current polling interval, adapted to how often the source has something new
 * @param etag         the validator the server sent last, for If-None-Match
 * @param lastModified the date the server sent last, for If-Modified-Since
 * @param digest       digest of the last body, because some servers keep their validators when the body changes
 * @param lastItems    digests of the URLs the last poll listed, to tell whether items scrolled past unseen
 * @param lastNew      new article URLs the last poll found
 * @param totalNew     new article URLs found since the source was first polled
 * @param polls        polls made
 * @param notModified  polls answered 304 or with an unchanged body
 * @param errors       consecutive failed polls
 * @param lastError    the last failure, in one line, or null
 * @param lastStatus   the last HTTP status, or 0
 * @param lastNewAt    when a poll last found something new (0: never)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceState(long lastPoll, long nextDue, long interval, String etag, String lastModified,
                          String digest, List<Long> lastItems, int lastNew, long totalNew, long polls,
                          long notModified, int errors, String lastError, int lastStatus, long lastNewAt) {
    static SourceState fresh(long interval) {
        return new SourceState(0, 0, interval, null, null, null, List.of(), 0, 0, 0, 0, 0, null, 0, 0);
    }

    public SourceState {
        lastItems = lastItems == null ? List.of() : List.copyOf(lastItems);
    }

    /** The same state without validators or digest: the next poll reads the listing whole. */
    SourceState unvalidated() {
        return new SourceState(lastPoll, nextDue, interval, null, null, null, lastItems, lastNew, totalNew, polls,
                notModified, errors, lastError, lastStatus, lastNewAt);
    }
}
