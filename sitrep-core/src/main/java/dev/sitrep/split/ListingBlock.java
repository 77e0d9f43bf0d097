package dev.sitrep.split;

import java.util.List;

/**
 * One article as a listing page shows it: the header lines around its date line, then its title and body.
 *
 * @param before   header lines before the date line (a publisher name, say), in order
 * @param dateLine the date line as written ("5 days ago", "07-05-2025")
 * @param after    header lines between the date line and the title ("- Politics", "- Yahoo")
 * @param title    the title line
 * @param body     the body lines, possibly none
 */
record ListingBlock(List<String> before, String dateLine, List<String> after, String title, List<String> body) {
    ListingBlock {
        before = List.copyOf(before);
        after = List.copyOf(after);
        body = List.copyOf(body);
    }

    /** The header lines without list markers, in page order (date line excluded). */
    List<String> labels() {
        return java.util.stream.Stream.concat(before.stream(), after.stream()).map(ListingBlock::label).toList();
    }

    static boolean isBullet(String line) {
        return line.matches("^[-–•·*]\\s+\\S.*");
    }

    static String label(String line) {
        return isBullet(line) ? line.replaceFirst("^[-–•·*]\\s+", "").strip() : line.strip();
    }
}
