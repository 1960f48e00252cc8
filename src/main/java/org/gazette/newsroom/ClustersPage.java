package org.gazette.newsroom;

import java.util.List;

/** Story clusters as the newsroom sees them: each with its reports, newest first. */
public record ClustersPage(NewsroomFrame frame, List<Cluster> clusters) {

    /** One cluster. */
    public record Cluster(long id, List<Report> reports) {}

    /** One report of a cluster: its headline, agency, language and date, its editor and its page. */
    public record Report(long id, String headline, String source, String lang, String published, String pageUrl) {}
}
