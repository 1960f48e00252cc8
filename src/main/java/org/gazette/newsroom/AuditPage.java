package org.gazette.newsroom;

import java.util.List;

/** The audit log, newest first, a page at a time. */
public record AuditPage(NewsroomFrame frame, List<Row> rows, String olderUrl) {

    /** One entry. */
    public record Row(String when, String actor, String action, String target, String detail, String address) {}
}
