package org.gazette.newsroom;

import java.util.List;
import org.gazette.tagging.EntityDetails;

/** {@code /newsroom/entities/{slug}}: one entity with its names, stories and mentions, and the editor's forms. */
public record EntityPage(NewsroomFrame frame, EntityDetails entity, List<String> languages, List<String> types) {}
