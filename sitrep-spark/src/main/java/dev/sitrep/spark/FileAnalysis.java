package dev.sitrep.spark;

import dev.sitrep.dedup.Fingerprinter;
import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.ingest.SourceItem;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.Result;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;

/**
 * The per-file work of the job: opens one input on its Hadoop file system and streams it record by record
 * through the executor's shared pipeline, yielding an {@link Item} per article or failure in input order.
 *
 * <p>A reader thread feeds a small bounded queue and the task's thread analyses what it takes from it, so a
 * WARC of any size is held a few records at a time, never whole. Whatever goes wrong with one file (a missing
 * path, a truncated gzip, a corrupt record, an empty file) becomes a failure item naming it; the task itself
 * does not fail, so neither does the job.
 */
final class FileAnalysis implements FlatMapFunction<InputFile, Item> {
    private static final long serialVersionUID = 1L;
    /** Documents read ahead of the analysis. */
    private static final int READ_AHEAD = 8;

    private final JobOptions options;
    private final Map<String, String> hadoopConf;
    private final LongAccumulator records;

    /**
     * @param hadoopConf the driver's Hadoop settings (file system implementations, credentials), applied on the
     *                   executor before the input is opened
     * @param records    counts the documents and failures read from the inputs
     */
    FileAnalysis(JobOptions options, Map<String, String> hadoopConf, LongAccumulator records) {
        this.options = options;
        this.hadoopConf = hadoopConf;
        this.records = records;
    }

    @Override
    public Iterator<Item> call(InputFile file) {
        Configuration conf = new Configuration();
        hadoopConf.forEach(conf::set);
        return new Items(file, conf, ExecutorPipeline.get(options), options, records);
    }

    /** Signals the end of a file on the queue (compared by identity). */
    private static final SourceItem END = ReadFailure.of("", "end of input");

    /** The lazy iterator over one file's items; the reader thread ends with the file. */
    private static final class Items implements Iterator<Item> {
        private final InputFile file;
        private final Pipeline pipeline;
        private final Fingerprinter fingerprinter = new Fingerprinter();
        private final BlockingQueue<SourceItem> queue = new ArrayBlockingQueue<>(READ_AHEAD);
        private final ArrayDeque<Item> ready = new ArrayDeque<>();
        private final Thread reader;
        private final LongAccumulator records;
        private int ordinal;
        private boolean ended;

        Items(InputFile file, Configuration conf, Pipeline pipeline, JobOptions options, LongAccumulator records) {
            this.file = file;
            this.pipeline = pipeline;
            this.records = records;
            this.reader = new Thread(() -> read(file, conf, options), "sitrep-read-" + file.index());
            reader.setDaemon(true);
            reader.start();
            // A task that ends early (cancelled, or its consumer stopped reading) must not leave the reader
            // blocked on a full queue.
            org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> reader.interrupt());
            }
        }

        private void read(InputFile file, Configuration conf, JobOptions options) {
            try {
                try {
                    Path path = new Path(file.uri());
                    FileSystem fs = path.getFileSystem(conf);
                    if (fs.getFileStatus(path).getLen() == 0) {
                        put(ReadFailure.of(file.source(), "empty file, nothing to read"));
                    } else {
                        try (InputStream in = fs.open(path)) {
                            new SourceReader(InputStream.nullInputStream(), options.limits().maxDocumentBytes())
                                    .read(file.source(), in, this::put);
                        }
                    }
                } catch (java.io.FileNotFoundException e) {
                    put(ReadFailure.of(file.source(), "no such file"));
                } catch (IOException | RuntimeException e) {
                    if (e instanceof CancellationException c) {
                        throw c;
                    }
                    put(ReadFailure.of(file.source(), "cannot read: " + e));
                }
                put(END);
            } catch (CancellationException e) {
                // The task ended before the file did: nobody reads what is left.
            }
        }

        private void put(SourceItem item) {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                // The task is over: stop reading.
                Thread.currentThread().interrupt();
                throw new CancellationException("reading " + file.source() + " stopped with its task");
            }
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !ended) {
                SourceItem item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    reader.interrupt();
                    throw new IllegalStateException("analysing " + file.source() + " was interrupted", e);
                }
                if (item == END) {
                    ended = true;
                } else {
                    records.add(1);
                    pipeline.analyze(item, this::collect);
                }
            }
            return !ready.isEmpty();
        }

        private void collect(Result r) {
            long seq = Item.seq(file.index(), ordinal++);
            switch (r) {
                case Result.Analyzed a -> {
                    Article article = a.article();
                    ready.add(new Item(seq, article.id(), article.published() == null ? null : article.published().toString(),
                            ArticleJson.toLine(article), fingerprinter.of(article.text()).toBytes(), null));
                }
                case Result.Failed f -> ready.add(new Item(seq, null, null, null, null, f.failure().describe()));
            }
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }
    }
}
