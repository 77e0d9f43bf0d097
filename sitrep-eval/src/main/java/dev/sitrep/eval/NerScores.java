package dev.sitrep.eval;

import java.util.Locale;
import java.util.Map;

/**
 * What {@link NerEval} measured for one recognizer on one split.
 *
 * @param recognizer the recognizer's name
 * @param byType     exact-span, exact-type counts per CoNLL type (PER, ORG, LOC, MISC)
 * @param untyped    exact-span counts over all four types, ignoring the type (for recognizers that do not type)
 * @param tokens     tokens in the split
 * @param seconds    wall-clock time spent recognising, model loading excluded
 * @param cpuSeconds CPU time the recognising thread used: on a shared machine, the honest per-core figure
 */
public record NerScores(String recognizer, Map<String, Prf> byType, Prf untyped, int tokens, double seconds,
        double cpuSeconds) {
    /** The types the headline figure is computed over; MISC is reported apart. */
    public static final java.util.List<String> MAIN_TYPES = java.util.List.of("PER", "ORG", "LOC");

    public NerScores {
        byType = Map.copyOf(byType);
    }

    /** Micro-averaged counts over PER, ORG and LOC. */
    public Prf overall() {
        return MAIN_TYPES.stream().map(t -> byType.getOrDefault(t, Prf.ZERO)).reduce(Prf.ZERO, Prf::plus);
    }

    public Prf of(String type) {
        return byType.getOrDefault(type, Prf.ZERO);
    }

    /** Tokens per second of wall-clock time. */
    public double tokensPerSecond() {
        return seconds == 0 ? 0 : tokens / seconds;
    }

    /** Tokens per second of CPU time: what one core does when it is not shared. */
    public double tokensPerCpuSecond() {
        return cpuSeconds == 0 ? 0 : tokens / cpuSeconds;
    }

    /** One line: the headline figure, each type, the untyped figure and the speed. */
    public String describe() {
        StringBuilder s = new StringBuilder(recognizer).append(": PER/ORG/LOC ").append(overall().describe());
        for (String t : java.util.List.of("PER", "ORG", "LOC", "MISC")) {
            s.append(String.format(Locale.ROOT, " | %s %.3f", t, of(t).f1()));
        }
        s.append(String.format(Locale.ROOT, " | untyped %.3f | %d tokens, %.0f tokens/s (%.0f per CPU-second)",
                untyped.f1(), tokens, tokensPerSecond(), tokensPerCpuSecond()));
        return s.toString();
    }
}
