package dev.sitrep.nlp.kb;

import java.io.IOException;

/**
 * A knowledge-base file that cannot be used as it is: the message names the file and the line
 * ("extra.tsv:12: holder names unknown person 'jon-doe'") so that it can be fixed in an editor.
 */
public final class KnowledgeBaseException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    public KnowledgeBaseException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file, as it was named to the loader. */
    public String file() {
        return file;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }
}
