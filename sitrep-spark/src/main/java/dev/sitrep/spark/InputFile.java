package dev.sitrep.spark;

import java.io.Serializable;

/**
 * One input of the job: the unit of work, read by one task, record by record.
 *
 * @param index  its place in the manifest's order (globs and folders expanded, sorted), which orders the
 *               articles as {@code sitrep analyze} would given the same files in the same order
 * @param uri    the Hadoop path to open
 * @param source the name articles and failures carry: the local path for local files (as {@code sitrep analyze}
 *               names them), the whole URI otherwise
 */
record InputFile(int index, String uri, String source) implements Serializable {
}
