package dev.sitrep.store;

import dev.sitrep.model.Article;
import java.nio.file.Path;

/**
 * A process that dies mid-batch for {@link CrashSafetyTest}: stores {@code committed} articles with a batch of
 * that size (so they are committed), adds {@code pending} more and flushes them to segment files without
 * committing, prints READY and waits to be killed.
 *
 * <p>Usage: {@code CrashingIngest DIR COMMITTED PENDING}
 */
public final class CrashingIngest {
    private CrashingIngest() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int committed = Integer.parseInt(args[1]);
        int pending = Integer.parseInt(args[2]);
        ArticleStore store = ArticleStore.open(dir, committed);
        for (int i = 0; i < committed + pending; i++) {
            store.add(numbered(i));
        }
        store.flushWithoutCommit();
        System.out.println("READY " + store.uncommitted());
        System.out.flush();
        Thread.sleep(120_000);
    }

    /** The i-th synthetic article: a one-line dispatch with a unique number in its text. */
    static Article numbered(int i) {
        return Fixtures.article("Dispatch " + i, "Northern Ledger", "2025-06-" + (10 + i % 20),
                "Dispatch number " + i + " from the NATO summit: ministers discussed air defence for Ukraine.");
    }
}
