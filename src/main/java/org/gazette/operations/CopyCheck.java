package org.gazette.operations;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The check that ends every copy: for each table the rows and checksum of the original beside those of
 * the copy, one line a table, and the tables that differ.
 */
final class CopyCheck {

    private CopyCheck() {}

    /** Prints the comparison and returns the names of the tables that differ. */
    static List<String> compare(Map<String, TableDigest> original, Map<String, TableDigest> copy, PrintStream out) {
        int width = original.keySet().stream().mapToInt(String::length).max().orElse(5);
        out.printf(Locale.ROOT, "  %-" + width + "s %10s %10s  %-16s%n", "table", "rows", "copied", "sha-256");
        List<String> differing = new ArrayList<>();
        long rows = 0;
        for (Map.Entry<String, TableDigest> entry : original.entrySet()) {
            TableDigest mine = entry.getValue();
            TableDigest theirs = copy.get(entry.getKey());
            boolean same = mine.equals(theirs);
            if (!same) {
                differing.add(entry.getKey());
            }
            rows += mine.rows();
            out.printf(
                    Locale.ROOT,
                    "  %-" + width + "s %10d %10s  %-16s %s%n",
                    entry.getKey(),
                    mine.rows(),
                    theirs == null ? "-" : String.valueOf(theirs.rows()),
                    mine.shortSha(),
                    same ? "ok" : "DIFFERS" + (theirs == null ? "" : " (copy " + theirs.shortSha() + ")"));
        }
        if (differing.isEmpty()) {
            out.printf(Locale.ROOT, "  all %d tables match: %d rows%n", original.size(), rows);
        }
        return differing;
    }
}
