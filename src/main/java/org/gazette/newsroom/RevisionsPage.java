package org.gazette.newsroom;

import java.util.List;

/** An article's revisions, newest first, and optionally the diff between two of them. */
public record RevisionsPage(
        NewsroomFrame frame,
        long articleId,
        String headline,
        boolean canRestore,
        List<Item> revisions,
        Integer from,
        Integer to,
        List<DiffLine> diff) {

    /** One revision in the list. */
    public record Item(int version, String when, String who, String what, boolean current) {}
}
