package dev.sitrep.pipeline;

import dev.sitrep.limits.OverBudgetException;

/**
 * One line saying why a document's analysis failed, for a throwable no stage should have let out: the time
 * budget, memory, a stack overflow on deep nesting, or a bug, with the stage it happened in and, for a bug,
 * the first frame of Sitrep's own code so that the line alone is a useful report.
 */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable e, String stage) {
        return switch (e) {
            case OverBudgetException o -> o.getMessage() + " (in " + stage + "; see --time-budget)";
            case OutOfMemoryError o -> "out of memory while analysing (in " + stage
                    + "); give the JVM more heap (SITREP_JAVA_OPTS=-Xmx...) or lower the limits";
            case StackOverflowError o -> "analysis failed in " + stage + ": structure nested too deeply (stack overflow)";
            default -> "analysis failed in " + stage + ": " + oneLine(e) + where(e);
        };
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getName() + (m == null ? "" : ": " + m);
        s = s.replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** " (at dev.sitrep.Class.method:line)" for the first frame in Sitrep's code, or "". */
    private static String where(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("dev.sitrep.")) {
                String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
                return " (at " + cls + "." + f.getMethodName() + ":" + f.getLineNumber() + ")";
            }
        }
        return "";
    }
}
