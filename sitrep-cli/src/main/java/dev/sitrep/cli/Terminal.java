package dev.sitrep.cli;

import dev.sitrep.query.HitMarks;
import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is a terminal, to choose between ANSI bold and plain marks. */
final class Terminal {
    private Terminal() {
    }

    /** ANSI bold on a terminal, «guillemets» anywhere else (files, pipes, tests). */
    static HitMarks marks() {
        return isTerminal() ? HitMarks.ANSI_BOLD : HitMarks.PLAIN;
    }

    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // Since Java 22 a Console can exist without a terminal, and only Console.isTerminal() says so; the
        // build targets Java 21, so it is looked up by reflection and absent means Java 21's own contract.
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
