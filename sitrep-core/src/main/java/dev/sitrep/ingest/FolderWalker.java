package dev.sitrep.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lists the files under a folder, recursively and sorted, skipping dot files and dot folders. Symbolic links
 * to files are followed; links to folders are not (so a link loop cannot trap the walk). A sub-folder or file
 * that cannot be read, a dangling or looping link, and anything that is not a regular file (a FIFO, socket or
 * device, which would block or never end) becomes a {@link ReadFailure} and the walk goes on.
 */
final class FolderWalker {
    private FolderWalker() {
    }

    static List<Path> files(Path root, Consumer<? super SourceItem> sink) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                        files.add(file);
                    } else if (!(attrs.isSymbolicLink() && Files.isDirectory(file))) {
                        // Links to folders are not followed (no loops); anything else that is not a file is named.
                        sink.accept(ReadFailure.of(file.toString(), whyNotAFile(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    sink.accept(ReadFailure.of(file.toString(), "cannot read folder or file: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.accept(ReadFailure.of(root.toString(), "cannot list folder: " + reason(e)));
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Why a path that is neither a folder nor a regular file cannot be read, in a few words. */
    static String whyNotAFile(Path p) {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            try {
                p.toRealPath();
                return "no such file or directory";
            } catch (java.nio.file.NoSuchFileException e) {
                return "dangling symbolic link";
            } catch (IOException e) {
                return "symbolic link loop (or a link that cannot be followed)";
            }
        }
        if (!Files.exists(p)) {
            return "no such file or directory";
        }
        int mode;
        try {
            mode = (Integer) Files.getAttribute(p, "unix:mode");
        } catch (IOException | RuntimeException e) {
            return "not a regular file";
        }
        String kind = switch (mode & 0170000) {
            case 0010000 -> "fifo";
            case 0020000 -> "character device";
            case 0060000 -> "block device";
            case 0140000 -> "socket";
            default -> "special file";
        };
        return "not a regular file (" + kind + ")";
    }

    /** A short reason for a file-system failure; the path is named elsewhere in the line. */
    static String reason(IOException e) {
        return switch (e) {
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.file.NoSuchFileException n -> "no such file or directory";
            case java.nio.file.NotDirectoryException n -> "not a folder";
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
    }
}
