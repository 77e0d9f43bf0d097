package dev.sitrep.cli;

import dev.sitrep.positions.Issue;
import dev.sitrep.positions.Issues;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --issue} and {@code --issues} options of the commands that judge stance toward an issue. */
final class IssueOptions {
    @Option(names = "--issue", required = true, paramLabel = "PROPOSITION",
            description = "the issue: a proposition (\"Ukraine should join NATO\") or the id of a default or --issues one")
    String issue;

    @Option(names = "--issues", paramLabel = "FILE", description = "an issues file to look --issue up in first")
    Path issuesFile;

    /**
     * The issue of that name in the issues file, else the default or bare one ({@link Issues#named}).
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or parsed
     */
    Issue resolve() {
        if (issuesFile != null) {
            try {
                var found = Issues.find(Issues.read(issuesFile), issue);
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(issuesFile + ": " + SentenceFiles.reason(e), e);
            }
        }
        return Issues.named(issue);
    }
}
