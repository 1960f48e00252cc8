package org.gazette.newsroom;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** One line of a line-by-line diff: kept, removed (only in the older text) or added (only in the newer). */
public record DiffLine(Kind kind, String text) {

    public enum Kind {
        SAME,
        REMOVED,
        ADDED;

        String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String css() {
        return kind.css();
    }

    public String marker() {
        return switch (kind) {
            case SAME -> " ";
            case REMOVED -> "−";
            case ADDED -> "+";
        };
    }

    /** The diff of two texts given as lines, with every unchanged line kept (revisions are short enough). */
    static List<DiffLine> between(List<String> older, List<String> newer) {
        Patch<String> patch = DiffUtils.diff(older, newer);
        List<DiffLine> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            for (; position < start; position++) {
                lines.add(new DiffLine(Kind.SAME, older.get(position)));
            }
            delta.getSource().getLines().forEach(line -> lines.add(new DiffLine(Kind.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> lines.add(new DiffLine(Kind.ADDED, line)));
            position = start + delta.getSource().size();
        }
        for (; position < older.size(); position++) {
            lines.add(new DiffLine(Kind.SAME, older.get(position)));
        }
        return lines;
    }
}
