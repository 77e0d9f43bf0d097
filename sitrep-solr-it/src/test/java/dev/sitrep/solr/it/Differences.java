package dev.sitrep.solr.it;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says where two answers differ, for a failure message that tells the store's author what to fix: the path of
 * each differing part (a record's component, a list's index, a map's key) and, for sets and maps, the first and
 * last five elements only one side has.
 */
final class Differences {
    /** Differences listed in full before the rest are summarised. */
    private static final int SHOWN = 5;

    private final String nameA;
    private final String nameB;
    private final List<String> out = new ArrayList<>();

    private Differences(String nameA, String nameB) {
        this.nameA = nameA;
        this.nameB = nameB;
    }

    /** The differences between the embedded store's answer and Solr's, one a line; null when they are equal. */
    static String describe(Object embedded, Object solr) {
        return describe(embedded, solr, "embedded", "solr");
    }

    /** The differences between two answers, named {@code nameA} and {@code nameB}, one a line; null when equal. */
    static String describe(Object a, Object b, String nameA, String nameB) {
        Differences d = new Differences(nameA, nameB);
        d.walk("", a, b);
        return d.out.isEmpty() ? null : String.join("\n", d.out);
    }

    private void walk(String path, Object a, Object b) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a == null || b == null || a.getClass() != b.getClass() && !(a instanceof Collection<?> && b instanceof Collection<?>)
                && !(a instanceof Map<?, ?> && b instanceof Map<?, ?>)) {
            out.add(at(path) + nameA + " " + brief(a) + ", " + nameB + " " + brief(b));
        } else if (a instanceof Set<?> sa && b instanceof Set<?> sb) {
            sets(path, sa, sb);
        } else if (a instanceof List<?> la && b instanceof List<?> lb) {
            lists(path, la, lb);
        } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            maps(path, ma, mb);
        } else if (a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    walk(path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            out.add(at(path) + nameA + " " + brief(a) + ", " + nameB + " " + brief(b));
        }
    }

    private void sets(String path, Set<?> a, Set<?> b) {
        Set<Object> onlyA = new LinkedHashSet<>(a);
        onlyA.removeAll(b);
        Set<Object> onlyB = new LinkedHashSet<>(b);
        onlyB.removeAll(a);
        out.add(at(path) + "sets of " + a.size() + " (" + nameA + ") and " + b.size() + " (" + nameB + "); only "
                + nameA + ": " + ends(sorted(onlyA)) + "; only " + nameB + ": " + ends(sorted(onlyB)));
    }

    private void lists(String path, List<?> a, List<?> b) {
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i >= a.size() || i >= b.size() || !Objects.equals(a.get(i), b.get(i))) {
                differing.add(i);
            }
        }
        out.add(at(path) + "lists of " + a.size() + " (" + nameA + ") and " + b.size() + " (" + nameB + "), " + differing.size()
                + " positions differ" + (differing.isEmpty() ? "" : ":"));
        List<Integer> shown = differing.size() <= 2 * SHOWN ? differing
                : concat(differing.subList(0, SHOWN), differing.subList(differing.size() - SHOWN, differing.size()));
        for (int i : shown) {
            if (i < a.size() && i < b.size()) {
                walk(path + "[" + i + "]", a.get(i), b.get(i));
            } else {
                out.add(at(path + "[" + i + "]") + nameA + " " + (i < a.size() ? brief(a.get(i)) : "(none)")
                        + ", " + nameB + " " + (i < b.size() ? brief(b.get(i)) : "(none)"));
            }
        }
        if (shown.size() < differing.size()) {
            out.add(at(path) + "(" + (differing.size() - shown.size()) + " more differing positions)");
        }
    }

    private void maps(String path, Map<?, ?> a, Map<?, ?> b) {
        Set<Object> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Object> differing = new ArrayList<>();
        for (Object k : sorted(keys)) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                differing.add(k);
            }
        }
        if (differing.isEmpty()) {
            out.add(at(path) + "same entries in another order: " + nameA + " " + brief(a.keySet()) + ", "
                    + nameB + " " + brief(b.keySet()));
            return;
        }
        out.add(at(path) + "maps of " + a.size() + " (" + nameA + ") and " + b.size() + " (" + nameB + "), " + differing.size()
                + " keys differ:");
        List<Object> shown = differing.size() <= 2 * SHOWN ? differing
                : concat(differing.subList(0, SHOWN), differing.subList(differing.size() - SHOWN, differing.size()));
        for (Object k : shown) {
            walk(path + "[" + k + "]", a.get(k), b.get(k));
        }
        if (shown.size() < differing.size()) {
            out.add(at(path) + "(" + (differing.size() - shown.size()) + " more differing keys)");
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Object> sorted(Collection<?> c) {
        try {
            return new ArrayList<>(new TreeSet<>(c));
        } catch (ClassCastException | NullPointerException e) {
            return new ArrayList<>(c);
        }
    }

    private static String ends(List<Object> items) {
        if (items.isEmpty()) {
            return "none";
        }
        if (items.size() <= 2 * SHOWN) {
            return items.size() + " " + brief(items);
        }
        return items.size() + ", first " + brief(items.subList(0, SHOWN)) + " … last "
                + brief(items.subList(items.size() - SHOWN, items.size()));
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : path.substring(path.startsWith(".") ? 1 : 0) + ": ";
    }

    private static String brief(Object o) {
        String s = String.valueOf(o);
        return s.length() <= 300 ? s : s.substring(0, 297) + "…";
    }
}
