package dev.sitrep.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.sitrep.query.Page;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes result rows (the {@link JsonViews} objects) as JSON Lines or as CSV. CSV goes through Jackson's CSV
 * module (RFC 4180: a header row, fields with commas, quotes or line breaks quoted, quotes doubled, CRLF line
 * ends); its columns are the rows' fields in first-seen order. A cell cannot hold a structure, so an array of
 * plain values becomes its values joined by {@value #JOIN} and anything deeper stays JSON text.
 */
public final class Export {
    static final String JOIN = "; ";
    /** Leaves the caller's writer open: it may be standard output. */
    private static final CsvMapper CSV = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    /** The output formats. */
    public enum Format {
        JSONL, CSV;

        /**
         * "jsonl" or "csv", any case.
         *
         * @throws IllegalArgumentException naming the formats, for anything else
         */
        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(s.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("format must be jsonl or csv, not \"" + s + "\"");
        }
    }

    private Export() {
    }

    /**
     * Rows written as they come, so that an export of every matching row holds one page in memory at a time. A CSV
     * takes its columns from the first row: the API's items carry every field, null or not, so rows of one kind share
     * them; a field a later row adds is refused rather than dropped.
     */
    public static final class Sink implements java.io.Flushable {
        private final Format format;
        private final Writer out;
        private List<String> columns;
        private SequenceWriter csv;
        private long rows;

        public Sink(Format format, Writer out) {
            this.format = format;
            this.out = out;
        }

        public void write(ObjectNode row) throws IOException {
            rows++;
            if (format == Format.JSONL) {
                out.write(row.toString());
                out.write('\n');
                return;
            }
            if (csv == null) {
                columns = new ArrayList<>();
                row.fieldNames().forEachRemaining(columns::add);
                CsvSchema.Builder schema = CsvSchema.builder();
                columns.forEach(schema::addColumn);
                csv = CSV.writer(schema.build().withHeader().withLineSeparator("\r\n")).writeValues(out);
            }
            for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!columns.contains(field)) {
                    throw new IllegalStateException("row " + rows + " has a field the first row lacks: " + field);
                }
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (String c : columns) {
                cells.put(c, cell(row.get(c)));
            }
            csv.write(cells);
        }

        /** How many rows were written. */
        public long rows() {
            return rows;
        }

        @Override
        public void flush() throws IOException {
            if (csv != null) {
                csv.flush();
            }
            out.flush();
        }
    }

    /** A page of results after {@code offset} rows, {@code size} at most. */
    @FunctionalInterface
    public interface Pages<T> {
        Page<T> page(int offset, int size) throws IOException;
    }

    /**
     * Writes every row of a paged result, {@code limit} at most, a page at a time, each page written before the next
     * is asked: a store that changes meanwhile may shift a row across pages, as it would for a user paging the API.
     */
    public static <T> void every(Pages<T> pages, Function<T, ObjectNode> row, Sink sink, long limit) throws IOException {
        int offset = 0;
        while (sink.rows() < limit) {
            int size = (int) Math.min(Page.MAX_LIMIT, limit - sink.rows());
            Page<T> page = pages.page(offset, size);
            for (T item : page.items()) {
                sink.write(row.apply(item));
            }
            offset += page.items().size();
            if (page.items().size() < size || offset >= page.total()) {
                return;
            }
        }
    }

    public static void write(List<ObjectNode> rows, Format format, Writer out) throws IOException {
        switch (format) {
            case JSONL -> {
                for (ObjectNode row : rows) {
                    out.write(row.toString());
                    out.write('\n');
                }
            }
            case CSV -> csv(rows, out);
        }
        out.flush();
    }

    private static void csv(List<ObjectNode> rows, Writer out) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> r.fieldNames().forEachRemaining(columns::add));
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        var writer = CSV.writer(schema.build().withHeader().withLineSeparator("\r\n"));
        if (rows.isEmpty()) {
            return;
        }
        try (SequenceWriter seq = writer.writeValues(out)) {
            for (ObjectNode row : rows) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String c : columns) {
                    cells.put(c, cell(row.get(c)));
                }
                seq.write(cells);
            }
        }
    }

    private static String cell(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.isArray()) {
            List<String> plain = new ArrayList<>();
            for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
                JsonNode e = it.next();
                if (!e.isValueNode()) {
                    return v.toString();
                }
                plain.add(e.asText());
            }
            return String.join(JOIN, plain);
        }
        return v.toString();
    }
}
