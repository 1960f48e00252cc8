package org.gazette.newsroom;

import java.util.List;

/** The newsroom's front page. */
public record DashboardPage(
        NewsroomFrame frame,
        List<StatusCount> counts,
        List<Item> scheduled,
        List<Item> inReview,
        BarChart chart,
        List<Item> mostRead,
        boolean desk) {

    /** How many articles are in one status, linking to the list filtered by it. */
    public record StatusCount(String status, String label, long count) {}

    /** An article in one of the dashboard's short lists. */
    public record Item(long id, String headline, String lang, String detail) {}
}
