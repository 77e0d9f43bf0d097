package dev.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Files of bare sentences, one a line, as {@code sitrep stance} and {@code sitrep events} read them. */
final class SentenceFiles {
    private SentenceFiles() {
    }

    /**
     * Gives every non-blank line of each input, stripped, to {@code sentence}, in order; an input that cannot be
     * read is named on {@code err} in one line and the others are still read. Returns the exit code: 0, or 1 when
     * some input failed.
     */
    static int forEach(List<String> inputs, PrintWriter err, Consumer<String> sentence) {
        int failed = 0;
        for (String input : inputs) {
            try (BufferedReader r = open(input)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        sentence.accept(line.strip());
                    }
                }
            } catch (IOException e) {
                failed++;
                err.println("sitrep: " + input + ": " + reason(e));
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** A strict UTF-8 reader of {@code input}, or of stdin for "-"; a folder is refused. */
    static BufferedReader open(String input) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (input.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, decoder));
        }
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            throw new IOException("a folder, not a file of sentences");
        }
        return new BufferedReader(new InputStreamReader(Files.newInputStream(p), decoder));
    }

    /** Why a file could not be read, in a few words. */
    static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException n -> "no such file";
            case AccessDeniedException a -> "permission denied";
            case CharacterCodingException c -> "not UTF-8 text";
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
    }
}
