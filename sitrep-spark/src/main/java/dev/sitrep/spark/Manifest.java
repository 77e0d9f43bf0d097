package dev.sitrep.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's inputs: a manifest file (on any Hadoop file system) listing one path or glob per line, blank lines
 * and {@code #} comments skipped, like CC-NEWS's {@code warc.paths}. Globs and folders are expanded (folders
 * recursively, dot and underscore files skipped, sorted), so the order of inputs is the manifest's, then the
 * names'. A line that matches nothing becomes a failure naming it; the rest of the manifest still runs.
 *
 * <p>Only the listing runs on the driver; no input is opened there.
 */
final class Manifest {
    private Manifest() {
    }

    /** The expanded inputs, and the lines that named nothing. */
    record Listing(List<InputFile> files, List<Item> failures) {
    }

    static Listing read(String manifest, Configuration conf) throws IOException {
        Path path = new Path(manifest);
        FileSystem fs = path.getFileSystem(conf);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(path), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
        }
        return expand(lines, path.getParent(), conf);
    }

    /**
     * @param base where relative lines point from: the manifest's folder
     */
    static Listing expand(List<String> lines, Path base, Configuration conf) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<Item> failures = new ArrayList<>();
        for (String line : lines) {
            Path p = new Path(line);
            if (!p.isAbsolute() && p.toUri().getScheme() == null && base != null) {
                p = new Path(base, line);
            }
            FileStatus[] matched;
            try {
                FileSystem fs = p.getFileSystem(conf);
                matched = fs.globStatus(p);
                List<FileStatus> found = new ArrayList<>();
                if (matched != null) {
                    Arrays.sort(matched);
                    for (FileStatus s : matched) {
                        collect(fs, s, found);
                    }
                }
                if (found.isEmpty()) {
                    failures.add(failure(files.size() + failures.size(), line, matched == null || matched.length == 0
                            ? "no such file" : "no files in it"));
                }
                for (FileStatus s : found) {
                    int index = files.size() + failures.size();
                    files.add(new InputFile(index, s.getPath().toString(), sourceName(s.getPath())));
                }
            } catch (IOException | IllegalArgumentException e) {
                failures.add(failure(files.size() + failures.size(), line, "cannot list: " + e.getMessage()));
            }
        }
        return new Listing(files, failures);
    }

    private static Item failure(int index, String line, String why) {
        return new Item(Item.seq(index, 0), null, null, null, null, line + ": " + why);
    }

    private static void collect(FileSystem fs, FileStatus s, List<FileStatus> out) throws IOException {
        String name = s.getPath().getName();
        if (name.startsWith(".") || name.startsWith("_")) {
            return;
        }
        if (s.isDirectory()) {
            FileStatus[] children = fs.listStatus(s.getPath());
            Arrays.sort(children);
            for (FileStatus c : children) {
                collect(fs, c, out);
            }
        } else {
            out.add(s);
        }
    }

    /** The local path for a local file, as {@code sitrep analyze} names it; the whole URI for any other. */
    static String sourceName(Path p) {
        String scheme = p.toUri().getScheme();
        return scheme == null || scheme.equals("file") ? p.toUri().getPath() : p.toString();
    }
}
