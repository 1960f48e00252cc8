package org.gazette.newsroom;

import java.util.List;
import org.gazette.web.Link;
import org.gazette.wire.WireSource;

/** The wire desk's sources and the form to add one. */
public record SourcesPage(
        NewsroomFrame frame,
        List<WireSource> sources,
        List<String> formats,
        List<Link> languages,
        List<Link> sections) {}
